# string module constants and capwords.
import string

for name in ("ascii_letters", "ascii_lowercase", "ascii_uppercase", "digits", "hexdigits",
             "octdigits", "punctuation", "whitespace", "printable"):
    print(name, repr(getattr(string, name)))
print(string.capwords("hello   wonderful world"))
print(string.capwords("  leading and trailing  "))
print(string.capwords("a-b-c d", "-"))
print(string.capwords("ÉCOLE élève"))
