# partialmethod binds the instance first; repr.
from functools import partialmethod
class Cell:
    def __init__(self):
        self.alive = False
    def set_state(self, state, *, note=""):
        self.alive = state
        return note
    set_alive = partialmethod(set_state, True, note="born")
    set_dead = partialmethod(set_state, False)
c = Cell()
print(c.set_alive(), c.alive)
c.set_dead()
print(c.alive)
print(repr(Cell.__dict__["set_dead"]).split(" at ")[0])
