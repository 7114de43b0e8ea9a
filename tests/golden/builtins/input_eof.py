# input() on an empty stdin raises EOFError ("EOF when reading a line").
try:
    input("prompt: ")
except EOFError as e:
    print()
    print("EOFError:", e)
