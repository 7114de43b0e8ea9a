# shlex.quote of a non-string: the TypeError of CPython's regex search, at quote's line.
import shlex

print(shlex.quote(''), shlex.quote('plain-name.txt'), shlex.quote("it's $HOME"))
try:
    shlex.quote(b'x y')
except TypeError as e:
    print(e)
shlex.quote(42)
