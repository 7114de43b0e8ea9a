"""Information about the platform (CPython 3.11 Lib/platform.py, Linux):
`system`, `node`, `release`, `version`, `machine`, `uname`, `platform`,
`architecture`, `libc_ver`, `python_version(_tuple)`. The Python version is the
CPython version Coil follows (3.11.7); `python_implementation()` is 'Coil'
(`sys.implementation.name`). `processor()` is '' (CPython asks `uname -p`,
which says 'unknown' on most Linux systems and gives '' in the end)."""

import collections as _collections
import sys as _sys

import _platform

__version__ = "1.0.8"


class uname_result(_collections.namedtuple("uname_result",
                                           "system node release version machine")):
    """`uname()`'s result: five fields plus `processor`, which is also the
    sixth item when iterated, indexed or counted (as in CPython)."""

    __slots__ = ()
    _fields = ("system", "node", "release", "version", "machine", "processor")

    @property
    def processor(self):
        return processor()

    def __iter__(self):
        yield from tuple.__iter__(self)
        yield self.processor

    def __getitem__(self, key):
        return tuple(self)[key]

    def __len__(self):
        return len(tuple(iter(self)))

    def __repr__(self):
        shown = zip(self._fields, tuple.__iter__(self))
        return "uname_result(" + ", ".join("%s=%r" % kv for kv in shown) + ")"


_uname_cache = None


def uname():
    global _uname_cache
    if _uname_cache is None:
        sysname, node, release, version, machine = _platform.uname()
        _uname_cache = uname_result(sysname, node, release, version, machine)
    return _uname_cache


def system():
    return uname().system


def node():
    return uname().node


def release():
    return uname().release


def version():
    return uname().version


def machine():
    return uname().machine


def processor():
    return ""


def architecture(executable=_sys.executable, bits="", linkage=""):
    """(bits, linkage) of the interpreter: ('64bit', 'ELF') on x86-64 Linux."""
    import struct

    if not bits:
        bits = str(struct.calcsize("P") * 8) + "bit"
    return bits, linkage or "ELF"


def libc_ver(executable=None, lib="", version="", chunksize=16384):
    name, ver = _platform.libc_ver()
    return (name or lib, ver or version)


def _joined(*parts):
    text = "-".join(p.strip() for p in filter(len, parts))
    for bad in (" ", "/", "\\", ":", ";", '"', "(", ")"):
        text = text.replace(bad, "_" if bad == " " else "-")
    text = text.replace("unknown", "")
    while "--" in text:
        text = text.replace("--", "-")
    return text.rstrip("-")


def platform(aliased=False, terse=False):
    """'Linux-<release>-<machine>-with-glibc<version>' (on Linux `terse` and
    `aliased` change nothing)."""
    u = uname()
    name, ver = libc_ver()
    return _joined(u.system, u.release, u.machine, "with", name + ver)


def python_version():
    return "%d.%d.%d" % _sys.version_info[:3]


def python_version_tuple():
    return tuple(str(x) for x in _sys.version_info[:3])


def python_implementation():
    return "Coil"


def python_compiler():
    return "rustc"


def python_build():
    return ("main", "")


def python_branch():
    return ""


def python_revision():
    return ""


def freedesktop_os_release():
    """The key=value pairs of /etc/os-release (or /usr/lib/os-release)."""
    for path in ("/etc/os-release", "/usr/lib/os-release"):
        try:
            with open(path) as f:
                text = f.read()
        except OSError:
            continue
        info = {"NAME": "Linux", "ID": "linux", "PRETTY_NAME": "Linux"}
        for line in text.splitlines():
            key, sep, value = line.partition("=")
            if sep and key.strip() and not key.startswith("#"):
                value = value.strip()
                if value[:1] in ("'", '"') and value[-1:] == value[:1]:
                    value = value[1:-1]
                info[key.strip()] = value
        return info
    raise OSError(2, "No such file or directory", "/etc/os-release")
