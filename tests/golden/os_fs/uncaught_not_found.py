# An uncaught FileNotFoundError from os.stat prints CPython's traceback line.
import os
import tempfile

tmp = tempfile.mkdtemp()
os.rmdir(tmp)
os.chdir('/')
os.stat('x.txt')
