# Conditional expressions evaluate only the selected branch.
def say(x):
    print("say", x)
    return x
print(say("a") if True else say("b"))
print(say("a") if 0 else say("b"))
values = ["even" if n % 2 == 0 else "odd" for n in range(4)]
print(values)
print(1 if [] else 2 if None else 3)
