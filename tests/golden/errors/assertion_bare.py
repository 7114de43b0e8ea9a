# A failing assert without a message prints just "AssertionError".
assert 1 + 1 == 3
