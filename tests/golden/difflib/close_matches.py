# get_close_matches: best matches above the cutoff, best first; its argument errors.
import difflib
import keyword

print(difflib.get_close_matches("appel", ["ape", "apple", "peach", "puppy"]))
print(difflib.get_close_matches("wheel", keyword.kwlist))
print(difflib.get_close_matches("pineapple", keyword.kwlist))
print(difflib.get_close_matches("accept", keyword.kwlist))
print(difflib.get_close_matches("lenght", ["length", "len", "height", "lent"], n=2, cutoff=0.5))
for kwargs in [{"n": 0}, {"cutoff": 1.5}]:
    try:
        difflib.get_close_matches("x", ["y"], **kwargs)
    except ValueError as e:
        print(e)
