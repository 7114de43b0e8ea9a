# The first matching except clause wins; subclasses listed after a base are unreachable.
def classify(exc):
    try:
        raise exc
    except KeyError:
        return "KeyError"
    except LookupError:
        return "LookupError"
    except Exception as e:
        return "Exception " + type(e).__name__
print(classify(KeyError()), classify(IndexError()), classify(ValueError()))
try:
    try:
        raise TypeError("t")
    except ValueError:
        print("not here")
except TypeError as e:
    print("propagated", e)
