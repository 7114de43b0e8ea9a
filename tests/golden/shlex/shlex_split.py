# shlex.split: whitespace, single and double quotes, backslashes, empty words, comments.
import shlex

for line in [
    "ls -l /tmp",
    "  spaced   out\targs\n",
    "echo 'hello world' \"and more\"",
    'a"b c"d e\'f g\'h',
    r'say \"hi\" \\ \x',
    r'"in \"dq\" \$HOME \\ \n"',
    "'single \\ keeps' done",
    'empty "" words \'\' too',
    "cmd # a comment",
    "",
]:
    print(repr(line), shlex.split(line))
print(shlex.split("grep x file # trailing\nnext line", comments=True))
print(shlex.split("a#b c", comments=True), shlex.split("a#b c"))
