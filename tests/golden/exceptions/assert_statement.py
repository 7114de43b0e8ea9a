# assert raises AssertionError with the optional message, evaluated only on failure.
def msg():
    print("message evaluated")
    return "custom"
assert True, msg()
try:
    assert 1 == 2, msg()
except AssertionError as e:
    print(repr(e), e.args)
try:
    assert []
except AssertionError as e:
    print(repr(e), e.args)
