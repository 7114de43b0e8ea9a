# obj.meth(args) looks the method up before evaluating the arguments (LOAD_METHOD then CALL).
def arg():
    print("argument evaluated")
    return 3

x = [1, 2]
try:
    x.push(arg())
except AttributeError as e:
    print(e)
