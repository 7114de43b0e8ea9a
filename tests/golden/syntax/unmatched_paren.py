# A closing parenthesis without an opener: "unmatched ')'".
# coil-test: syntax-error
x = 1 + 2)
