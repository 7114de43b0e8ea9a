# sys.exit raises SystemExit, which can be caught; the finally block runs.
import sys
try:
    sys.exit(2)
except SystemExit as e:
    print("caught SystemExit", e.code)
try:
    sys.exit()
except SystemExit as e:
    print("code", e.code)
try:
    print("exiting")
    sys.exit(4)
finally:
    print("finally")
