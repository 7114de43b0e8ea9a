"""String constants, capwords, $-substitution templates and the Formatter
class (CPython 3.11 Lib/string.py; the format-string parser that CPython has in
C, Objects/stringlib/unicode_format.h, is written out here)."""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",  # cpython: 17
           "digits", "hexdigits", "octdigits", "printable", "punctuation",  # cpython: 18
           "whitespace", "Formatter", "Template"]  # cpython: 19

whitespace = ' \t\n\r\v\f'  # cpython: 24
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'  # cpython: 25
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'  # cpython: 26
ascii_letters = ascii_lowercase + ascii_uppercase  # cpython: 27
digits = '0123456789'  # cpython: 28
hexdigits = digits + 'abcdef' + 'ABCDEF'  # cpython: 29
octdigits = '01234567'  # cpython: 30
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""  # cpython: 31
printable = digits + ascii_letters + punctuation + whitespace  # cpython: 32


def capwords(s, sep=None):
    """Split on sep, capitalize each word, join with sep (or one space)."""
    return (sep or ' ').join(map(str.capitalize, s.split(sep)))  # cpython: 48


_sentinel_dict = {}  # cpython: 55
class _OnFirstUse:
    # A class attribute of Template computed when first read (then stored in
    # its place), so that importing string does not import re.
    def __init__(self, make):
        self._make = make

    def __set_name__(self, owner, name):
        self._name = name

    def __get__(self, obj, cls=None):
        value = self._make()
        setattr(Template, self._name, value)
        return value


def _ignorecase():
    import re
    return re.IGNORECASE


def _default_pattern():
    Template.__init_subclass__()
    return Template.__dict__['pattern']


class Template:
    """A string with $-placeholders: $name, ${name}, and $$ for a dollar."""

    delimiter = '$'  # cpython: 60
    idpattern = r'(?a:[_a-z][_a-z0-9]*)'  # cpython: 65
    braceidpattern = None  # cpython: 66
    flags = _OnFirstUse(_ignorecase)
    pattern = _OnFirstUse(_default_pattern)

    def __init_subclass__(cls):
        # Each class gets its pattern compiled from its delimiter and
        # identifier patterns, unless it gives a pattern of its own.
        import re as _re
        super().__init_subclass__()
        if 'pattern' in cls.__dict__ and cls is not Template:
            pattern = cls.pattern
        else:
            delim = _re.escape(cls.delimiter)
            name = cls.idpattern
            braced = cls.braceidpattern or cls.idpattern
            pattern = (f"{delim}(?:(?P<escaped>{delim})|(?P<named>{name})"
                       f"|{{(?P<braced>{braced})}}|(?P<invalid>))")
        cls.pattern = _re.compile(pattern, cls.flags | _re.VERBOSE)  # cpython: 85

    def __init__(self, template):
        self.template = template  # cpython: 88

    def _invalid(self, mo):
        i = mo.start('invalid')  # cpython: 93
        lines = self.template[:i].splitlines(keepends=True)  # cpython: 94
        if not lines:
            colno = 1  # cpython: 96
            lineno = 1  # cpython: 97
        else:
            colno = i - len(''.join(lines[:-1]))  # cpython: 99
            lineno = len(lines)  # cpython: 100
        raise ValueError('Invalid placeholder in string: line %d, col %d' %  # cpython: 101
                         (lineno, colno))  # cpython: 102

    def _mapping(self, mapping, kws):
        # Keyword arguments win over the mapping's keys.
        if mapping is _sentinel_dict:
            return kws
        if kws:
            from collections import ChainMap
            return ChainMap(kws, mapping)
        return mapping

    def _unknown_group(self):
        return ValueError('Unrecognized named group in pattern', self.pattern)

    def substitute(self, mapping=_sentinel_dict, /, **kws):
        mapping = self._mapping(mapping, kws)

        def convert(mo):
            named = mo.group('named') or mo.group('braced')
            if named is not None:
                return str(mapping[named])  # cpython: 114
            if mo.group('escaped') is not None:
                return self.delimiter
            if mo.group('invalid') is not None:
                self._invalid(mo)  # cpython: 118
            raise self._unknown_group()
        return self.pattern.sub(convert, self.template)  # cpython: 121

    def safe_substitute(self, mapping=_sentinel_dict, /, **kws):
        mapping = self._mapping(mapping, kws)

        def convert(mo):
            named = mo.group('named') or mo.group('braced')
            if named is not None:
                try:
                    return str(mapping[named])  # cpython: 133
                except KeyError:
                    return mo.group()
            if mo.group('escaped') is not None:
                return self.delimiter
            if mo.group('invalid') is not None:
                return mo.group()
            raise self._unknown_group()
        return self.pattern.sub(convert, self.template)  # cpython: 142

    def is_valid(self):
        for mo in self.pattern.finditer(self.template):
            if mo.group('invalid') is not None:
                return False  # cpython: 147
            if (mo.group('named') is None and mo.group('braced') is None
                    and mo.group('escaped') is None):
                raise self._unknown_group()
        return True  # cpython: 155

    def get_identifiers(self):
        ids = []  # cpython: 158
        for mo in self.pattern.finditer(self.template):
            named = mo.group('named') or mo.group('braced')
            if named is not None:
                if named not in ids:
                    ids.append(named)
            elif mo.group('invalid') is None and mo.group('escaped') is None:
                raise self._unknown_group()
        return ids  # cpython: 171


