# shutil.get_terminal_size reads COLUMNS/LINES, else the fallback; disk_usage is a named tuple.
import os
import shutil

os.environ['COLUMNS'] = '120'
os.environ['LINES'] = '50'
print(shutil.get_terminal_size())
del os.environ['COLUMNS'], os.environ['LINES']
print(shutil.get_terminal_size((33, 11)))
os.environ['COLUMNS'] = 'junk'
print(shutil.get_terminal_size(fallback=(70, 20)).columns)
u = shutil.disk_usage('/')
print(type(u).__name__, u._fields, u.total >= u.used >= 0, u.free >= 0)
try:
    shutil.disk_usage('/definitely/missing')
except FileNotFoundError as e:
    print(e)
