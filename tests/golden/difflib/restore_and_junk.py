# restore() recovers either side of a delta; IS_LINE_JUNK and IS_CHARACTER_JUNK; restore errors.
import difflib

delta = list(difflib.ndiff(["one\n", "two\n"], ["one\n", "too\n", "three\n"]))
print("".join(difflib.restore(delta, 1)), end="")
print("".join(difflib.restore(delta, 2)), end="")
try:
    list(difflib.restore(delta, 3))
except ValueError as e:
    print(e)
print(difflib.IS_LINE_JUNK("\n"), difflib.IS_LINE_JUNK("  #   \n"), difflib.IS_LINE_JUNK("x\n"))
print(difflib.IS_CHARACTER_JUNK(" "), difflib.IS_CHARACTER_JUNK("\t"), difflib.IS_CHARACTER_JUNK("\n"))
print("".join(difflib.ndiff(["a\n", "\n", "b\n"], ["a\n", "b\n"], linejunk=difflib.IS_LINE_JUNK)), end="")
