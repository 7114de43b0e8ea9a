"""Constants and functions for interpreting os.stat() results (Coil's version of
CPython 3.11 Lib/stat.py, Linux values)."""

ST_MODE = 0
ST_INO = 1
ST_DEV = 2
ST_NLINK = 3
ST_UID = 4
ST_GID = 5
ST_SIZE = 6
ST_ATIME = 7
ST_MTIME = 8
ST_CTIME = 9

S_IFDIR = 0o040000
S_IFCHR = 0o020000
S_IFBLK = 0o060000
S_IFREG = 0o100000
S_IFIFO = 0o010000
S_IFLNK = 0o120000
S_IFSOCK = 0o140000
S_IFDOOR = 0
S_IFPORT = 0
S_IFWHT = 0

S_ISUID = 0o4000
S_ISGID = 0o2000
S_ENFMT = S_ISGID
S_ISVTX = 0o1000
S_IREAD = 0o0400
S_IWRITE = 0o0200
S_IEXEC = 0o0100
S_IRWXU = 0o0700
S_IRUSR = 0o0400
S_IWUSR = 0o0200
S_IXUSR = 0o0100
S_IRWXG = 0o0070
S_IRGRP = 0o0040
S_IWGRP = 0o0020
S_IXGRP = 0o0010
S_IRWXO = 0o0007
S_IROTH = 0o0004
S_IWOTH = 0o0002
S_IXOTH = 0o0001

UF_NODUMP = 0x00000001
UF_IMMUTABLE = 0x00000002
UF_APPEND = 0x00000004
UF_OPAQUE = 0x00000008
UF_NOUNLINK = 0x00000010
UF_COMPRESSED = 0x00000020
UF_HIDDEN = 0x00008000
SF_ARCHIVED = 0x00010000
SF_IMMUTABLE = 0x00020000
SF_APPEND = 0x00040000
SF_NOUNLINK = 0x00100000
SF_SNAPSHOT = 0x00200000


def _mode(mode):
    # CPython's _stat reads a mode as a C unsigned long: an int, nothing else.
    if not isinstance(mode, int):
        raise TypeError("an integer is required")
    return mode


def S_IMODE(mode):
    """The permission bits of `mode` (those chmod sets)."""
    return _mode(mode) & 0o7777


def S_IFMT(mode):
    """The file-type bits of `mode`."""
    return _mode(mode) & 0o170000


def _file_type_test(name, file_type):
    def test(mode):
        return S_IFMT(mode) == file_type
    test.__name__ = test.__qualname__ = name
    return test


S_ISDIR = _file_type_test("S_ISDIR", S_IFDIR)
S_ISCHR = _file_type_test("S_ISCHR", S_IFCHR)
S_ISBLK = _file_type_test("S_ISBLK", S_IFBLK)
S_ISREG = _file_type_test("S_ISREG", S_IFREG)
S_ISFIFO = _file_type_test("S_ISFIFO", S_IFIFO)
S_ISLNK = _file_type_test("S_ISLNK", S_IFLNK)
S_ISSOCK = _file_type_test("S_ISSOCK", S_IFSOCK)


def S_ISDOOR(mode):
    return False


def S_ISPORT(mode):
    return False


def S_ISWHT(mode):
    return False


# One column per character of `ls -l`'s mode string: the bits that set it, in order.
_filemode_table = (
    ((S_IFLNK, "l"), (S_IFSOCK, "s"), (S_IFREG, "-"), (S_IFBLK, "b"),
     (S_IFDIR, "d"), (S_IFCHR, "c"), (S_IFIFO, "p")),
    ((S_IRUSR, "r"),),
    ((S_IWUSR, "w"),),
    ((S_IXUSR | S_ISUID, "s"), (S_ISUID, "S"), (S_IXUSR, "x")),
    ((S_IRGRP, "r"),),
    ((S_IWGRP, "w"),),
    ((S_IXGRP | S_ISGID, "s"), (S_ISGID, "S"), (S_IXGRP, "x")),
    ((S_IROTH, "r"),),
    ((S_IWOTH, "w"),),
    ((S_IXOTH | S_ISVTX, "t"), (S_ISVTX, "T"), (S_IXOTH, "x")),
)


def filemode(mode):
    """`ls -l`'s mode string for `mode`, such as '-rw-r--r--'."""
    mode = _mode(mode)
    out = []
    for i, column in enumerate(_filemode_table):
        for bits, char in column:
            if i == 0:
                if mode & 0o170000 == bits:
                    out.append(char)
                    break
            elif mode & bits == bits:
                out.append(char)
                break
        else:
            out.append("?" if i == 0 else "-")
    return "".join(out)


FILE_ATTRIBUTE_ARCHIVE = 32
FILE_ATTRIBUTE_COMPRESSED = 2048
FILE_ATTRIBUTE_DEVICE = 64
FILE_ATTRIBUTE_DIRECTORY = 16
FILE_ATTRIBUTE_ENCRYPTED = 16384
FILE_ATTRIBUTE_HIDDEN = 2
FILE_ATTRIBUTE_INTEGRITY_STREAM = 32768
FILE_ATTRIBUTE_NORMAL = 128
FILE_ATTRIBUTE_NOT_CONTENT_INDEXED = 8192
FILE_ATTRIBUTE_NO_SCRUB_DATA = 131072
FILE_ATTRIBUTE_OFFLINE = 4096
FILE_ATTRIBUTE_READONLY = 1
FILE_ATTRIBUTE_REPARSE_POINT = 1024
FILE_ATTRIBUTE_SPARSE_FILE = 512
FILE_ATTRIBUTE_SYSTEM = 4
FILE_ATTRIBUTE_TEMPORARY = 256
FILE_ATTRIBUTE_VIRTUAL = 65536

# CPython's functions here come from its C module _stat: their errors show no frame.
import _native_frames  # noqa: E402
_native_frames.hide_module(globals())
