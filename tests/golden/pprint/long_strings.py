# Long strings split into implicitly concatenated pieces at word boundaries; multi-line strings by line.
import pprint

text = "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore"
pprint.pprint(text, width=40)
pprint.pprint({"description": text, "short": "ok"}, width=50)
pprint.pprint(["first line\nsecond line\nthird line\n", "tail"], width=20)
pprint.pprint(("nospaceshere" * 8,), width=30)
pprint.pprint(b"\x00\x01binary-data-" * 6, width=40)
pprint.pprint(["", "a", b""])
