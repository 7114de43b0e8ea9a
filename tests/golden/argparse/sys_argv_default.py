# parse_args() without a list reads sys.argv[1:]; prog defaults to basename(argv[0]).
import argparse
import sys

sys.argv = ["/usr/local/bin/mytool", "--count", "2", "file.txt"]
p = argparse.ArgumentParser()
p.add_argument("--count", type=int)
p.add_argument("path")
print(p.prog)
print(p.parse_args())
p.print_usage()
sys.argv = ["mytool", "--count"]
p.parse_args()
