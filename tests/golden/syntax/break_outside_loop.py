# break outside a loop: "'break' outside loop".
# coil-test: syntax-error
if True:
    break
