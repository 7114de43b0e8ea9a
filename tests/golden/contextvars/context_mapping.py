# Context is a read-only mapping of ContextVar -> value: [], get, in, len, iteration, keys/values/items
import contextvars

a = contextvars.ContextVar('a')
b = contextvars.ContextVar('b', default=0)
c = contextvars.ContextVar('c')
a.set(1)
b.set(2)
ctx = contextvars.copy_context()
print(len(ctx), ctx[a], ctx[b], ctx.get(c), ctx.get(c, 'dflt'), ctx.get(a, 'dflt'))
print(a in ctx, c in ctx)
print(sorted(var.name for var in ctx))
print(sorted(var.name for var in ctx.keys()))
print(sorted(ctx.values()))
print(sorted((var.name, val) for var, val in ctx.items()))
try:
    ctx[c]
except KeyError as e:
    print('KeyError', e.args[0] is c)
try:
    ctx['a']
except TypeError as e:
    print(e)
try:
    hash(ctx)
except TypeError as e:
    print('unhashable')
print(ctx == contextvars.copy_context(), ctx == contextvars.Context())
print(len(contextvars.Context()))
