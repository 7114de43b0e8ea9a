# shlex.split ending in a lone backslash: 'No escaped character' from read_token.
import shlex

try:
    shlex.split('a b\\')
except ValueError as e:
    print("caught:", e)
shlex.split('x\\')
