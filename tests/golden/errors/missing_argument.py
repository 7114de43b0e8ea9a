# Missing required positional arguments are listed by name.
def connect(host, port, timeout):
    pass
connect("localhost")
