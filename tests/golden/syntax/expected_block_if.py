# A missing body after if: "expected an indented block after 'if' statement on line 4".
# coil-test: syntax-error
x = 1
if x:
print(x)
