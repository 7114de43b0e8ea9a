# A missing class body: "expected an indented block after class definition on line 3".
# coil-test: syntax-error
class C:
x = 1
