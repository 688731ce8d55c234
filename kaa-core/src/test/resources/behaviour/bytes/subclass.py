class Packet(bytes):
    def checksum(self):
        return sum(self) % 256

    def __repr__(self):
        return 'Packet(' + bytes.__repr__(self) + ')'


p = Packet(b'\x01\x02\x03')
print(p, repr(p), p.checksum(), len(p), p[0], p[1:], type(p[1:]).__name__)
print(type(p + b'x').__name__, type(p.upper()).__name__, p == b'\x01\x02\x03', bytes(p), type(bytes(p)).__name__)
p.tag = 'T'
print(p.tag, isinstance(p, bytes), Packet.fromhex('0a0b'), type(Packet.fromhex('0a')).__name__)


class Buffer(bytearray):
    def push(self, value):
        self.append(value)
        return self


b = Buffer(b'ab')
b.push(99).push(100)
print(b, len(b), type(b).__name__, b.decode(), b == b'abcd')
b[0] = 65
del b[-1]
print(b, repr(b), type(b.copy()).__name__)
print(str(Packet(b'xy'), 'ascii'), memoryview(Packet(b'mv')).tobytes())
