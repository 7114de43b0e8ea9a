# ExitStack runs callbacks last-in first-out; enter_context returns __enter__'s value.
from contextlib import ExitStack, contextmanager


@contextmanager
def resource(name):
    print("open", name)
    yield name
    print("close", name)


with ExitStack() as stack:
    names = [stack.enter_context(resource(n)) for n in "abc"]
    stack.callback(print, "callback", 1, sep="-")
    print("using", names)
print("done")

stack = ExitStack()
stack.callback(print, "later")
moved = stack.pop_all()
stack.close()
print("moved has", len(moved._exit_callbacks))
moved.close()
try:
    with ExitStack() as s:
        s.enter_context(42)
except TypeError as e:
    print("TypeError:", e)
