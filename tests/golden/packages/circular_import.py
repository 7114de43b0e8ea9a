# A circular import sees the partially initialised module: CPython's messages.
import circ_a
print(circ_a.helper())
