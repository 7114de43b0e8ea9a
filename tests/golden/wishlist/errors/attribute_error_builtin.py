# AttributeError on a built-in type names the type.
# Wishlist: CallMethod carries only the whole call's position, so Coil prints no
# caret line under `x.push`; needs a second position for the method lookup.
x = [1, 2]
x.push(3)
