# An uncaught KeyboardInterrupt prints its traceback and exits as killed by SIGINT (130).
def work():
    raise KeyboardInterrupt
print("working")
work()
