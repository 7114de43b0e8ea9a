# sort_dicts=False keeps insertion order; pp() defaults to it; underscore_numbers groups digits.
import pprint

scores = {"zoe": [98, 87, 91], "adam": [72, 85], "mia": [100], "bob": list(range(60, 80))}
pprint.pprint(scores, width=40)
pprint.pprint(scores, width=40, sort_dicts=False)
pprint.pp(scores, width=40)
pprint.pp({"population": 8_045_311_447, "area_km2": 510_072_000, "ratio": 15.77}, underscore_numbers=True)
pprint.pprint([10**12, -10**9, 3.5e10], underscore_numbers=True)
pprint.pprint({3: "c", 1: "a", (2, 0): "tuple", "s": "str"}, width=30)
