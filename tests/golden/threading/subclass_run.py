# A Thread subclass overriding run(); start() calls it in the new thread.
import threading


class Counter(threading.Thread):
    def __init__(self, n):
        super().__init__(name=f"counter-{n}")
        self.n = n
        self.total = 0

    def run(self):
        for i in range(self.n):
            self.total += i
        print(self.name, "ran in", threading.current_thread().name)


c = Counter(5)
c.start()
c.join()
print(c.total, c.is_alive())
