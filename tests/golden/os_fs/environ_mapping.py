# os.environ: a mutable mapping of str; changes reach getenv and child processes.
import os
import sys

os.environ['COIL_TEST_VAR'] = 'value 1'
print(os.environ['COIL_TEST_VAR'], os.getenv('COIL_TEST_VAR'), 'COIL_TEST_VAR' in os.environ)
print(os.environ.get('COIL_MISSING'), os.environ.get('COIL_MISSING', 'dflt'), os.getenv('COIL_MISSING', 7))
sys.stdout.flush()
os.system('echo "child sees: $COIL_TEST_VAR"')
del os.environ['COIL_TEST_VAR']
sys.stdout.flush()
os.system('echo "child sees: [$COIL_TEST_VAR]"')
os.environ.setdefault('COIL_A', 'a')
os.environ.update({'COIL_B': 'b'})
print(os.environ.pop('COIL_A'), os.environ.pop('COIL_A', None), os.environ['COIL_B'])
copy = os.environ.copy()
print(type(copy).__name__, copy['COIL_B'], type(os.environ).__name__)
for call in [lambda: os.environ['COIL_MISSING'], lambda: os.environ.__setitem__('K', 1),
             lambda: os.environ.__setitem__(2, 'v'), lambda: os.environ.__delitem__('COIL_MISSING')]:
    try:
        call()
    except (KeyError, TypeError) as e:
        print(type(e).__name__, repr(e))
os.putenv('COIL_PUT', 'p')
print(os.getenv('COIL_PUT'))
sys.stdout.flush()
os.system('echo "put: $COIL_PUT"')
