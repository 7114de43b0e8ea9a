# When no case matches nothing runs and the subject is evaluated exactly once.
def subject():
    print("subject evaluated")
    return [1, 2, 3]
match subject():
    case [a]:
        print("one")
    case [a, b]:
        print("two")
    case {"x": 1}:
        print("dict")
print("after")
for i in range(3):
    match i:
        case 1:
            continue
        case 2:
            break
    print("loop", i)
