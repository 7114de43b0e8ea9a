# glob.glob: wildcards in every component; '*' skips hidden names unless the pattern starts with '.'.
import glob
import os
import tempfile

with tempfile.TemporaryDirectory() as tmp:
    os.chdir(tmp)
    for name in ['a.txt', 'b.txt', 'c.log', '.hidden.txt', 'sub/d.txt', 'sub/e.log', 'other/f.txt']:
        os.makedirs(os.path.dirname(name) or '.', exist_ok=True)
        os.close(os.open(name, os.O_CREAT | os.O_WRONLY))
    for pat in ['*.txt', '?.log', '[ab].txt', '*', '.*', '*/*.txt', 's*/*', 'sub', 'missing*', 'a.txt', 'nope.txt', '*/', '']:
        print(repr(pat), sorted(glob.glob(pat)))
    print(sorted(glob.iglob('*.log')), type(glob.iglob('*')).__name__)
    print(sorted(glob.glob(os.path.join(tmp, '*.txt'))) == [os.path.join(tmp, 'a.txt'), os.path.join(tmp, 'b.txt')])
    print(sorted(glob.glob(b'*.log')))
    os.chdir('/')
