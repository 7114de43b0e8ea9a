# A chat server with several clients: every message a client sends is
# broadcast to the others as "name: text". Clients join, talk in turn and
# leave; the server stops by itself. Run: coil examples/chat.py
import asyncio

clients = {}


async def serve(reader, writer):
    name = (await reader.readline()).decode().strip()
    clients[name] = writer
    await broadcast(f'* {name} joined', exclude=name)
    try:
        async for line in reader:
            await broadcast(f'{name}: {line.decode().strip()}', exclude=name)
    except ConnectionError:
        pass
    del clients[name]
    await broadcast(f'* {name} left', exclude=name)
    writer.close()


async def broadcast(text, exclude):
    for name, w in list(clients.items()):
        if name != exclude and not w.is_closing():
            try:
                w.write(text.encode() + b'\n')
                await w.drain()
            except ConnectionError:
                pass  # that member is leaving too


async def member(port, name, say, hear):
    reader, writer = await asyncio.open_connection('127.0.0.1', port)
    writer.write(name.encode() + b'\n')
    heard = []
    for turn in say:
        await turn['wait'].wait()
        if turn.get('text'):
            writer.write(turn['text'].encode() + b'\n')
            await writer.drain()
        for _ in range(turn.get('expect', 0)):
            heard.append((await reader.readline()).decode().strip())
        if 'done' in turn:
            turn['done'].set()
    writer.close()
    await writer.wait_closed()
    return name, heard


async def main():
    server = await asyncio.start_server(serve, '127.0.0.1', 0)
    port = server.sockets[0].getsockname()[1]
    go = asyncio.Event()
    go.set()
    a_spoke, b_spoke, c_spoke = asyncio.Event(), asyncio.Event(), asyncio.Event()
    everyone = asyncio.Event()

    async def joined():
        while len(clients) < 3:
            await asyncio.sleep(0.01)
        everyone.set()

    results = await asyncio.gather(
        member(port, 'ann', [{'wait': everyone, 'text': 'hi all', 'expect': 0, 'done': a_spoke},
                             {'wait': c_spoke, 'expect': 2}], None),
        member(port, 'bob', [{'wait': a_spoke, 'text': 'hello ann', 'expect': 1, 'done': b_spoke},
                             {'wait': c_spoke, 'expect': 1}], None),
        member(port, 'cy', [{'wait': b_spoke, 'text': 'hey', 'expect': 2, 'done': c_spoke}], None),
        joined(),
    )
    for r in results[:3]:
        print(r)
    server.close()
    await server.wait_closed()


asyncio.run(main())
