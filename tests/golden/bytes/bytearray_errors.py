# bytearray's errors: ranges, indices, types, unhashability, extended-slice sizes.
ba = bytearray(b"abc")
for bad in [
    lambda: ba[5], lambda: ba.__setitem__(9, 1), lambda: ba.__setitem__(0, 256),
    lambda: ba.__setitem__(0, "x"), lambda: ba.__setitem__(slice(None, None, 2), b"xyz"),
    lambda: ba.__setitem__(slice(0, 1), 5), lambda: bytearray().pop(), lambda: ba.pop(7),
    lambda: ba.remove(120), lambda: ba.append(-1), lambda: ba.extend("str"),
    lambda: ba.extend(5), lambda: bytearray([1, 300]), lambda: ba + "s", lambda: ba["k"],
    lambda: hash(ba), lambda: {ba: 1}, lambda: bytearray("text"), lambda: bytearray(b"x", "utf-8"),
    lambda: bytearray(-1), lambda: bytearray(3.5), lambda: ba * "2",
]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(ba)
