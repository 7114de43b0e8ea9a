# complex(str): CPython's accepted forms, with spaces, parentheses, signs, inf/nan and _.
texts = ["1+2j", " ( 1+2j ) ", "1-2j", "j", "-j", "+J", "1+j", "3-j", "2.5", "-1e3",
         "1e5J", ".5j", "1.j", "+1.5e-3-2.5E+2j", "inf-infj", "-Infinity+NaNj", "nan",
         "infj", "1_000.5_5+2_0j", "(  3j)", "\t4\n", "\u0661+\u0662j", "1e500", "1e500j",
         "-0-0j", "0j"]
for t in texts:
    print(repr(t), complex(t))
class Text(str):
    pass
print(complex(Text("1-1j")), complex(Text(" 2J ")))
try:
    complex(1, Text("2"))
except TypeError as e:
    print(e)
