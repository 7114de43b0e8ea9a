# A worker loop that finishes cleanly when SIGTERM arrives (a common service pattern).
import signal

class Worker:
    def __init__(self):
        self.running = True
        signal.signal(signal.SIGTERM, self.on_term)
        signal.signal(signal.SIGHUP, self.on_hup)
        self.reloads = 0

    def on_term(self, signum, frame):
        print("shutting down on", signal.Signals(signum).name)
        self.running = False

    def on_hup(self, signum, frame):
        self.reloads += 1

    def run(self):
        n = 0
        while self.running:
            n += 1
            if n in (2, 4):
                signal.raise_signal(signal.SIGHUP)
            if n == 5:
                signal.raise_signal(signal.SIGTERM)
        return n

w = Worker()
print("ran", w.run(), "iterations,", w.reloads, "reloads")
