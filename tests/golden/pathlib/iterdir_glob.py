# iterdir and glob (wildcards, '?', '[..]', '**', hidden names included, folders with '/').
import tempfile
from pathlib import Path

with tempfile.TemporaryDirectory() as tmp:
    root = Path(tmp)
    for name in ['a.py', 'b.py', 'c.txt', '.hidden.py', 'sub/d.py', 'sub/deep/e.py', 'sub/deep/f.txt']:
        p = root / name
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(name)
    rel = lambda ps: sorted(str(p.relative_to(root)) for p in ps)
    print(rel(root.iterdir()))
    for pat in ['*.py', '?.py', '[ab].py', '*', 'sub/*', '*/*.py', '**/*.py', '**', 'sub/**/*.txt', '*/', 'nothing*', 'sub/deep/e.py']:
        print(pat, rel(root.glob(pat)))
    for bad in ['', '/abs', 'a**b']:
        try:
            list(root.glob(bad))
        except (ValueError, NotImplementedError) as e:
            print(type(e).__name__, e)
    print(list((root / 'c.txt').glob('*')), list((root / 'missing').iterdir.__name__))
