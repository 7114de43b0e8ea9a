# if/elif/else picks the first true branch; conditions may be any object.
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    else:
        return "large"
for n in (-5, 0, 3, 42):
    print(n, classify(n))
if []:
    print("empty list is true?")
elif [0]:
    print("non-empty list is true")
if 0: pass
else: print("one-line else")
