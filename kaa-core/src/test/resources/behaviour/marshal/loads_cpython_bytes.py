# marshal.loads reads CPython's bytes (every version's encodings), shares referenced objects, ignores trailing
# bytes, and fails as CPython does on bad data; dump/load work on files, load leaving the file after the object.
import marshal

samples = ["4e", "54", "46", "2e", "53", "e9e8030000", "69fbffffff", "49ffffffffffffff7f", "ec03000000000000000004",
           "6cfdffffff000000000001", "e7000000000000f83f", "660331652b31", "f9000000000000f03f0000000000000040",
           "7803312e35016a", "da03616263", "7a0161", "5a02", "f502000000c3a9", "7503000000eda080", "7403000000616263",
           "c103000000616263", "e103000000616263", "f302000000616263", "a902e901000000e902000000",
           "2802000000e901000000e902000000", "db02000000e9e8030000720100000000", "fbda016169010000003030",
           "bc02000000e901000000e902000000", "be01000000da0161", "db01000000720000000000",
           "5b02000000db01000000e9010000007200000000"]
for h in samples:
    try:
        v = marshal.loads(bytes.fromhex(h))
        print(h, repr(v))
    except Exception as e:
        print(h, type(e).__name__, e)
a = marshal.loads(bytes.fromhex("5b02000000db01000000e9010000007200000000"))
print(a[0] is a[1], marshal.loads(bytes.fromhex("db01000000720000000000"))[0] is not None)
interned = marshal.loads(bytes.fromhex("da03616263"))
print(interned == "abc", marshal.loads(b"Ntrailing"), marshal.loads(bytearray(b"T")), marshal.loads(memoryview(b"F")))
for h in ["", "00", "30", "7200000000", "6901", "5b02000000", "7b4e", "6c010000000000", "7a056162", "5bffffffff",
          "75020000004141", "3cffffffff", "28ffffffff", "6c0100000000ff", "3c010000005b00000000", "5b0100000030"]:
    try:
        print(repr(h), repr(marshal.loads(bytes.fromhex(h))))
    except Exception as e:
        print(repr(h), type(e).__name__, e)
try:
    marshal.loads("text")
except TypeError as e:
    print("TypeError:", e)


class File:
    def __init__(self, data=b""):
        self.data = data
        self.pos = 0

    def write(self, b):
        self.data += b

    def read(self, n=-1):
        chunk = self.data[self.pos:] if n < 0 else self.data[self.pos:self.pos + n]
        self.pos += len(chunk)
        return chunk

    def readinto(self, buf):
        chunk = self.data[self.pos:self.pos + len(buf)]
        buf[:len(chunk)] = chunk
        self.pos += len(chunk)
        return len(chunk)


out = File()
value = {"k": [1, 2.5]}
marshal.dump(value, out)
marshal.dump("second", out, 2)
print(out.data.hex())
inp = File(out.data)
print(marshal.load(inp), inp.pos, marshal.load(inp), inp.pos)
try:
    marshal.load(inp)
except EOFError as e:
    print("EOFError:", e)
