# Misc str methods: encode, translate/maketrans, expandtabs, join on generator, str()*.
print("hello".encode(), "a-b_c".translate(str.maketrans("-_", "  ")), "abc".translate({97: None}))
print("a\tbc\td".expandtabs(4), "x".join(str(i) for i in range(3)), "ab".__len__())
print("Hello World".istitle(), "hello"[1:].capitalize(), "%".join("ab"))
print(str.upper("abc"), "tEsT".lower().title(), "abc".index("c"))
