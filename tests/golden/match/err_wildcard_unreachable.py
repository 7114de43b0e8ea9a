# A wildcard alternative that is not last makes the rest unreachable.
# coil-test: syntax-error
match 1:
    case 1 | _ | 2:
        pass
