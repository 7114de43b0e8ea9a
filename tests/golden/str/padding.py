# center/ljust/rjust/zfill with fill characters and widths smaller than the string.
print("[" + "ab".center(7) + "]", "[" + "ab".center(6, "*") + "]", "[" + "abc".center(2) + "]")
print("[" + "x".ljust(4, ".") + "]", "[" + "x".rjust(4) + "]", "42".zfill(5), "-42".zfill(5), "+7".zfill(4))
print("abc".zfill(2), "".center(3, "-"), "\t".expandtabs(4) == "    ")
