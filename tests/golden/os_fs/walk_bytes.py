# os.walk and scandir keep bytes paths as bytes.
import os
import tempfile

with tempfile.TemporaryDirectory() as tmp:
    os.chdir(tmp)
    os.makedirs('top/sub')
    os.close(os.open('top/sub/f', os.O_CREAT | os.O_WRONLY))
    print(sorted(os.walk(b'top')))
    print(sorted(e.path for e in os.scandir(b'top/sub')))
    os.chdir('/')
