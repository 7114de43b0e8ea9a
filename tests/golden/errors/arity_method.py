# Arity errors on methods name the qualified method and count self.
class C:
    def m(self, x):
        return x
C().m(1, 2, 3)
