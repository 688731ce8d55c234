# _hashlib (OpenSSL's module in CPython): hashes by name, HMAC, PBKDF2 and their errors, as hashlib and hmac use them.
import _hashlib as h, hashlib, hmac
for c in ['h.pbkdf2_hmac("sha256", b"p", b"s", 0)','h.pbkdf2_hmac("sha256", b"p", b"s", 1, 0)','h.pbkdf2_hmac("foo", b"p", b"s", 1)','h.pbkdf2_hmac(1, b"p", b"s", 1)','h.pbkdf2_hmac("sha256", "p", b"s", 1)','h.pbkdf2_hmac("sha256", b"p", b"s", 2**40)', 'h.pbkdf2_hmac("SHA256", b"p", b"s", 1).hex()', 'h.pbkdf2_hmac("sha512", b"", b"", 3, 100).hex()', 'h.pbkdf2_hmac("sha1", b"p"*200, b"s", 2, 7).hex()', 'h.new("foo")','h.new("SHA256").name','h.hmac_new(b"k")','h.hmac_new(b"k", digestmod="foo")','h.hmac_new("k", digestmod="sha256")','h.hmac_new(b"k", b"m", "sha256").name','h.hmac_new(b"k", b"m", h.openssl_sha3_256).block_size', 'h.hmac_new(b"k", b"m", h.openssl_sha3_256).hexdigest()', 'h.hmac_new(b"k"*300, b"m", "sha512").hexdigest()','h.hmac_new(b"k", b"m", "shake_128")','h.hmac_digest(b"k", b"m", "md5").hex()', 'h.get_fips_mode()', 'h.openssl_sha256().name', 'h.UnsupportedDigestmodError.__mro__', 'h.pbkdf2_hmac("sha256", b"p", b"s", 1, None).hex()', 'h.new("sha512_256", b"x").hexdigest()', 'h.new(1)','h.new("sha256", "x")', 'h.hmac_digest(b"k", b"m", 3)', 'h.new("sha256", b"a", string=b"b")', 'h.openssl_sha256(b"a", string=b"b")', 'h.pbkdf2_hmac("sha256", b"p", b"s", 1, 2**40)', 'h.compare_digest(b"a", b"a")', 'hmac.new(b"k", b"m", hashlib.sha1).hexdigest()', 'hmac.new(b"k", b"m", "blake2b").hexdigest()[:20]', 'hmac.digest(b"k", b"m", "sha384").hex()[:20]', 'hashlib.new("sha3_256", b"x").hexdigest()[:16]', 'hashlib.shake_256(b"x").hexdigest(5)']:
    try:
        print(c, '->', repr(eval(c)))
    except Exception as e:
        print(c, type(e).__name__, e)
x = h.hmac_new(b"k", b"m", "sha256")
y = x.copy()
y.update(b"z")
print(x.hexdigest()[:8], y.hexdigest()[:8], x.digest_size, x.block_size)
