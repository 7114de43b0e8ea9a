# Raising the recursion limit allows deeper recursion; lowering it below the depth fails.
import sys
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
sys.setrecursionlimit(6000)
print(depth(5000))
sys.setrecursionlimit(100)
try:
    depth(200)
except RecursionError as e:
    print("RecursionError:", e)
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print("ValueError:", e)
