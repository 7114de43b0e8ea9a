# obj.meth(args) looks the method up before evaluating the arguments (LOAD_METHOD then CALL).
# Wishlist: Coil's CallMethod evaluates the arguments first and looks the method up at the
# call, so the argument's side effect shows; needs a LoadMethod before the arguments.
def arg():
    print("argument evaluated")
    return 3

x = [1, 2]
try:
    x.push(arg())
except AttributeError as e:
    print(e)
