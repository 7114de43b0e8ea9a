# dedent removes common leading whitespace (blank lines ignored); indent adds a prefix with a predicate.
import textwrap

block = """
    def hello():
        print("hi")

    hello()
"""
print(repr(textwrap.dedent(block)))
print(repr(textwrap.dedent("  a\n\tb\n")))
print(repr(textwrap.dedent("   \n  x\n    y\n  \n")))
print(repr(textwrap.dedent("\t\tone\n\t\t  two")))
print(textwrap.indent("line one\n\nline three\n", "> "))
print(repr(textwrap.indent("a\n\nb", "+ ", lambda line: True)))
print(repr(textwrap.indent("x\r\ny\n", "|")))
