# the built-in hash modules under hashlib: md5, sha1, sha2, sha3, shake, blake2 with its parameters
import _md5, _sha1, _sha2, _sha3, _blake2
big = bytes(i % 256 for i in range(3000))
for f in [_md5.md5, _sha1.sha1, _sha2.sha224, _sha2.sha256, _sha2.sha384, _sha2.sha512, _sha3.sha3_224, _sha3.sha3_256, _sha3.sha3_384, _sha3.sha3_512, _blake2.blake2b, _blake2.blake2s]:
    h = f(b'abc'); c = h.copy(); h.update(big)
    print(h.name, h.digest_size, h.block_size, h.hexdigest(), c.hexdigest(), f().digest()[:4], f(big).hexdigest() == h.copy().hexdigest())
for f in [_sha3.shake_128, _sha3.shake_256]:
    h = f(b'abc'); print(h.name, h.digest_size, h.block_size, h.hexdigest(10), h.digest(300)[-5:])
    try: h.digest()
    except TypeError as e: print(e)
print(_blake2.blake2b(b'x', digest_size=16, key=b'k', salt=b's', person=b'p').hexdigest(), _blake2.blake2s(b'x', digest_size=8).hexdigest())
for kw in [dict(digest_size=0), dict(digest_size=65), dict(key=b'k' * 65), dict(salt=b's' * 17), dict(person=b'p' * 17), dict(fanout=256), dict(depth=0)]:
    try: _blake2.blake2b(b'', **kw)
    except Exception as e: print(type(e).__name__, e)
try: _md5.md5('x')
except TypeError as e: print(e)
try: _sha2.sha256().update('x')
except TypeError as e: print(e)
print(_md5.md5(string=b'a').hexdigest(), _sha2.sha256(b'a', usedforsecurity=False).hexdigest())
print(sorted(x for x in dir(_blake2) if x.isupper()))
