# A missing dict key: KeyError with the key's repr, caret under the subscript.
ages = {"ada": 36}
print(ages["ada"])
print(ages["bob"])
