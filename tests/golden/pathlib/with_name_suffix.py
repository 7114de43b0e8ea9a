# with_name, with_stem and with_suffix, and the ValueErrors for bad names and suffixes.
from pathlib import PurePath

p = PurePath('/docs/report.draft.txt')
print(p.with_name('final.md'), p.with_stem('summary'), p.with_suffix('.pdf'), p.with_suffix(''))
print(PurePath('a/b').with_suffix('.c'), PurePath('x.tar.gz').with_suffix('.bz2'))
tests = [
    lambda: p.with_suffix('pdf'), lambda: p.with_suffix('.'), lambda: p.with_suffix('/x'),
    lambda: p.with_name(''), lambda: p.with_name('a/b'), lambda: PurePath('/').with_name('x'),
    lambda: PurePath('').with_suffix('.x'), lambda: PurePath('/').with_stem('x'),
]
for t in tests:
    try:
        print(t())
    except ValueError as e:
        print('ValueError:', e)
