# format_exception_only: plain, with notes, SyntaxError location block, non-exception values.
import traceback

print(traceback.format_exception_only(KeyError("k")))
print(traceback.format_exception_only(ValueError()))
e = TypeError("bad type")
e.add_note("while loading config")
e.add_note("second note")
print(traceback.format_exception_only(e))
print(traceback.format_exception_only(type(e), e))
try:
    compile("x = = 1", "cfg.py", "exec")
except SyntaxError as err:
    print("".join(traceback.format_exception_only(err)), end="")
try:
    exec("def f(:\n  pass")
except SyntaxError as err:
    print(traceback.format_exception_only(err))


class AppError(Exception):
    pass


print(traceback.format_exception_only(AppError("custom")))
print(traceback.format_exception_only(None))
