"""Wrapping and filling text (CPython 3.11 Lib/textwrap.py). CPython splits
text into chunks with a regular expression; the same chunks are found here by
a hand-written scanner (_split_words), so the module needs no re."""

import _traceback

__all__ = ['TextWrapper', 'wrap', 'fill', 'dedent', 'indent', 'shorten']  # cpython: 10

_whitespace = '\t\n\x0b\x0c\r '  # cpython: 15
_WORD_PUNCT = '!"\'&.,?'


def _is_word(c):
    return c.isalnum() or c == '_'


def _is_letter(c):
    # [^\d\W]: a word character that is not a digit.
    return (c.isalnum() or c == '_') and not c.isdigit()


def _letter_at(text, i):
    return 0 <= i < len(text) and _is_letter(text[i])


def _split_words(text):
    # Whitespace runs, em-dashes between words, and words that may end after
    # a hyphen joining two letters on each side (CPython's wordsep_re).
    chunks = []
    n = len(text)
    p = 0
    while p < n:
        if text[p] in _whitespace:
            e = p + 1
            while e < n and text[e] in _whitespace:
                e += 1
            chunks.append(text[p:e])
            p = e
            continue
        if (p > 0 and (_is_word(text[p - 1]) or text[p - 1] in _WORD_PUNCT)
                and text.startswith('--', p)):
            e = p
            while e < n and text[e] == '-':
                e += 1
            if e < n and _is_word(text[e]):
                chunks.append(text[p:e])
                p = e
                continue
        e = p + 1
        while True:
            if e >= n or text[e] in _whitespace:
                break
            c = text[e]
            if c == '-':
                after = e + 1
                behind = ((_letter_at(text, e - 1) and _letter_at(text, e - 2))
                          or (_letter_at(text, e - 1) and e - 2 >= 0
                              and text[e - 2] == '-'
                              and _letter_at(text, e - 3)))
                ahead = _letter_at(text, after) and (
                    _letter_at(text, after + 1)
                    or (after + 1 < n and text[after + 1] == '-'
                        and _letter_at(text, after + 2)))
                if behind and ahead:
                    e += 1
                    break
                prev = text[e - 1]
                if ((_is_word(prev) or prev in _WORD_PUNCT)
                        and text.startswith('--', e)):
                    k = e
                    while k < n and text[k] == '-':
                        k += 1
                    if k < n and _is_word(text[k]):
                        break
            e += 1
        chunks.append(text[p:e])
        p = e
    return chunks


def _split_simple(text):
    chunks = []
    n = len(text)
    p = 0
    while p < n:
        ws = text[p] in _whitespace
        e = p + 1
        while e < n and (text[e] in _whitespace) == ws:
            e += 1
        chunks.append(text[p:e])
        p = e
    return chunks


def _is_sentence_end(chunk):
    # [a-z][.!?]["']?\Z
    if chunk[-1:] in ('"', "'"):
        chunk = chunk[:-1]
    return (len(chunk) >= 2 and chunk[-1] in '.!?'
            and 'a' <= chunk[-2] <= 'z')


