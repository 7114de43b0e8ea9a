# asyncio.run given a plain function's result: ValueError raised in runners.py
import asyncio


def not_async():
    return 1


asyncio.run(not_async())
