# Adding an option string twice: ArgumentError raised through argparse.py's add_argument frames.
import argparse

parser = argparse.ArgumentParser(prog="tool")
parser.add_argument("-v", "--verbose", action="store_true")
try:
    parser.add_argument("item", required=True)
except TypeError as e:
    print(e)
parser.add_argument("--verbose", help="again")
