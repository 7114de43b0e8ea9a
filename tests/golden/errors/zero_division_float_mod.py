# Float modulo by zero has its own message.
x = 5.0
y = 0.0
print(x % y)
