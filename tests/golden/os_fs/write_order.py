# os.write on fd 1 bypasses print's buffer, exactly as in CPython with a pipe.
import os
import sys

print('printed first')
os.write(1, b'written by os.write\n')
sys.stdout.flush()
os.write(1, b'after flush\n')
print('last')
