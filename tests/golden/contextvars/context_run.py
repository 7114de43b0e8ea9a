# Context.run(callable, *args, **kwargs): sets inside stay in that Context, the return value comes back
import contextvars

v = contextvars.ContextVar('v', default='base')

def work(prefix, *, suffix):
    v.set(prefix + v.get() + suffix)
    return v.get()

ctx = contextvars.copy_context()
print(ctx.run(work, '<', suffix='>'))
print(ctx.run(work, '[', suffix=']'))
print('outside:', v.get())
print('inside:', ctx[v], ctx.run(v.get))
v.set('outer')
print(ctx.run(v.get), v.get())

def boom():
    v.set('during error')
    raise KeyError('k')

try:
    ctx.run(boom)
except KeyError as e:
    print('KeyError', e, ctx[v], v.get())
