# add_argument_group: titled sections with descriptions in the help.
import argparse

p = argparse.ArgumentParser(prog="srv", add_help=False)
net = p.add_argument_group("network", "Where to listen.")
net.add_argument("--host", default="localhost", help="address")
net.add_argument("--port", type=int, default=8000, help="port number")
auth = p.add_argument_group("authentication")
auth.add_argument("--user")
p.add_argument("config", help="config file")
p.print_help()
print(p.parse_args(["c.ini", "--port", "81"]))
