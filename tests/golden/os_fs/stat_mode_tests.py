# stat's S_IS* tests and filemode; a mode that is not an int is "an integer is required", with no stat.py frame.
import stat

for mode in (0o040755, 0o100644, 0o120777, 0o010600, 0o140700, 0o020600, 0o060600):
    tests = [n for n in ("S_ISDIR", "S_ISREG", "S_ISLNK", "S_ISFIFO", "S_ISSOCK",
                         "S_ISCHR", "S_ISBLK", "S_ISDOOR") if getattr(stat, n)(mode)]
    print(oct(mode), stat.filemode(mode), stat.S_IMODE(mode), tests)
print(stat.S_ISDIR.__name__, stat.S_IFMT(True))
for f in (stat.S_IMODE, stat.filemode):
    try:
        f("x")
    except TypeError as e:
        print(e)
stat.S_ISDIR(1.5)
