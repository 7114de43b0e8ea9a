# PEP 585: builtin containers subscripted make types.GenericAlias objects.
import types
print(list[int], dict[str, list[int]], tuple[int, ...], tuple[()], type[int])
a = list[int]
print(type(a), a.__origin__, a.__args__, a.__parameters__, isinstance(a, types.GenericAlias))
print(a([1, 2]), a == list[int], a == list[str], list[int] is not list)
print(types.GenericAlias(dict, (str, int)))
class MyList(list):
    pass
print(MyList[int], set[frozenset[int]])
try:
    isinstance([], list[int])
except TypeError as e:
    print(e)
try:
    int[str]
except TypeError as e:
    print(e)
