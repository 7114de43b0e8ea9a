# Adding an int and a str: "unsupported operand type(s) for +: 'int' and 'str'".
count = 3
label = "items"
print(count + label)
