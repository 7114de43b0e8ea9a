# cls= with JSONEncoder.default overridden; encode and iterencode; JSONDecoder subclass.
import json


class Money:
    def __init__(self, cents):
        self.cents = cents


class MoneyEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Money):
            return f"${o.cents // 100}.{o.cents % 100:02d}"
        return super().default(o)


print(json.dumps({"price": Money(1999)}, cls=MoneyEncoder))
enc = MoneyEncoder(indent=2, sort_keys=True)
print(enc.encode({"b": Money(5), "a": [Money(100)]}))
print(list(MoneyEncoder().iterencode([Money(1), 2, "three"])))
try:
    json.dumps(object(), cls=MoneyEncoder)
except TypeError as e:
    print("TypeError:", e)


class UpperDecoder(json.JSONDecoder):
    def decode(self, s):
        return {k.upper(): v for k, v in super().decode(s).items()}


print(json.loads('{"a": 1, "b": 2}', cls=UpperDecoder))
print(json.JSONDecoder().raw_decode('[1, 2] trailing'))
print(json.JSONEncoder().encode("caf\u00e9"), json.JSONEncoder(ensure_ascii=False).encode("caf\u00e9"))
