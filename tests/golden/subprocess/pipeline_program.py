# A small tool: count words per line of a generated file through a shell pipeline.
import subprocess

def sh(cmd, **kw):
    r = subprocess.run(cmd, shell=True, capture_output=True, text=True, **kw)
    if r.returncode:
        raise RuntimeError(f"{cmd!r} failed with {r.returncode}: {r.stderr.strip()}")
    return r.stdout

text = sh("printf 'b a\\nc\\na b c\\n'")
for i, line in enumerate(text.splitlines(), 1):
    words = sh("cat", input=line).split()
    print(i, len(words), sorted(words))
try:
    sh("echo oops >&2; exit 1")
except RuntimeError as e:
    print(e)
