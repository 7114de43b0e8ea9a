# `match` and `case` stay usable as ordinary names: variables, functions, attributes.
class Re:
    def match(self, pattern, text):
        return Match(text.split())
class Match:
    def __init__(self, groups):
        self.groups = groups
    def group(self, i):
        return " ".join(self.groups) if i == 0 else self.groups[i - 1]
re = Re()
match = re.match(r"(\w+) (\w+)", "hello world")
print(match.group(1), match.group(2))
case = 3
match, case = case, match
print(match, case.group(0))
def match(x):
    return x * 2
print(match(4))
class C:
    match = 1
    case = 2
print(C.match + C.case)
match: int = 5
print(match)
case = [1, 2]
case[0] = 10
print(case)
match (case):
    case [a, b]:
        print("matched", a, b)
