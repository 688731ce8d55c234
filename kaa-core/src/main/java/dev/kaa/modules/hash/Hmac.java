package dev.kaa.modules.hash;

/**
 * HMAC (RFC 2104) over any {@link Digest}: the key, hashed first when longer than a block, padded to the digest's
 * block size and mixed into an inner and an outer digest. SHA-3's block is its rate, as OpenSSL's HMAC takes it.
 */
final class Hmac {
  private final Digest inner, outer;

  private Hmac(Digest inner, Digest outer) {
    this.inner = inner;
    this.outer = outer;
  }

  /** {@code empty} is a new digest of the hash to use; it is not changed. */
  static Hmac of(Digest empty, byte[] key) {
    int block = empty.blockSize();
    if (key.length > block) {
      Digest d = empty.copy();
      d.update(key);
      key = d.digest();
    }
    byte[] innerPad = new byte[block], outerPad = new byte[block];
    for (int i = 0; i < block; i++) {
      byte k = i < key.length ? key[i] : 0;
      innerPad[i] = (byte) (k ^ 0x36);
      outerPad[i] = (byte) (k ^ 0x5c);
    }
    Digest inner = empty.copy(), outer = empty.copy();
    inner.update(innerPad);
    outer.update(outerPad);
    return new Hmac(inner, outer);
  }

  String name() { return inner.name(); }

  int digestSize() { return inner.digestSize(); }

  int blockSize() { return inner.blockSize(); }

  void update(byte[] data) { inner.update(data); }

  /** The MAC of what was fed so far; more may follow. */
  byte[] digest() {
    Digest o = outer.copy();
    o.update(inner.digest());
    return o.digest();
  }

  Hmac copy() { return new Hmac(inner.copy(), outer.copy()); }

  /** PBKDF2 (RFC 8018) with this HMAC, keyed by the password, as the pseudo-random function. */
  byte[] pbkdf2(byte[] salt, int iterations, int length) {
    byte[] out = new byte[length];
    int size = digestSize();
    for (int block = 1, at = 0; at < length; block++, at += size) {
      Hmac first = copy();
      first.update(salt);
      first.update(new byte[] {(byte) (block >>> 24), (byte) (block >>> 16), (byte) (block >>> 8), (byte) block});
      byte[] u = first.digest(), t = u.clone();
      for (int i = 1; i < iterations; i++) {
        Hmac next = copy();
        next.update(u);
        u = next.digest();
        for (int j = 0; j < t.length; j++) t[j] ^= u[j];
      }
      System.arraycopy(t, 0, out, at, Math.min(size, length - at));
    }
    return out;
  }
}
