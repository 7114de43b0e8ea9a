# startswith/endswith with strings, tuples and start/end positions.
s = "hello.py"
print(s.startswith("he"), s.startswith(("x", "hel")), s.endswith((".txt", ".py")))
print(s.startswith("llo", 2), s.endswith("hello", 0, 5), s.startswith(""), "".endswith("a"))
