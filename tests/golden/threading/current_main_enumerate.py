# current_thread, main_thread, get_ident, active_count and enumerate inside and outside threads.
import threading

main = threading.main_thread()
print(main.name, main is threading.current_thread(), main.daemon)
print(threading.get_ident() == main.ident, isinstance(main.native_id, int))
seen = []
ev = threading.Event()


def worker():
    me = threading.current_thread()
    seen.append((me.name, me is main, me.ident == threading.get_ident()))
    ev.wait()


t = threading.Thread(target=worker, name="w1")
t.start()
print(threading.active_count(), sorted(th.name for th in threading.enumerate()))
ev.set()
t.join()
print(seen, threading.active_count())
