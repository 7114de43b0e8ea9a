# TypedDict: instances are plain dicts; required/optional keys; no isinstance.
from typing import TypedDict
class Movie(TypedDict):
    title: str
    year: int
class Draft(TypedDict, total=False):
    title: str
m = Movie(title="Blade Runner", year=1982)
print(m, type(m), Movie.__required_keys__ == {"title", "year"}, Movie.__total__)
print(Draft(), Draft.__optional_keys__, Draft.__total__, Movie.__annotations__)
Point = TypedDict("Point", {"x": int, "y": int})
print(Point(x=1, y=2), sorted(Point.__required_keys__))
try:
    isinstance(m, Movie)
except TypeError as e:
    print(e)
