# __repr__ and __str__: print uses str, containers use repr, fallback from str to repr.
class R:
    def __repr__(self):
        return "R()"
class S:
    def __str__(self):
        return "S-str"
    def __repr__(self):
        return "S-repr"
print(R(), str(R()), [R()])
print(S(), repr(S()), [S()], (S(),), {"k": S()})
print(f"{S()} {S()!r}")
print("%s %r" % (S(), S()))
