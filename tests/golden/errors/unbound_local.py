# Reading a local before assignment: UnboundLocalError in 3.11 wording.
total = 0
def add(x):
    total += x
    return total
add(1)
