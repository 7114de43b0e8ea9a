# A missing function body: "expected an indented block after function definition on line 3".
# coil-test: syntax-error
def f():
return 1
