# coil-test: helper
try:
    from circ_a import helper
except ImportError as e:
    print("ImportError:", e)
import circ_a
try:
    circ_a.helper
except AttributeError as e:
    print("AttributeError:", e)
