# IsolatedAsyncioTestCase: setUp, asyncSetUp, the coroutine test, asyncTearDown, tearDown, cleanups.
import asyncio
import unittest


class T(unittest.IsolatedAsyncioTestCase):
    def setUp(self):
        print("setUp")

    async def asyncSetUp(self):
        await asyncio.sleep(0)
        print("asyncSetUp")
        self.addAsyncCleanup(self.on_cleanup)

    async def on_cleanup(self):
        print("async cleanup")

    async def test_sleep(self):
        result = await asyncio.gather(asyncio.sleep(0.01, "a"), asyncio.sleep(0, "b"))
        self.assertEqual(result, ["a", "b"])
        print("test ran")

    def test_sync(self):
        print("sync test", asyncio.get_event_loop().is_closed())

    async def asyncTearDown(self):
        print("asyncTearDown")

    def tearDown(self):
        print("tearDown")


unittest.main(verbosity=2)
