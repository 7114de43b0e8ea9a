# continue outside a loop: "'continue' not properly in loop".
# coil-test: syntax-error
def f():
    continue
