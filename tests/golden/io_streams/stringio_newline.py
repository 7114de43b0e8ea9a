# io.StringIO's newline argument: None translates on write, '' and '\n' keep, '\r\n' converts.
import io

for nl in (None, "", "\n", "\r\n"):
    s = io.StringIO(newline=nl)
    s.write("a\nb\r\nc\rd")
    s.seek(0)
    print(repr(nl), repr(s.getvalue()), s.readlines())
