# List equality, ordering, concatenation, repetition, membership and mutation ops.
print([1, 2] == [1, 2], [1, 2] == (1, 2), [1, [2]] == [1, [2]], [] == [])
print([1, 2, 3] < [1, 3], [2] > [1, 99], [1, 2] + [3], [0] * 3, 2 * [None], [] * 5)
print(1 in [1.0], [0] in [[0]], [1, 2] != [2, 1])
a = [3, 1]
a *= 2
print(a, sum([[1], [2]], []))
