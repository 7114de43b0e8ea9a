# expandvars replaces $NAME and ${NAME} from os.environ and leaves unknown ones; expanduser uses HOME.
import os
import os.path

os.environ['GREETING'] = 'hello'
os.environ['HOME'] = '/home/someone'
for p in ['$GREETING/x', '${GREETING}y', '$NOPE_NOT_SET/z', '${NOPE_NOT_SET}', 'a$', '$$', '${', 'plain', b'$GREETING']:
    print(repr(p), repr(os.path.expandvars(p)))
for p in ['~', '~/docs', 'a/~', '~nosuchuser_xyz/q', b'~/b']:
    print(repr(p), repr(os.path.expanduser(p)))
