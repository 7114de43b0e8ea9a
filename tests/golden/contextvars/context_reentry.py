# Context.run on a Context that is already entered raises RuntimeError; a copy can be entered
import contextvars

ctx = contextvars.copy_context()

def nested():
    try:
        ctx.run(print, 'never')
    except RuntimeError as e:
        print(str(e).startswith('cannot enter context: <_contextvars.Context object at'),
              str(e).endswith('is already entered'))
    other = ctx.copy()
    other.run(print, 'a copy can be entered')
    return 'done'

print(ctx.run(nested))
print(ctx.run(lambda: 'entered again after leaving'))
try:
    ctx.run()
except TypeError as e:
    print(e)
