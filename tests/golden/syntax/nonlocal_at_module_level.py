# nonlocal outside any function: "nonlocal declaration not allowed at module level".
# coil-test: syntax-error
x = 1
nonlocal x
