package dev.kaa.modules.hash;

import java.util.Arrays;

/**
 * BLAKE2b (64-bit words, 12 rounds) and BLAKE2s (32-bit words, 10 rounds) of RFC 7693 with the full parameter block
 * (key, salt, personalisation, tree parameters) as CPython's {@code _blake2} takes it. One class for both: BLAKE2s
 * keeps its 32-bit words in the low half of the longs.
 */
final class Blake2 implements Digest {
  private static final long[] IV_B = {0x6a09e667f3bcc908L, 0xbb67ae8584caa73bL, 0x3c6ef372fe94f82bL,
      0xa54ff53a5f1d36f1L, 0x510e527fade682d1L, 0x9b05688c2b3e6c1fL, 0x1f83d9abfb41bd6bL, 0x5be0cd19137e2179L};
  private static final byte[][] SIGMA = {
      {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15},
      {14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3},
      {11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4},
      {7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8},
      {9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13},
      {2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9},
      {12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11},
      {13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10},
      {6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5},
      {10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0}};

  /** The parameters of one hash; {@code big} selects BLAKE2b. */
  record Params(boolean big, int digestSize, byte[] key, byte[] salt, byte[] person, int fanout, int depth,
      long leafSize, long nodeOffset, int nodeDepth, int innerSize, boolean lastNode) {}

  private final Params p;
  private final int wordBytes, blockBytes;
  private long[] h = new long[8];
  private long countLow, countHigh;
  private byte[] buffer;
  private int filled;

  Blake2(Params p) {
    this.p = p;
    wordBytes = p.big() ? 8 : 4;
    blockBytes = 16 * wordBytes;
    buffer = new byte[blockBytes];
    byte[] param = new byte[8 * wordBytes];
    param[0] = (byte) p.digestSize();
    param[1] = (byte) p.key().length;
    param[2] = (byte) p.fanout();
    param[3] = (byte) p.depth();
    putLittle(param, 4, 4, p.leafSize());
    putLittle(param, 8, p.big() ? 8 : 6, p.nodeOffset());
    param[p.big() ? 16 : 14] = (byte) p.nodeDepth();
    param[p.big() ? 17 : 15] = (byte) p.innerSize();
    System.arraycopy(p.salt(), 0, param, p.big() ? 32 : 16, p.salt().length);
    System.arraycopy(p.person(), 0, param, p.big() ? 48 : 24, p.person().length);
    for (int i = 0; i < 8; i++) h[i] = iv(i) ^ getLittle(param, i * wordBytes, wordBytes);
    if (p.key().length > 0) {
      update(Arrays.copyOf(p.key(), blockBytes));
    }
  }

  private long iv(int i) { return p.big() ? IV_B[i] : IV_B[i] >>> 32; }

  private static void putLittle(byte[] b, int at, int n, long v) {
    for (int k = 0; k < n; k++) b[at + k] = (byte) (v >>> (8 * k));
  }

  private static long getLittle(byte[] b, int at, int n) {
    long v = 0;
    for (int k = n - 1; k >= 0; k--) v = v << 8 | (b[at + k] & 0xff);
    return v;
  }

  @Override public String name() { return p.big() ? "blake2b" : "blake2s"; }

  @Override public int digestSize() { return p.digestSize(); }

  @Override public int blockSize() { return blockBytes; }

  @Override public void update(byte[] data) {
    for (byte b : data) {
      if (filled == blockBytes) {  // a full block is compressed only when more follows: the last is final
        addCount(blockBytes);
        compress(h, buffer, false);
        filled = 0;
      }
      buffer[filled++] = b;
    }
  }

  private void addCount(int n) {
    if (p.big()) {
      long old = countLow;
      countLow += n;
      if (Long.compareUnsigned(countLow, old) < 0) countHigh++;
    } else {
      countLow = (countLow + n) & 0xffffffffL;
      if (countLow < n) countHigh = (countHigh + 1) & 0xffffffffL;
    }
  }

  @Override public Digest copy() {
    Blake2 c = new Blake2(p);
    c.h = h.clone();
    c.countLow = countLow;
    c.countHigh = countHigh;
    c.buffer = buffer.clone();
    c.filled = filled;
    return c;
  }

  @Override public byte[] digest() {
    Blake2 c = (Blake2) copy();
    c.addCount(c.filled);
    Arrays.fill(c.buffer, c.filled, blockBytes, (byte) 0);
    c.compress(c.h, c.buffer, true);
    byte[] all = new byte[8 * wordBytes];
    for (int i = 0; i < 8; i++) putLittle(all, i * wordBytes, wordBytes, c.h[i]);
    return Arrays.copyOf(all, p.digestSize());
  }

  private long mask(long v) { return p.big() ? v : v & 0xffffffffL; }

  private long rotr(long v, int n) {
    return p.big() ? Long.rotateRight(v, n) : ((v >>> n) | (v << (32 - n))) & 0xffffffffL;
  }

  private void compress(long[] state, byte[] block, boolean last) {
    long[] m = new long[16], v = new long[16];
    for (int i = 0; i < 16; i++) m[i] = getLittle(block, i * wordBytes, wordBytes);
    for (int i = 0; i < 8; i++) {
      v[i] = state[i];
      v[i + 8] = iv(i);
    }
    v[12] ^= countLow;
    v[13] ^= countHigh;
    if (last) {
      v[14] = mask(~v[14]);
      if (p.lastNode()) v[15] = mask(~v[15]);
    }
    int[] r = p.big() ? new int[] {32, 24, 16, 63} : new int[] {16, 12, 8, 7};
    int rounds = p.big() ? 12 : 10;
    for (int round = 0; round < rounds; round++) {
      byte[] s = SIGMA[round % 10];
      mix(v, 0, 4, 8, 12, m[s[0]], m[s[1]], r);
      mix(v, 1, 5, 9, 13, m[s[2]], m[s[3]], r);
      mix(v, 2, 6, 10, 14, m[s[4]], m[s[5]], r);
      mix(v, 3, 7, 11, 15, m[s[6]], m[s[7]], r);
      mix(v, 0, 5, 10, 15, m[s[8]], m[s[9]], r);
      mix(v, 1, 6, 11, 12, m[s[10]], m[s[11]], r);
      mix(v, 2, 7, 8, 13, m[s[12]], m[s[13]], r);
      mix(v, 3, 4, 9, 14, m[s[14]], m[s[15]], r);
    }
    for (int i = 0; i < 8; i++) state[i] ^= v[i] ^ v[i + 8];
  }

  private void mix(long[] v, int a, int b, int c, int d, long x, long y, int[] r) {
    v[a] = mask(v[a] + v[b] + x);
    v[d] = rotr(v[d] ^ v[a], r[0]);
    v[c] = mask(v[c] + v[d]);
    v[b] = rotr(v[b] ^ v[c], r[1]);
    v[a] = mask(v[a] + v[b] + y);
    v[d] = rotr(v[d] ^ v[a], r[2]);
    v[c] = mask(v[c] + v[d]);
    v[b] = rotr(v[b] ^ v[c], r[3]);
  }
}
