"""hashlib, hmac, base64, binascii, zlib and gzip: digests, MACs, encodings and compression round trips."""
import base64
import binascii
import gzip
import hashlib
import hmac
import zlib

data = b"The quick brown fox jumps over the lazy dog"
for name in ["md5", "sha1", "sha224", "sha256", "sha384", "sha512", "sha3_256", "blake2b", "blake2s"]:
    print(name, hashlib.new(name, data).hexdigest())
h = hashlib.sha256()
h.update(b"The quick brown fox ")
h.update(b"jumps over the lazy dog")
print(h.hexdigest() == hashlib.sha256(data).hexdigest(), h.digest_size, h.block_size, h.name)
print(hashlib.blake2b(data, digest_size=16, key=b"k").hexdigest(), hashlib.shake_128(data).hexdigest(10))
print(hashlib.pbkdf2_hmac("sha256", b"password", b"salt", 1000).hex())
mac = hmac.new(b"secret", data, hashlib.sha256)
print(mac.hexdigest(), hmac.compare_digest(mac.digest(), hmac.digest(b"secret", data, "sha256")))
print(base64.b64encode(data), base64.urlsafe_b64encode(b"\xfb\xff"), base64.b32encode(b"kaa"), base64.b16encode(b"\x01\xab"))
print(base64.b64decode(b"aGVsbG8="), base64.a85encode(b"hello"), base64.b85decode(base64.b85encode(b"xyz")))
try:
    base64.b64decode(b"abc", validate=True)
except binascii.Error as e:
    print("binascii.Error:", e)
print(binascii.hexlify(b"\x00\xff", "-"), binascii.crc32(data), zlib.adler32(data), binascii.unhexlify("cafe"))
comp = zlib.compress(data * 20, level=9)
print(len(data * 20), len(comp), zlib.decompress(comp) == data * 20, zlib.crc32(data))
co = zlib.compressobj(wbits=-15)
raw = co.compress(data) + co.flush()
print(zlib.decompress(raw, wbits=-15) == data)
do = zlib.decompressobj()
print(do.decompress(comp[:10]) + do.decompress(comp[10:]) == data * 20, do.eof)
gz = gzip.compress(b"gzip me " * 10, mtime=0)
print(gz[:4], gzip.decompress(gz))
try:
    zlib.decompress(b"not zlib")
except zlib.error as e:
    print("zlib.error:", e)
