# len() of strings (code points), lists, dicts, sets, ranges, bytes and tuples.
print(len("hello"), len("héllo"), len("日本語"), len("😀"), len(""))
print(len([1, 2]), len({"a": 1}), len({1, 2, 2}), len((1,)), len(b"abc"))
print(len(range(10)), len(range(0, 10, 3)), len(range(10, 0)), len(range(-5, 5, -1)))
print(len(frozenset("abca")), len([[1, 2, 3]]))
