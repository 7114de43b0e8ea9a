# partition/rpartition and splitlines with keepends and different line endings.
print("key=value=x".partition("="), "key=value=x".rpartition("="), "none".partition("="))
print("none".rpartition("="))
print("a\nb\r\nc\rd\n".splitlines(), "a\nb\n".splitlines(True), "".splitlines(), "x".splitlines())
print("one\n\ntwo".split("\n"), "one\n\ntwo".splitlines())
