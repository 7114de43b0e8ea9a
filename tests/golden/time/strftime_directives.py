# time.strftime directives on a fixed struct_time, asctime/ctime, mktime/localtime/timezone under TZ=UTC.
import time

t = time.gmtime(1700000000)
print(time.strftime("%Y-%m-%d %H:%M:%S", t))
print(time.strftime("%a %A %b %B %j %U %W %w %y %p %I %%", t))
print(time.strftime("%c | %x | %X | %D | %e", t))
print(time.asctime(t), time.asctime(time.gmtime(0)))
print(time.ctime(1700000000), time.ctime(0))
print(time.mktime(time.localtime(1700000000)), time.localtime(1700000000))
print(time.timezone, time.altzone, time.daylight, time.tzname)
