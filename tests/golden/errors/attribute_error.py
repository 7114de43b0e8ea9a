# AttributeError on an instance, with a "Did you mean" suggestion.
class Account:
    def __init__(self):
        self.balance = 0
a = Account()
print(a.balanse)
