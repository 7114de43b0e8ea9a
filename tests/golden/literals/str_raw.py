# Raw strings keep backslashes; their reprs double them.
print(r"\n\t\x41", R'\d+')
print(repr(r"a\b"), len(r"\n"))
print(r"""raw
triple\n""")
print(rb"\x00" == b"\\x00")
print(r'\'' , len(r'\''))
