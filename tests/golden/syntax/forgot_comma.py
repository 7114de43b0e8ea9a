# Two expressions side by side in a call: "invalid syntax. Perhaps you forgot a comma?".
# coil-test: syntax-error
print("a" "b" 1 2)
