# A __getattr__ that recurses takes one level per call: CPython's repeated-line count and plain message.
class A:
    def __getattr__(self, name):
        return self.missing


A().x
