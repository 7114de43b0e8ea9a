# A generator stepped by a for loop and by native consumers: gi_running, gi_frame lines, sent None, re-entry errors.
import sys


def gen(n):
    for i in range(n):
        got = yield i
        print("got", got, "running", g.gi_running, "line", sys._getframe().f_lineno)
        if i == 1:
            try:
                next(g)
            except ValueError as e:
                print("re-entry:", e)


g = gen(3)
print(g.gi_running, g.gi_frame.f_lineno)
for x in g:
    print("item", x, g.gi_running, g.gi_frame.f_lineno)
print(g.gi_frame, g.gi_running)

g = gen(3)
print(sum(g))
g = gen(4)
print(list(g), g.gi_frame)
g = gen(3)
print(next(g), g.gi_frame.f_lineno)
print(g.send("sent"), g.gi_frame.f_lineno)
print(list(g))


def counter():
    x = 0
    while True:
        x += 1
        yield x


print(sorted(x % 3 for x, _ in zip(counter(), range(5))))
print("-".join(str(v) for v in zip(range(3), counter())))
