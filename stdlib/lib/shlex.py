"""Shell-like splitting and quoting (CPython 3.11 Lib/shlex.py): `split` in
POSIX mode with whitespace splitting, as `shlex.split` uses the lexer, and
`quote`/`join`. The `shlex` lexer class itself is not provided yet."""

__all__ = ["split", "quote", "join"]

_SAFE = frozenset(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_@%+=:,./-"
)
_WHITESPACE = " \t\r\n"


def split(s, comments=False, posix=True):
    """Splits the string `s` as a POSIX shell splits a command line."""
    if s is None:
        raise ValueError("s argument must not be None")
    if not posix:
        raise NotImplementedError("shlex.split(posix=False) is not supported by Coil yet")
    tokens = []
    token = []
    started = False  # a token is under way (possibly empty, from quotes)
    i, n = 0, len(s)
    while i < n:
        c = s[i]
        i += 1
        if c in _WHITESPACE:
            if started:
                tokens.append("".join(token))
                token, started = [], False
        elif comments and c == "#":
            if started:
                tokens.append("".join(token))
                token, started = [], False
            end = s.find("\n", i)
            i = n if end < 0 else end + 1
        elif c == "\\":
            if i >= n:
                raise ValueError("No escaped character")
            token.append(s[i])
            i += 1
            started = True
        elif c == "'":
            end = s.find("'", i)
            if end < 0:
                raise ValueError("No closing quotation")
            token.append(s[i:end])
            i = end + 1
            started = True
        elif c == '"':
            started = True
            while True:
                if i >= n:
                    raise ValueError("No closing quotation")
                c = s[i]
                i += 1
                if c == '"':
                    break
                if c == "\\":
                    if i >= n:
                        raise ValueError("No escaped character")
                    nxt = s[i]
                    i += 1
                    # Inside double quotes only the quote and the backslash
                    # itself are escaped; any other backslash stays.
                    if nxt not in '"\\':
                        token.append("\\")
                    token.append(nxt)
                else:
                    token.append(c)
        else:
            token.append(c)
            started = True
    if started:
        tokens.append("".join(token))
    return tokens


def quote(s):
    """Returns a shell-escaped version of the string `s`."""
    if not s:
        return "''"  # cpython: 328
    for c in s:
        if c not in _SAFE:
            break
    else:
        return s  # cpython: 330
    return "'" + s.replace("'", "'\"'\"'") + "'"  # cpython: 334


def join(split_command):
    """Joins the words of `split_command` into one shell-escaped string."""
    return ' '.join(quote(arg) for arg in split_command)  # cpython: 320