class TextWrapper:
    """Wraps paragraphs of text into lines of at most `width` characters."""

    unicode_whitespace_trans = dict.fromkeys(map(ord, _whitespace), ord(' '))  # cpython: 66

    def __init__(self,  # cpython: 112
                 width=70,  # cpython: 113
                 initial_indent="",  # cpython: 114
                 subsequent_indent="",  # cpython: 115
                 expand_tabs=True,  # cpython: 116
                 replace_whitespace=True,  # cpython: 117
                 fix_sentence_endings=False,  # cpython: 118
                 break_long_words=True,  # cpython: 119
                 drop_whitespace=True,  # cpython: 120
                 break_on_hyphens=True,  # cpython: 121
                 tabsize=8,  # cpython: 122
                 *,
                 max_lines=None,  # cpython: 124
                 placeholder=' [...]'):
        self.width = width  # cpython: 126
        self.initial_indent = initial_indent  # cpython: 127
        self.subsequent_indent = subsequent_indent  # cpython: 128
        self.expand_tabs = expand_tabs  # cpython: 129
        self.replace_whitespace = replace_whitespace  # cpython: 130
        self.fix_sentence_endings = fix_sentence_endings  # cpython: 131
        self.break_long_words = break_long_words  # cpython: 132
        self.drop_whitespace = drop_whitespace  # cpython: 133
        self.break_on_hyphens = break_on_hyphens  # cpython: 134
        self.tabsize = tabsize  # cpython: 135
        self.max_lines = max_lines  # cpython: 136
        self.placeholder = placeholder  # cpython: 137

    def _munge_whitespace(self, text):
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)  # cpython: 151
        if self.replace_whitespace:
            text = text.translate(self.unicode_whitespace_trans)  # cpython: 153
        return text  # cpython: 154

    def _split(self, text):
        if self.break_on_hyphens is True:
            chunks = _split_words(text)
        else:
            chunks = _split_simple(text)
        return [c for c in chunks if c]

    def _fix_sentence_endings(self, chunks):
        i = 0
        while i < len(chunks) - 1:
            if chunks[i + 1] == " " and _is_sentence_end(chunks[i]):
                chunks[i + 1] = "  "
                i += 2
            else:
                i += 1

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        space_left = 1 if width < 1 else width - cur_len
        if self.break_long_words:
            end = space_left  # cpython: 215
            chunk = reversed_chunks[-1]  # cpython: 216
            if self.break_on_hyphens and len(chunk) > space_left:
                hyphen = chunk.rfind('-', 0, space_left)  # cpython: 220
                if hyphen > 0 and any(c != '-' for c in chunk[:hyphen]):
                    end = hyphen + 1  # cpython: 222
            cur_line.append(chunk[:end])  # cpython: 223
            reversed_chunks[-1] = chunk[end:]  # cpython: 224
        elif not cur_line:
            cur_line.append(reversed_chunks.pop())  # cpython: 230

    def _wrap_chunks(self, chunks):
        lines = []  # cpython: 251
        if self.width <= 0:
            raise ValueError("invalid width %r (must be > 0)" % self.width)  # cpython: 253
        if self.max_lines is not None:
            first = (self.subsequent_indent if self.max_lines > 1
                     else self.initial_indent)
            if len(first) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError("placeholder too large for max width")  # cpython: 260
        chunks.reverse()  # cpython: 264
        while chunks:
            cur_line = []  # cpython: 270
            cur_len = 0  # cpython: 271
            indent = self.subsequent_indent if lines else self.initial_indent
            width = self.width - len(indent)  # cpython: 280
            # A line never starts with whitespace (except the first).
            if self.drop_whitespace and chunks[-1].strip() == '' and lines:
                del chunks[-1]  # cpython: 285
            while chunks:
                size = len(chunks[-1])
                if cur_len + size > width:
                    break
                cur_line.append(chunks.pop())  # cpython: 292
                cur_len += size
            if chunks and len(chunks[-1]) > width:
                self._handle_long_word(chunks, cur_line, cur_len, width)  # cpython: 302
                cur_len = sum(map(len, cur_line))  # cpython: 303
            if self.drop_whitespace and cur_line and cur_line[-1].strip() == '':
                cur_len -= len(cur_line[-1])
                del cur_line[-1]
            if not cur_line:
                continue
            last_allowed = (
                self.max_lines is None
                or len(lines) + 1 < self.max_lines
                or ((not chunks
                     or (self.drop_whitespace and len(chunks) == 1
                         and not chunks[0].strip()))
                    and cur_len <= width))
            if last_allowed:
                lines.append(indent + ''.join(cur_line))
                continue
            # The last line allowed: end it with the placeholder.
            while cur_line:
                if (cur_line[-1].strip()
                        and cur_len + len(self.placeholder) <= width):
                    cur_line.append(self.placeholder)  # cpython: 324
                    lines.append(indent + ''.join(cur_line))
                    break
                cur_len -= len(cur_line[-1])
                del cur_line[-1]
            else:
                if lines:
                    prev_line = lines[-1].rstrip()  # cpython: 331
                    if len(prev_line) + len(self.placeholder) <= self.width:
                        lines[-1] = prev_line + self.placeholder  # cpython: 334
                        break
                lines.append(indent + self.placeholder.lstrip())  # cpython: 336
            break
        return lines  # cpython: 339

    def _split_chunks(self, text):
        text = self._munge_whitespace(text)  # cpython: 342
        return self._split(text)  # cpython: 343

    def wrap(self, text):
        chunks = self._split_chunks(text)  # cpython: 356
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)  # cpython: 358
        return self._wrap_chunks(chunks)  # cpython: 359

    def fill(self, text):
        return "\n".join(self.wrap(text))  # cpython: 368


def wrap(text, width=70, **kwargs):
    """The lines of text wrapped to width (see TextWrapper for options)."""
    w = TextWrapper(width=width, **kwargs)  # cpython: 383
    return w.wrap(text)  # cpython: 384


def fill(text, width=70, **kwargs):
    """text wrapped to width, as one string."""
    w = TextWrapper(width=width, **kwargs)  # cpython: 395
    return w.fill(text)  # cpython: 396


def shorten(text, width, **kwargs):
    """Collapse whitespace and cut text to fit width, ending with a
    placeholder if anything was cut."""
    w = TextWrapper(width=width, max_lines=1, **kwargs)  # cpython: 410
    return w.fill(' '.join(text.strip().split()))  # cpython: 411


class _WhitespaceOnly:
    # Stands for CPython's compiled pattern in dedent() only for its error:
    # sub() of a non-string raises what re does.
    @staticmethod
    def sub(repl, text):
        raise TypeError(f"expected string or bytes-like object, got '{type(text).__name__}'")


_whitespace_only_re = _WhitespaceOnly()
_traceback.hide(_WhitespaceOnly.sub)


def _leading_blank(line):
    i = 0
    while i < len(line) and line[i] in ' \t':
        i += 1
    return line[:i]


def dedent(text):
    """Remove the whitespace every non-blank line starts with."""
    if not isinstance(text, str):
        # Where CPython's regular expression refuses a non-string.
        text = _whitespace_only_re.sub('', text)  # cpython: 435
    lines = text.split('\n')
    # Lines of only spaces and tabs become empty.
    lines = ['' if l and not l.strip(' \t') else l for l in lines]
    margin = None  # cpython: 434
    for line in lines:
        if not line:
            continue
        indent = _leading_blank(line)
        if margin is None:
            margin = indent
        elif indent.startswith(margin):
            pass
        elif margin.startswith(indent):
            margin = indent
        else:
            common = 0
            for x, y in zip(margin, indent):
                if x != y:
                    break
                common += 1
            margin = margin[:common]
    if margin:
        lines = [l[len(margin):] if l.startswith(margin) else l
                 for l in lines]
    return '\n'.join(lines)


def indent(text, prefix, predicate=None):
    """Add prefix to the lines of text that predicate accepts (by default,
    the lines that are not blank)."""
    if predicate is None:
        def predicate(line):
            return line.strip()  # cpython: 480
    return ''.join(prefix + line if predicate(line) else line
                   for line in text.splitlines(True))
