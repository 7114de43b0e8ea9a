# A race that never shows in testing: two shoppers want the last widget, and
# whoever's payment clears first gets it. Both payments take the same 100 ms,
# so which one clears first is down to timing the program does not control
# (here, two timers due at the same moment). Run it plainly and alice always
# wins; `coil --explore 50 examples/race.py` runs it under 50 schedules and
# reports both outcomes, with the seeds that produce each, and
# `coil --schedule-seed 0 examples/race.py` replays the one where bob wins.
# The fix is to decide under the check: reserve the widget (stock -= 1)
# before awaiting the payment, and put it back if the payment fails.
import asyncio

stock = 1


async def buy(customer):
    global stock
    if stock == 0:
        print(f"sorry {customer}, sold out before you started")
        return
    await asyncio.sleep(0.1)  # the payment service
    if stock > 0:
        stock -= 1
        print(f"{customer} got the last widget")
    else:
        print(f"sorry {customer}, sold out")


async def main():
    await asyncio.gather(buy("alice"), buy("bob"))


asyncio.run(main())
