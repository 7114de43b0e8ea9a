# shlex.split of an unclosed quote: ValueError raised through shlex.py's lexer frames.
import shlex

print(shlex.split('echo "done"'))
shlex.split('echo "not done')
