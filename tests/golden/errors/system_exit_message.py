# sys.exit("message") prints the message to stderr and exits with status 1.
import sys
sys.exit("fatal: giving up")
