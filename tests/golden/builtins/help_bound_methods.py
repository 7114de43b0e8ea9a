# help() of bound methods: script methods and builtin ones say what they are bound to.
import pydoc


class Counter:
    def bump(self, step=1):
        "Add step."
        return step


pydoc.help(Counter().bump)
pydoc.help("abc".upper)
pydoc.help([].append)
pydoc.help(min)
