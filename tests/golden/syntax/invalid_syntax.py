# A plain parse error: "invalid syntax".
# coil-test: syntax-error
x = = 1
