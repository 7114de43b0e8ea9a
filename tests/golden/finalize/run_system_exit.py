# SystemExit raised in the main coroutine exits with its code and reports nothing.
import asyncio
async def main():
    raise SystemExit(3)
asyncio.run(main())
