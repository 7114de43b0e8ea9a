# An irrefutable case before other cases is a SyntaxError.
# coil-test: syntax-error
match 1:
    case x:
        pass
    case 2:
        pass
