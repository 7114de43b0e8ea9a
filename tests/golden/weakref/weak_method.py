# WeakMethod keeps a weak reference to a bound method's object.
import weakref


class Button:
    def click(self):
        return "clicked"


b = Button()
wm = weakref.WeakMethod(b.click)
print(wm()(), wm() == b.click)
try:
    weakref.WeakMethod(len)
except TypeError as e:
    print(e)
del b
print(wm())
