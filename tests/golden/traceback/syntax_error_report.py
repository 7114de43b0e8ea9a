# format_exc of a caught SyntaxError from compile() shows the File/line/caret block before the message.
import sys
import traceback

try:
    compile("total = = 1", "settings.py", "exec")
except SyntaxError:
    print(traceback.format_exc())
try:
    exec("for x in range(3)\n    pass")
except SyntaxError as e:
    traceback.print_exception(e, limit=0, file=sys.stdout)
