# 'yield from' inside an async function is a SyntaxError.
# coil-test: syntax-error
async def agen():
    yield from [1, 2]
