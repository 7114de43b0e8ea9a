# threading.excepthook can be replaced; it receives ExceptHookArgs.
import threading


def hook(args):
    print("hook:", args.exc_type.__name__, args.exc_value, args.thread.name)


threading.excepthook = hook


def fails():
    raise KeyError("k")


t = threading.Thread(target=fails, name="worker")
t.start()
t.join()
print("after")
