# Mixing tabs and spaces ambiguously: "TabError: inconsistent use of tabs and spaces in indentation".
# coil-test: syntax-error
if True:
        x = 1
	y = 2
