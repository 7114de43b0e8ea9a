# The shlex.shlex lexer: classic and POSIX modes, punctuation_chars, push_token, comments.
import shlex

print(list(shlex.shlex('x = 1 + foo(bar) # comment')))
print(list(shlex.shlex("a 'b c' \"d\"")))
print(list(shlex.shlex('a && b; c > out.txt', punctuation_chars=True)))
print(list(shlex.shlex('ls ~/x.txt|wc -l', punctuation_chars=True)))
lex = shlex.shlex("echo 'hi there' \"a b\" c\\ d", posix=True)
lex.whitespace_split = True
print([lex.get_token() for _ in range(5)])
lex = shlex.shlex('one two\nthree')
lex.push_token('zero')
print(lex.get_token(), lex.get_token(), lex.lineno)
print(lex.get_token(), lex.get_token(), lex.lineno, repr(lex.get_token()))
print(lex.error_leader('conf', 3))
print(shlex.split('a "b c" # rest', comments=True))
print(shlex.split('a"b"c "x\\"y" \'p\\q\' "" e'))
