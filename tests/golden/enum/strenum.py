# StrEnum: members are strs, auto() gives the lower-cased name, str() is the value.
from enum import StrEnum, auto


class Method(StrEnum):
    GET = auto()
    POST = auto()
    CUSTOM = "x-custom"


print(Method.GET, repr(Method.POST), Method.CUSTOM.upper(), Method("post"))
print(f"[{Method.GET:>6}]", Method.GET == "get", Method.POST + "!", len(Method.CUSTOM))
print(" ".join(Method), sorted(Method))
try:
    class Bad(StrEnum):
        NUM = 1
except TypeError as e:
    print("TypeError:", e)
