"""asyncio streams on loopback: an echo server and clients, with StreamReader/StreamWriter."""
import asyncio

async def handle(reader, writer):
    while True:
        line = await reader.readline()
        if not line:
            break
        writer.write(line.upper())
        await writer.drain()
    writer.close()
    await writer.wait_closed()

async def client(port, messages):
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    replies = []
    for m in messages:
        writer.write(m.encode() + b"\n")
        await writer.drain()
        replies.append((await reader.readline()).decode().strip())
    writer.close()
    await writer.wait_closed()
    return replies

async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    async with server:
        results = await asyncio.gather(client(port, ["hello", "world"]), client(port, ["kaa", "on", "jvm"]))
        print(results)
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        writer.write(b"partial")
        writer.write_eof()
        print(await reader.read())
        writer.close()
        await writer.wait_closed()
    print("server closed", server.is_serving())

asyncio.run(main())
