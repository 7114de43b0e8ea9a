# dump writes chunks to any object with write(); load reads from any object with read(); sys.stdout works.
import json
import sys


class Sink:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)


class Source:
    def __init__(self, text):
        self.text = text

    def read(self):
        return self.text


sink = Sink()
json.dump({"a": [1, 2, {"b": None}], "c": "d"}, sink)
print(sink.parts)
print(len(sink.parts), "".join(sink.parts))
sink2 = Sink()
json.dump([1, {"k": 2}], sink2, indent=2)
print(sink2.parts)
print(json.load(Source('{"x": [true, false]}')))
print(json.load(Source('[1.5]'), parse_float=str))
json.dump({"to": "stdout"}, sys.stdout)
print()
