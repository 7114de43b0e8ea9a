# str.encode error handlers for ascii and latin-1, and the UnicodeEncodeError texts.
for enc in ("ascii", "latin-1"):
    for errors in ("ignore", "replace", "backslashreplace", "xmlcharrefreplace"):
        print(enc, errors, "aé€😀b".encode(enc, errors))
for text in ("é", "aé€b", "ab€€€c"):
    for enc in ("ascii", "latin-1"):
        try:
            text.encode(enc)
        except UnicodeEncodeError as e:
            print(e)
try:
    "x".encode("utf-8", "nonsense-handler")
except LookupError as e:
    print(e)
try:
    "é".encode("ascii", "nonsense-handler")
except LookupError as e:
    print(e)
try:
    "x".encode("bogus")
except LookupError as e:
    print(e)
print("é".encode(), "é".encode("UTF-8"), "é".encode(encoding="utf8", errors="strict"))
