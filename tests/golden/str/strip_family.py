# strip/lstrip/rstrip with and without a character set; removeprefix/removesuffix.
s = "  \t hello world \n "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print("xxhixyx".strip("xy"), "www.example.com".lstrip("w."), "file.txt!!".rstrip("!"))
print("prefix_name".removeprefix("prefix_"), "name.py".removesuffix(".py"), "a".removeprefix("b"))
