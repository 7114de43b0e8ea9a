# base64 and binascii: round trips of every encoding, lenient and strict base64 decoding, their errors, crc32.
import base64, binascii
for c in [lambda: base64.b64decode("abc"), lambda: base64.b64decode("abcde"), lambda: base64.b64decode("ab!c", validate=True), lambda: base64.b64decode("ab!cde=="), lambda: base64.b64decode("a==="), lambda: base64.b64decode("ab=c"), lambda: base64.b64decode("ab==cd"), lambda: base64.b64decode("é"), lambda: base64.b64encode("s"), lambda: base64.b32decode("A"), lambda: base64.b32decode("ME======"), lambda: base64.b16decode("0g"), lambda: base64.b16decode("abc"), lambda: base64.b16decode("ab"), lambda: binascii.unhexlify("abc"), lambda: binascii.unhexlify("zz"), lambda: base64.b64decode(b"YWJj\nZGVm"), lambda: base64.b64decode("YW=Jj"), lambda: base64.b64decode("YWJj===="), lambda: base64.b64decode("YWJj==", validate=True), lambda: base64.b64decode("=YWJj", validate=True), lambda: base64.b64decode("YW=Jj", validate=True), lambda: base64.b64decode(5)]:
  try: print(repr(c()))
  except Exception as e: print(type(e).__name__, e)
print(base64.b64encode(b"\xff\xfe"), base64.urlsafe_b64encode(b"\xff\xfe"), base64.b64encode(b"ab", altchars=b"-_"), base64.encodebytes(b"x"*60), base64.b32encode(b"abcde1"), base64.b16encode(b"\xab"), binascii.crc32(b"hello"), binascii.hexlify(b"ab", "-"), binascii.b2a_base64(b"ab"), binascii.Error.__mro__)
print(base64.b32hexencode(b"ab"), base64.b32decode(base64.b32encode(b"hello world!")), base64.b32decode("mzxw6===", casefold=True), binascii.crc_hqx(b"123456789", 0), binascii.crc32(b"world", binascii.crc32(b"hello ")))
for data in [b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", bytes(range(256))]:
    e = base64.b64encode(data); assert base64.b64decode(e) == data; assert base64.b32decode(base64.b32encode(data)) == data
    print(e[:20], base64.b32encode(data)[:16], base64.b16encode(data)[:10], base64.urlsafe_b64decode(base64.urlsafe_b64encode(data)) == data)
print(binascii.hexlify(b"abcde", ":", 2), binascii.hexlify(b"abcde", b"|", -2), binascii.b2a_hex(b"", "-"))
for s in [b"=YWJj", b"YW=Jj", b"YWJj==", b"YWJj=", b"YQ==YQ==", b"YQ=a"]:
  try: print(s, binascii.a2b_base64(s, strict_mode=True))
  except Exception as e: print(s, e)
