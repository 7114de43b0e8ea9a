# An observer registry in a WeakSet and parent links as weak references, as tutorials use them.
import weakref


class Observable:
    def __init__(self):
        self._observers = weakref.WeakSet()

    def subscribe(self, o):
        self._observers.add(o)

    def notify(self, msg):
        for o in sorted(self._observers, key=lambda o: o.name):
            o.update(msg)


class Observer:
    def __init__(self, name):
        self.name = name

    def update(self, msg):
        print(self.name, "got", msg)


subject = Observable()
a, b = Observer("a"), Observer("b")
subject.subscribe(a)
subject.subscribe(b)
subject.notify("hello")
del a
subject.notify("again")
print(len(subject._observers))
parent = Observer("parent")
b.parent = weakref.ref(parent)
print(b.parent().name)
del parent
print(b.parent())
