# return at module level: "'return' outside function".
# coil-test: syntax-error
print("never printed")
return 5
