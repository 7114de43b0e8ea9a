# isdigit/isalpha/isalnum/isspace/isupper/islower/istitle/isdecimal/isnumeric/isidentifier.
tests = ["123", "abc", "abc123", "   ", "", "ABC", "Title Case", "½", "²", "é", "a b", "_id9", "9id"]
for t in tests:
    print(repr(t), t.isdigit(), t.isalpha(), t.isalnum(), t.isspace(), t.isupper(),
          t.islower(), t.istitle(), t.isdecimal(), t.isnumeric(), t.isidentifier(), t.isascii())