def _parse_format(s):
    # The (literal, field_name, format_spec, conversion) tuples of a format
    # string, with CPython's error messages.
    n = len(s)
    i = 0
    literal = []
    while i < n:
        c = s[i]
        if c == '}':
            if i + 1 < n and s[i + 1] == '}':
                literal.append('}')
                yield ''.join(literal), None, None, None
                literal = []
                i += 2
                continue
            raise ValueError("Single '}' encountered in format string")
        if c != '{':
            literal.append(c)
            i += 1
            continue
        if i + 1 < n and s[i + 1] == '{':
            literal.append('{')
            yield ''.join(literal), None, None, None
            literal = []
            i += 2
            continue
        if i + 1 >= n:
            raise ValueError("Single '{' encountered in format string")
        # The field name: brackets hide braces, '!' or ':' end it.
        j = i + 1
        brackets = False
        while True:
            if j >= n:
                raise ValueError("expected '}' before end of string")
            ch = s[j]
            if brackets:
                if ch == ']':
                    brackets = False
            elif ch == '[':
                brackets = True
            elif ch == '{':
                raise ValueError("unexpected '{' in field name")
            elif ch in '}!:':
                break
            j += 1
        name = s[i + 1:j]
        conversion = None
        spec = ''
        if s[j] == '!':
            if j + 1 >= n:
                raise ValueError(
                    "end of string while looking for conversion specifier")
            conversion = s[j + 1]
            j += 2
            if j >= n:
                raise ValueError("unmatched '{' in format spec")
            if s[j] not in ':}':
                raise ValueError("expected ':' after conversion specifier")
        if s[j] == ':':
            depth = 1
            k = j + 1
            while k < n:
                if s[k] == '{':
                    depth += 1
                elif s[k] == '}':
                    depth -= 1
                    if depth == 0:
                        break
                k += 1
            if k >= n:
                raise ValueError("unmatched '{' in format spec")
            spec = s[j + 1:k]
            j = k
        yield ''.join(literal), name, spec, conversion
        literal = []
        i = j + 1
    if literal:
        yield ''.join(literal), None, None, None


def _split_field_name(name):
    # 'a.b[0]' -> ('a', [(True, 'b'), (False, 0)])
    i = 0
    while i < len(name) and name[i] not in '.[':
        i += 1
    first = name[:i]
    if first.isdigit():
        first = int(first)
    rest = []
    while i < len(name):
        if name[i] == '.':
            j = i + 1
            while j < len(name) and name[j] not in '.[':
                j += 1
            attr = name[i + 1:j]
            if not attr:
                raise ValueError("Empty attribute in format string")
            rest.append((True, attr))
            i = j
        else:
            j = name.find(']', i)
            if j < 0:
                raise ValueError("Missing ']' in format string")
            key = name[i + 1:j]
            if not key:
                raise ValueError("Empty attribute in format string")
            rest.append((False, int(key) if key.isdigit() else key))
            i = j + 1
            if i < len(name) and name[i] not in '.[':
                raise ValueError(
                    "Only '.' or '[' may follow ']' in format field specifier")
    return first, rest


class Formatter:
    """str.format as a class whose steps can be overridden."""

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)  # cpython: 190

    def vformat(self, format_string, args, kwargs):
        used_args = set()  # cpython: 193
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)  # cpython: 194
        self.check_unused_args(used_args, args, kwargs)  # cpython: 195
        return result  # cpython: 196

    def _vformat(self, format_string, args, kwargs, used_args,
                 recursion_depth, auto_arg_index=0):
        if recursion_depth < 0:
            raise ValueError('Max string recursion exceeded')  # cpython: 201
        result = []  # cpython: 202
        for literal_text, field_name, format_spec, conversion in \
                self.parse(format_string):
            if literal_text:
                result.append(literal_text)  # cpython: 208
            if field_name is not None:
                if field_name == '':
                    if auto_arg_index is False:
                        raise ValueError('cannot switch from manual field '
                                         'specification to automatic field '
                                         'numbering')
                    field_name = str(auto_arg_index)  # cpython: 221
                    auto_arg_index += 1  # cpython: 222
                elif field_name.isdigit():
                    if auto_arg_index:
                        raise ValueError('cannot switch from manual field '
                                         'specification to automatic field '
                                         'numbering')
                    auto_arg_index = False  # cpython: 230
                obj, arg_used = self.get_field(field_name, args, kwargs)  # cpython: 234
                used_args.add(arg_used)  # cpython: 235
                obj = self.convert_field(obj, conversion)  # cpython: 238
                format_spec, auto_arg_index = self._vformat(  # cpython: 241
                    format_spec, args, kwargs,  # cpython: 242
                    used_args, recursion_depth - 1,
                    auto_arg_index=auto_arg_index)  # cpython: 244
                result.append(self.format_field(obj, format_spec))  # cpython: 247
        return ''.join(result), auto_arg_index  # cpython: 249

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]  # cpython: 254
        return kwargs[key]  # cpython: 256

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)  # cpython: 264

    def convert_field(self, value, conversion):
        if conversion is None:
            return value  # cpython: 270
        elif conversion == 's':
            return str(value)  # cpython: 272
        elif conversion == 'r':
            return repr(value)  # cpython: 274
        elif conversion == 'a':
            return ascii(value)  # cpython: 276
        raise ValueError("Unknown conversion specifier {0!s}".format(
            conversion))

    def parse(self, format_string):
        return _parse_format(format_string)

    def get_field(self, field_name, args, kwargs):
        first, rest = _split_field_name(field_name)
        obj = self.get_value(first, args, kwargs)  # cpython: 299
        for is_attr, i in rest:
            if is_attr:
                obj = getattr(obj, i)  # cpython: 305
            else:
                obj = obj[i]  # cpython: 307
        return obj, first  # cpython: 309
