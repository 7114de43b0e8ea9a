# getcontext().prec, localcontext, Context objects, flags and traps.
from decimal import (Decimal as D, getcontext, localcontext, Context, ROUND_DOWN,
                     DivisionByZero, Inexact, Rounded, InvalidOperation)

ctx = getcontext()
print(ctx)
ctx.prec = 6
print(D(1) / D(7), D("123456789") + 0, D(2).sqrt())
with localcontext() as local:
    local.prec = 3
    print(D(1) / D(7), local.prec)
with localcontext(prec=10, rounding=ROUND_DOWN):
    print(D(2) / D(3))
print(D(1) / D(7), getcontext().prec)
ctx.prec = 28
ctx.clear_flags()
print(D(1) / D(3), ctx.flags[Inexact], ctx.flags[Rounded], ctx.flags[DivisionByZero])
ctx.traps[DivisionByZero] = False
print(D(1) / 0, D(-1) / 0, ctx.flags[DivisionByZero])
ctx.traps[DivisionByZero] = True
five = Context(prec=5, rounding=ROUND_DOWN)
print(five.divide(D(2), D(3)), five.create_decimal("3.14159265"), five.add(1, 2))
for bad in ["ctx.prec = 0", "ctx.rounding = 'up'", "ctx.Emax = -1"]:
    try:
        exec(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
