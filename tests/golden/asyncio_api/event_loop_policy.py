# The event loop policy: default class, custom policies, and get/set/new_event_loop through it.
import asyncio

policy = asyncio.get_event_loop_policy()
print(type(policy).__name__, isinstance(policy, asyncio.AbstractEventLoopPolicy))
print(asyncio.DefaultEventLoopPolicy is type(policy))
loop = asyncio.new_event_loop()
print(isinstance(loop, asyncio.AbstractEventLoop))
asyncio.set_event_loop(loop)
print(asyncio.get_event_loop() is loop, policy.get_event_loop() is loop)
loop.close()
asyncio.set_event_loop(None)
try:
    policy.get_event_loop()
except RuntimeError as e:
    print("RuntimeError:", e)


class LoggingPolicy(asyncio.DefaultEventLoopPolicy):
    def new_event_loop(self):
        print("policy makes a loop")
        return super().new_event_loop()


async def main():
    return "ran"

asyncio.set_event_loop_policy(LoggingPolicy())
print(asyncio.run(main()))
for bad in (3, "policy"):
    try:
        asyncio.set_event_loop_policy(bad)
    except TypeError as e:
        print("TypeError:", e)
asyncio.set_event_loop_policy(None)
print(type(asyncio.get_event_loop_policy()).__name__)
try:
    asyncio.set_event_loop(5)
except TypeError as e:
    print("TypeError:", e)
