# Deep recursion: RecursionError with "[Previous line repeated N more times]".
def down(n):
    return down(n + 1) + 1
down(0)
