# utime sets access/modification times from seconds or ns=(...); None means now.
import os
import tempfile

with tempfile.TemporaryDirectory() as tmp:
    p = os.path.join(tmp, 'f')
    os.close(os.open(p, os.O_CREAT | os.O_WRONLY))
    os.utime(p, (10, 20))
    st = os.stat(p)
    print(st.st_atime, st.st_mtime, st.st_atime_ns, st.st_mtime_ns)
    os.utime(p, ns=(1_500_000_000_123_456_789, 2_000_000_000_000_000_001))
    st = os.stat(p)
    print(st.st_atime_ns, st.st_mtime_ns, st[7], st[8])
    os.utime(p)
    print(os.stat(p).st_mtime > 2_000_000)
    for kwargs in [dict(times=(1, 2), ns=(1, 2)), dict(times=5), dict(ns=[1, 2])]:
        try:
            os.utime(p, **kwargs)
        except (TypeError, ValueError) as e:
            print(type(e).__name__, e)
