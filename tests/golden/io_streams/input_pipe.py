# input() reads lines from a pipe (the prompt goes to stdout) and raises EOFError at the end.
# coil-test: stdin=Ada\n42\n
import sys

name = input("name? ")
n = int(input())
print(f"hello {name}, {n * 2}")
print(repr(sys.stdin.readline()))
try:
    input("more? ")
except EOFError as e:
    print("EOF:", e)
