# The subject can be an unparenthesised tuple, possibly with a starred item; nested match.
def cmd(*words):
    match words:
        case ("go", direction):
            return f"going {direction}"
        case ("look",):
            return "looking"
        case ("drop", *objects) if objects:
            return f"dropping {', '.join(objects)}"
        case _:
            return "unknown"
print(cmd("go", "north"))
print(cmd("look"))
print(cmd("drop", "sword", "shield"))
print(cmd("drop"))
rest = [3, 4]
match 1, 2, *rest:
    case (a, b, *c):
        print(a, b, c)
match 1, 2:
    case x, y:
        match x + y:
            case 3:
                print("inner 3")
