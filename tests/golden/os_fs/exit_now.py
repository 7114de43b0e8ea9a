# os._exit ends the process at once with the given status (flushed output stays).
import os
import sys

print('before')
sys.stdout.flush()
try:
    os._exit(2 ** 40)
except OverflowError as e:
    print(e)
    sys.stdout.flush()
os._exit(7)
print('never')
