# An exception several calls deep: every frame appears in the traceback, innermost last.
def level3(x):
    return x["key"]
def level2(x):
    return level3(x) * 2
def level1():
    return level2({"other": 1})
level1()
