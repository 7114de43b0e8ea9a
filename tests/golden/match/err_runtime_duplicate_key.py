# Keys that only turn out equal at run time raise ValueError.
class K:
    A = "a"
    B = "a"
match {"a": 1}:
    case {K.A: 1, K.B: 1}:
        print("no")
