# A sub-command's --help uses "prog cmd" as its prog.
import argparse

p = argparse.ArgumentParser(prog="git")
sub = p.add_subparsers(title="commands", dest="command", metavar="COMMAND")
c = sub.add_parser("commit", help="record changes", description="Record changes.")
c.add_argument("-m", "--message", required=True)
sub.add_parser("status", aliases=["st"], help="show status")
p.print_help()
print(p.parse_args(["st"]))
p.parse_args(["commit", "-h"])
