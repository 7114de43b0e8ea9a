# ContextVar.set returns a Token (var, old_value, Token.MISSING); reset restores the old value or unsets
import contextvars

v = contextvars.ContextVar('v')
t1 = v.set('first')
print(t1.var is v, t1.old_value is contextvars.Token.MISSING, t1.old_value)
t2 = v.set('second')
print(t2.old_value, v.get())
print(repr(t2))
v.reset(t2)
print(v.get())
print(repr(t2))
v.reset(t1)
print(v.get('gone'))
try:
    v.get()
except LookupError:
    print('unset again')
print(contextvars.Token.MISSING, type(contextvars.Token.MISSING).__name__)
