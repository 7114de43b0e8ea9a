# str.format with auto and manual numbering, names, attributes, indexes and conversions.
print("{} + {} = {}".format(1, 2, 3), "{1} {0} {1}".format("a", "b"))
print("{name} is {age}".format(name="Ada", age=36), "{0[1]} {0[k]}".format({1: "one", "k": "kay"}))
class P:
    x = 5
print("{p.x} {!r} {!s}".format("q", "s", p=P()), "{{}} {}".format("braces"))
print("{:>10}|{:<6}|{:^7}|".format("right", "left", "mid"))
print("{:,} {:.2f} {:x} {:08.3f} {:+} {:%} {:e} {:g}".format(1234567, 3.14159, 255, 3.14159, 5, 0.125, 1234.5, 0.00001234))
print("{:g} {:g} {:.3g} {:G}".format(1234567.0, 100.0, 0.0001234, 1e-10))
print("{:b} {:o} {:#x} {:c} {:5d}|{:<5d}|".format(10, 8, 255, 97, 42, 42))
try:
    "{} {}".format(1)
except IndexError as e:
    print("IndexError:", e)
try:
    "{0} {}".format(1, 2)
except ValueError as e:
    print("ValueError:", e)
