# AttributeError on a built-in type names the type.
x = [1, 2]
x.push(3)
