"""socket on loopback: a listening TCP socket, a client, sendall/recv, socketpair, UDP datagrams, errors."""
import socket

server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
server.bind(("127.0.0.1", 0))
server.listen()
host, port = server.getsockname()
print(host, port > 0, server.family == socket.AF_INET, server.type == socket.SOCK_STREAM)
client = socket.create_connection((host, port), timeout=5)
conn, addr = server.accept()
print(addr[0])
client.sendall(b"ping " * 1000)
received = b""
while len(received) < 5000:
    received += conn.recv(4096)
print(len(received), received[:10])
conn.sendall(b"pong")
print(client.recv(10))
client.shutdown(socket.SHUT_WR)
print(conn.recv(10))
conn.close(); client.close(); server.close()
a, b = socket.socketpair()
a.sendall(b"over a pair")
print(b.recv(100))
with a, b:
    b.send(b"x")
    print(a.recv(1), a.fileno() >= 0)
udp1 = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
udp1.bind(("127.0.0.1", 0))
udp2 = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
udp2.sendto(b"datagram", udp1.getsockname())
data, sender = udp1.recvfrom(100)
print(data, sender[0])
udp1.close(); udp2.close()
dead = socket.socket()
dead.bind(("127.0.0.1", 0))
free_port = dead.getsockname()[1]
dead.close()
try:
    socket.create_connection(("127.0.0.1", free_port), timeout=2)
except ConnectionRefusedError as e:
    print("refused:", e.errno)
s = socket.socket()
s.settimeout(0.5)
print(s.gettimeout(), socket.gethostbyname("localhost"), socket.inet_aton("10.1.2.3"), socket.htons(1))
s.close()
print(s.fileno())
