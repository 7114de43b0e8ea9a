# KW_ONLY and kw_only=True make keyword-only parameters, after the positional ones.
from dataclasses import dataclass, field, KW_ONLY


@dataclass
class Options:
    path: str
    _: KW_ONLY
    verbose: bool = False
    retries: int


@dataclass(kw_only=True)
class Config:
    host: str
    port: int = 80


@dataclass
class Mixed:
    a: int
    b: int = field(default=2, kw_only=True)
    c: int = 3


print(Options("x", retries=3), Options.__match_args__)
print(Config(host="h"), Config(port=1, host="k"), Mixed(1, 5, b=0))
print(Options.__doc__)
for call in ("Options('x', True, 3)", "Config('h')", "Options('x')"):
    try:
        eval(call)
    except TypeError as e:
        print(e)
