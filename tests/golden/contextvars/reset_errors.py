# ContextVar.reset errors: token used twice, token of another var, token made in another Context, not a token
import contextvars

x = contextvars.ContextVar('x', default=0)
y = contextvars.ContextVar('y')
t = x.set(1)
x.reset(t)
try:
    x.reset(t)
except RuntimeError as e:
    print('RuntimeError:', e)
t = x.set(2)
try:
    y.reset(t)
except ValueError as e:
    print('ValueError:', e)
ctx = contextvars.copy_context()
t_other = ctx.run(x.set, 3)
try:
    x.reset(t_other)
except ValueError as e:
    print('ValueError:', e)
try:
    x.reset('token')
except TypeError as e:
    print('TypeError:', e)
try:
    contextvars.Token()
except RuntimeError as e:
    print('RuntimeError:', e)
try:
    contextvars.ContextVar(5)
except TypeError as e:
    print('TypeError:', e)
