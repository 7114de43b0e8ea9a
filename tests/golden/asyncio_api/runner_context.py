# Runner.run(context=...) runs the task in the given context; the default is the runner's copy.
import asyncio
import contextvars

var = contextvars.ContextVar("var", default="unset")


async def read_and_set(value):
    print("sees", var.get())
    var.set(value)


var.set("outer")
with asyncio.Runner() as runner:
    runner.run(read_and_set("first"))
    runner.run(read_and_set("second"))
    ctx = contextvars.Context()
    runner.run(read_and_set("third"), context=ctx)
    print("ctx holds", ctx[var])
print("outer still", var.get())
