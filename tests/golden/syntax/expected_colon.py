# A missing colon after an if condition: "expected ':'".
# coil-test: syntax-error
print("never printed")
if True
    print("x")
