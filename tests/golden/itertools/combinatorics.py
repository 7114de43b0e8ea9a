# product, permutations, combinations, combinations_with_replacement and their errors.
import itertools as it
print(list(it.product("ab", [0, 1])), list(it.product("xy", repeat=2)))
print(list(it.product()), len(list(it.product(range(3), repeat=3))))
print(list(it.permutations("abc", 2)))
print(list(it.permutations(range(3))), list(it.permutations("ab", 3)))
print(list(it.combinations("abcd", 2)), list(it.combinations(range(4), 3)))
print(list(it.combinations_with_replacement("abc", 2)), list(it.combinations("ab", 0)))
for call in [lambda: it.product("a", repeat=-1), lambda: it.permutations("a", -1),
             lambda: it.combinations("a", -2), lambda: it.combinations("a")]:
    try:
        call()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
