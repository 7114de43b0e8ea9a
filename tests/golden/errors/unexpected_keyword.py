# An unexpected keyword argument: "got an unexpected keyword argument 'colour'".
def paint(color="red"):
    return color
paint(colour="blue")
