# The default recursion limit (1000) lets a simple function recurse to depth 998 from module level.
import sys
depth = 0
def down():
    global depth
    depth += 1
    down()
try:
    down()
except RecursionError as e:
    print("RecursionError:", e)
print(sys.getrecursionlimit(), depth)
