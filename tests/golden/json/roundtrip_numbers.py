# Floats print as float.__repr__ and round-trip exactly; big ints and negative zero survive.
import json

values = [0.1, 1 / 3, 1e16, 1e-5, 123.456, -0.0, 5e-324, 1.7976931348623157e308, 10**30, -(10**20)]
text = json.dumps(values)
print(text)
back = json.loads(text)
print(back == values, [type(v).__name__ for v in back])
print(json.dumps(True + 1), json.dumps([True, 1, 1.0]))
print(json.loads("-0.0"), json.loads("1E400"), json.loads("-1e400"))
