# deepcopy reaching a lock inside nested containers: the frames of copy.py's per-type copiers.
import copy
import threading


class Job:
    def __init__(self):
        self.name = "job"
        self.parts = [1, {"guard": (2, threading.Lock())}]


try:
    copy.copy(threading.RLock())
except TypeError as e:
    print(e)
copy.deepcopy(Job())
