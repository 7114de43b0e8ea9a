# Importing a module beside the script: its top level runs once, attributes and __name__.
import helper_mod
import helper_mod as again
from helper_mod import greet, CONSTANT
print(greet("Ada"), CONSTANT, helper_mod.__name__, again is helper_mod)
print(helper_mod.Counter().next(), helper_mod.Counter().next())
print(__name__)
