# Unbounded recursion in a method: RecursionError with a repeated-frames note.
class Node:
    def depth(self):
        return 1 + self.depth()
Node().depth()
