# rglob matches at every depth, like glob('**/' + pattern).
import tempfile
from pathlib import Path

with tempfile.TemporaryDirectory() as tmp:
    root = Path(tmp)
    for name in ['x.md', 'docs/y.md', 'docs/api/z.md', 'docs/api/img.png', 'src/w.md']:
        p = root / name
        p.parent.mkdir(parents=True, exist_ok=True)
        p.touch()
    rel = lambda ps: sorted(p.relative_to(root).as_posix() for p in ps)
    print(rel(root.rglob('*.md')))
    print(rel(root.rglob('api/*')))
    print(rel(root.rglob('*.png')), rel(root.rglob('nothing')))
    print(rel((root / 'docs').rglob('*')))
    print(sorted(p.name for p in root.rglob('*') if p.is_dir()))
