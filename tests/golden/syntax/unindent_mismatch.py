# Dedenting to a column that matches no outer level: "unindent does not match any outer indentation level".
# coil-test: syntax-error
if True:
        x = 1
    y = 2
