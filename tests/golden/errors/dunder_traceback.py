# A traceback through script dunders called by len(), `in`, `[]`, truth tests and `for` shows each dunder's frame.
class Bad:
    def __len__(self):
        return 1 // 0
    def __contains__(self, x):
        return {}[x]
    def __getitem__(self, i):
        raise IndexError(i)
    def __bool__(self):
        return self.missing
    def __iter__(self):
        return self
    def __next__(self):
        raise ValueError("no next")

def frames(tb):
    out = []
    while tb is not None:
        out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    return out

for f in (lambda: len(Bad()), lambda: 3 in Bad(), lambda: Bad()[7], lambda: [x for x in Bad()]):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, frames(e.__traceback__))
def check():
    if Bad():
        pass
check()
