# copy_context() snapshots the current values: later sets on either side do not show in the other
import contextvars

v = contextvars.ContextVar('v')
w = contextvars.ContextVar('w', default='w0')
v.set(1)
snap = contextvars.copy_context()
v.set(2)
w.set('w1')
print(snap[v], v.get(), w in snap)
snap.run(v.set, 3)
print(snap[v], v.get())
copy2 = snap.copy()
copy2.run(w.set, 'in copy2')
print(w in snap, copy2[w], copy2[v], w.get())
empty = contextvars.Context()
print(empty.run(v.get, 'nothing in a new Context'))
