# bytearray % args gives a bytearray; a mapping argument with bytes keys.
tmpl = bytearray(b"%(user)s:%(id)05d")
out = tmpl % {b"user": b"ann", b"id": 42}
print(out, type(out).__name__, tmpl)
print(bytearray(b"%c|%-4s|%x") % (b"z", bytearray(b"ab"), 255))
print(bytearray(b"100%%") % ())
