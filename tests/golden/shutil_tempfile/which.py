# shutil.which finds executables on PATH (or a given path) and skips non-executables.
import os
import shutil
import tempfile

with tempfile.TemporaryDirectory() as tmp:
    for name, mode in [('tool', 0o755), ('data', 0o644)]:
        p = os.path.join(tmp, name)
        os.close(os.open(p, os.O_CREAT | os.O_WRONLY, mode))
        os.chmod(p, mode)
    os.mkdir(os.path.join(tmp, 'dirtool'))
    found = shutil.which('tool', path=tmp)
    print(found == os.path.join(tmp, 'tool'), shutil.which('data', path=tmp), shutil.which('dirtool', path=tmp))
    print(shutil.which('data', mode=os.F_OK, path=tmp) == os.path.join(tmp, 'data'))
    os.environ['PATH'] = '/nonexistent' + os.pathsep + tmp
    print(os.path.basename(shutil.which('tool')), shutil.which('no-such-tool-xyz'))
    print(shutil.which(os.path.join(tmp, 'tool')) is not None, shutil.which('tool', path=''))
print(shutil.which('sh', path='/bin:/usr/bin') is not None)
