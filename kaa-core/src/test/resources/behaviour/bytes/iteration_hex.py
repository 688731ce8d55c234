data = bytes([0, 17, 34, 51, 68, 85, 102, 119, 136, 153, 170, 187, 204, 221, 238, 255])
print(data, len(data), data.hex(), data.hex(' '), data.hex(':', -4))
print([b for b in data if b % 2 == 0], sum(data), max(data), min(data))
print(bytes.fromhex(data.hex()) == data, bytearray.fromhex('ff 00 10'))
total = 0
for i, b in enumerate(b'abc'):
    total += i * b
print(total, list(reversed(b'xyz')), sorted(b'cab'))
checksum = 0
for b in 'caf\u00e9 \U0001f600'.encode():
    checksum = (checksum * 31 + b) % 65521
print(checksum, 'caf\u00e9 \U0001f600'.encode().hex('-'))
ba = bytearray()
for n in [0, 1, 2, 3, 4]:
    ba.append(n * n)
    ba += bytes([n])
print(ba, ba.count(0), ba.find(16), ba.rfind(b'\x04'), bytes(ba).split(b'\x01'))
it = iter(ba)
print(next(it), next(it), type(it).__name__, list(it)[:3])
print(b'a' in b'abc', 98 in bytearray(b'abc'), b'' in b'', b'abc'.index(b'c'))
