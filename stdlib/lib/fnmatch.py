"""Shell-style pattern matching of file names (Coil's version of CPython 3.11
Lib/fnmatch.py): `*`, `?`, `[seq]`, `[!seq]`. `translate` gives the same regular
expression text as CPython 3.11, atomic groups included."""

import os
import posixpath
import re
import functools

__all__ = ["filter", "fnmatch", "fnmatchcase", "translate"]


def fnmatch(name, pat):
    """Test whether `name` matches `pat` (after os.path.normcase of both)."""
    name = os.path.normcase(name)
    pat = os.path.normcase(pat)
    return fnmatchcase(name, pat)


@functools.lru_cache(maxsize=32768, typed=True)
def _compile_pattern(pat):
    if isinstance(pat, bytes):
        res = bytes(translate(str(pat, 'ISO-8859-1')), 'ISO-8859-1')
    else:
        res = translate(pat)
    return re.compile(res).match


def filter(names, pat):
    """The items of `names` that match `pat`."""
    pat = os.path.normcase(pat)
    match = _compile_pattern(pat)
    return [name for name in names if match(os.path.normcase(name))]


def fnmatchcase(name, pat):
    """Test whether `name` matches `pat`, case-sensitively, without normcase."""
    match = _compile_pattern(pat)
    return match(name) is not None


_STAR = object()


def _bracket(pat, start, end):
    """The regular expression for the class `pat[start:end]` (between '[' and ']')."""
    body = pat[start:end]
    if '-' not in body:
        body = body.replace('\\', r'\\')
    else:
        # Split at the hyphens that make ranges; a hyphen right after '[' or '[!'
        # is literal, as is one that is the last character.
        pieces = []
        piece_start = start
        search = start + 2 if pat[start] == '!' else start + 1
        while True:
            hyphen = pat.find('-', search, end)
            if hyphen < 0:
                break
            pieces.append(pat[piece_start:hyphen])
            piece_start = hyphen + 1
            search = hyphen + 3
        last = pat[piece_start:end]
        if last:
            pieces.append(last)
        else:
            pieces[-1] += '-'
        # A reversed range such as 'z-a' matches nothing: drop it by merging.
        k = len(pieces) - 1
        while k > 0:
            if pieces[k - 1][-1] > pieces[k][0]:
                pieces[k - 1] = pieces[k - 1][:-1] + pieces[k][1:]
                del pieces[k]
            k -= 1
        body = '-'.join(p.replace('\\', r'\\').replace('-', r'\-') for p in pieces)
    body = re.sub(r'([&~|])', r'\\\1', body)
    if not body:
        return '(?!)'
    if body == '!':
        return '.'
    if body[0] == '!':
        return '[^' + body[1:] + ']'
    if body[0] in ('^', '['):
        return '[\\' + body + ']'
    return '[' + body + ']'


def _tokens(pat):
    """The pattern as regular-expression pieces, with _STAR for each run of '*'."""
    out = []
    i, n = 0, len(pat)
    while i < n:
        c = pat[i]
        i += 1
        if c == '*':
            if not out or out[-1] is not _STAR:
                out.append(_STAR)
        elif c == '?':
            out.append('.')
        elif c == '[':
            j = i
            if j < n and pat[j] == '!':
                j += 1
            if j < n and pat[j] == ']':
                j += 1
            while j < n and pat[j] != ']':
                j += 1
            if j >= n:
                out.append('\\[')
            else:
                out.append(_bracket(pat, i, j))
                i = j + 1
        else:
            out.append(re.escape(c))
    return out


def translate(pat):
    """The regular expression (text) that matches what shell pattern `pat` matches."""
    pieces = _tokens(pat)
    # Text between two stars is matched lazily inside an atomic group, so a
    # pattern with many stars cannot backtrack exponentially.
    groups = [[]]
    for p in pieces:
        if p is _STAR:
            groups.append([])
        else:
            groups[-1].append(p)
    out = [''.join(groups[0])]
    middle = groups[1:]
    for index, group in enumerate(middle):
        fixed = ''.join(group)
        if index == len(middle) - 1:
            out.append('.*' + fixed)
        else:
            out.append('(?>.*?' + fixed + ')')
    return '(?s:' + ''.join(out) + ')\\Z'
