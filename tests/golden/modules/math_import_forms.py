# import forms: from-import, aliases, and module attributes.
import math as m
from math import sqrt, pi as PI
from math import *
print(m.sqrt(9), sqrt(25), PI == m.pi, floor(2.7), type(m).__name__, m.__name__)
import sys, math
print(math is m, "math" in sys.modules)
