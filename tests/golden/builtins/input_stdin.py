# input() reads lines from stdin, with and without a prompt, until EOF.
# coil-test: stdin=Ada\n  36  \nlast line without newline
name = input()
age = input("age? ")
print()
print(f"name={name!r} age={int(age)}")
print(repr(input("> ")))
try:
    input()
except EOFError as e:
    print("EOFError", repr(e))
