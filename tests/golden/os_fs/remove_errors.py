# remove/unlink/rmdir raise the errno's OSError subclass with errno, strerror and filename.
import os
import tempfile

with tempfile.TemporaryDirectory() as tmp:
    os.chdir(tmp)
    os.makedirs('full/inner')
    os.close(os.open('f', os.O_CREAT | os.O_WRONLY))
    calls = [
        ('remove', lambda: os.remove('missing.txt')),
        ('unlink', lambda: os.unlink('full')),
        ('rmdir', lambda: os.rmdir('full')),
        ('rmdir', lambda: os.rmdir('f')),
        ('rmdir', lambda: os.rmdir('missing')),
    ]
    for name, call in calls:
        try:
            call()
        except OSError as e:
            print(name, type(e).__name__, e.errno, repr(e.strerror), e.filename, e.filename2)
            print('   ', e, '|', repr(e), e.args)
    os.remove('f')
    os.rmdir('full/inner')
    print(os.listdir('full'), os.path.exists('f'))
    os.chdir('/')
