# coil-test: helper
import circ_b
def helper():
    return "helper from a"
