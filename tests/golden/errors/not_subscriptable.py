# Subscripting None: "'NoneType' object is not subscriptable".
def find():
    return None
result = find()
print(result[0])
