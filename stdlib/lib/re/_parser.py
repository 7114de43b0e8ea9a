"""Replacement templates of re.sub and Match.expand (CPython 3.11
Lib/re/_parser.py: the Tokenizer and parse_template). Patterns themselves are
parsed natively (modules/re/parser.rs), whose errors carry this file's frames;
templates are parsed here, so their errors raise from CPython's lines.

parse_template returns the template as a list of pieces: literal text (str,
or bytes for a bytes template) and group numbers (int)."""

from re import error

MAXGROUPS = 2147483647 // 2

_ESCAPES = {"\\a": "\a", "\\b": "\b", "\\f": "\f", "\\n": "\n", "\\r": "\r",
            "\\t": "\t", "\\v": "\v", "\\\\": "\\"}
OCTDIGITS = frozenset("01234567")
DIGITS = frozenset("0123456789")
ASCIILETTERS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")


class Tokenizer:
    """The template as tokens: one char, or a backslash and the next."""

    def __init__(self, string):
        self.istext = isinstance(string, str)
        self.string = string
        if not self.istext:
            string = str(string, 'latin1')  # cpython: 235
        self.decoded_string = string
        self.index = 0
        self.next = None
        self.__next()  # cpython: 239

    def __next(self):
        index = self.index
        text = self.decoded_string
        if index >= len(text):
            self.next = None
            return
        char = text[index]
        if char == "\\":
            index += 1
            if index >= len(text):
                raise error("bad escape (end of pattern)",  # cpython: 252
                            self.string, len(self.string) - 1) from None
            char += text[index]
        self.index = index + 1
        self.next = char

    def match(self, char):
        if char == self.next:
            self.__next()
            return True
        return False

    def get(self):
        this = self.next
        self.__next()  # cpython: 263
        return this

    def getuntil(self, terminator, name):
        result = ''
        while True:
            c = self.next
            self.__next()
            if c is None:
                if not result:
                    raise self.error("missing " + name)  # cpython: 281
                raise self.error("missing %s, unterminated name" % terminator,  # cpython: 282
                                 len(result))  # cpython: 283
            if c == terminator:
                if not result:
                    raise self.error("missing " + name, 1)  # cpython: 286
                return result
            result += c

    def tell(self):
        return self.index - len(self.next or '')

    def error(self, msg, offset=0):
        if not self.istext:
            msg = msg.encode('ascii', 'backslashreplace').decode('ascii')
        return error(msg, self.string, self.tell() - offset)


def parse_template(source, state):
    s = Tokenizer(source)  # cpython: 1009
    sget = s.get
    parts = []
    literal = []
    lappend = literal.append

    def addgroup(index, pos):
        if index > state.groups:
            raise s.error("invalid group reference %d" % index, pos)  # cpython: 1017
        if literal:
            parts.append(''.join(literal))
            del literal[:]
        parts.append(index)
    groupindex = state.groupindex
    while True:
        this = sget()  # cpython: 1025
        if this is None:
            break
        if this[0] != "\\":
            lappend(this)
            continue
        c = this[1]
        if c == "g":
            if not s.match("<"):
                raise s.error("missing <")  # cpython: 1033
            name = s.getuntil(">", "group name")  # cpython: 1034
            if name.isidentifier():
                try:
                    index = groupindex[name]
                except KeyError:
                    raise IndexError("unknown group name %r" % name) from None  # cpython: 1040
            else:
                try:
                    index = int(name)
                    if index < 0:
                        raise ValueError
                except ValueError:
                    raise s.error("bad character in group name %r" % name,  # cpython: 1047
                                  len(name) + 1) from None  # cpython: 1048
                if index >= MAXGROUPS:
                    raise s.error("invalid group reference %d" % index,  # cpython: 1050
                                  len(name) + 1)  # cpython: 1051
            addgroup(index, len(name) + 1)  # cpython: 1060
        elif c == "0":
            if s.next in OCTDIGITS:
                this += sget()
                if s.next in OCTDIGITS:
                    this += sget()
            lappend(chr(int(this[1:], 8) & 0xff))
        elif c in DIGITS:
            isoctal = False
            if s.next in DIGITS:
                this += sget()  # cpython: 1070
                if (c in OCTDIGITS and this[2] in OCTDIGITS and
                        s.next in OCTDIGITS):
                    this += sget()  # cpython: 1073
                    isoctal = True
                    c = int(this[1:], 8)
                    if c > 0o377:
                        raise s.error('octal escape value %s outside of '  # cpython: 1077
                                      'range 0-0o377' % this, len(this))  # cpython: 1078
                    lappend(chr(c))
            if not isoctal:
                addgroup(int(this[1:]), len(this) - 1)  # cpython: 1081
        else:
            try:
                this = _ESCAPES[this]
            except KeyError:
                if c in ASCIILETTERS:
                    raise s.error('bad escape %s' % this, len(this)) from None  # cpython: 1087
            lappend(this)
    if literal:
        parts.append(''.join(literal))
    if not isinstance(source, str):
        # The tokenizer decoded bytes as latin-1; the pieces go back to bytes.
        parts = [p.encode('latin-1') if isinstance(p, str) else p for p in parts]
    return parts
