# A triple-quoted string that never ends: "unterminated triple-quoted string literal".
# coil-test: syntax-error
print("never printed")
doc = """starts here
and never
ends
