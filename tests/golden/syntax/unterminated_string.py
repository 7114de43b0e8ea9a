# A string literal without its closing quote: "unterminated string literal (detected at line 3)".
# coil-test: syntax-error
message = "hello
print(message)
