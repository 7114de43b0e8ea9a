# str.encode / bytes.decode error handlers of the utf-8, ascii, latin-1 and utf-16 codecs.
text = "caf\xe9 \u2603 \U0001f600"
for enc in ["utf-8", "ascii", "latin-1", "utf-16-le"]:
    for errors in ["strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace"]:
        try:
            print(enc, errors, text.encode(enc, errors))
        except UnicodeEncodeError as e:
            print(enc, errors, "UnicodeEncodeError:", e)
raw = b"caf\xe9 \xff ok"
for errors in ["strict", "ignore", "replace", "backslashreplace"]:
    try:
        print(errors, ascii(raw.decode("utf-8", errors)))
    except UnicodeDecodeError as e:
        print(errors, "UnicodeDecodeError:", e)
print(raw.decode("latin-1"), b"\xff\xfeh\x00i\x00".decode("utf-16"))
try:
    b"x".decode("utf-8", "bogus-handler")
    print("bogus handler unused")
    b"\xff".decode("utf-8", "bogus-handler")
except LookupError as e:
    print("LookupError:", e)
