# del of a call: "cannot delete function call".
# coil-test: syntax-error
del print()
