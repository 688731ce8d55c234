package dev.kaa.modules.hash;

import java.util.Arrays;

/**
 * The Keccak-f[1600] sponge behind SHA-3 and SHAKE (FIPS 202), for the SHAKE functions the JDK does not offer. Round
 * constants and rotation offsets are derived at start-up from their defining recurrences rather than tabulated.
 */
final class Keccak implements Digest {
  private static final long[] ROUND_CONSTANTS = new long[24];
  private static final int[] ROTATIONS = new int[25];

  static {
    int lfsr = 1;
    for (int round = 0; round < 24; round++) {
      long rc = 0;
      for (int j = 0; j < 7; j++) {
        if ((lfsr & 1) != 0) rc |= 1L << ((1 << j) - 1);
        lfsr = (lfsr & 0x80) != 0 ? (lfsr << 1) ^ 0x171 : lfsr << 1;
      }
      ROUND_CONSTANTS[round] = rc;
    }
    int x = 1, y = 0;
    for (int t = 0; t < 24; t++) {
      ROTATIONS[x + 5 * y] = ((t + 1) * (t + 2) / 2) % 64;
      int nx = y, ny = (2 * x + 3 * y) % 5;
      x = nx;
      y = ny;
    }
  }

  private final String name;
  private final int rate;
  private final byte suffix;
  private final int outputLength;
  private long[] state = new long[25];
  private byte[] block;
  private int filled;

  /** A sponge of {@code rate} bytes, domain {@code suffix} (0x06 SHA-3, 0x1f SHAKE), {@code outputLength} default. */
  Keccak(String name, int rate, byte suffix, int outputLength) {
    this.name = name;
    this.rate = rate;
    this.suffix = suffix;
    this.outputLength = outputLength;
    this.block = new byte[rate];
  }

  @Override public String name() { return name; }

  @Override public int digestSize() { return outputLength; }

  @Override public int blockSize() { return rate; }

  @Override public void update(byte[] data) {
    for (byte b : data) {
      block[filled++] = b;
      if (filled == rate) {
        absorb(state, block);
        filled = 0;
      }
    }
  }

  @Override public Digest copy() {
    Keccak k = new Keccak(name, rate, suffix, outputLength);
    k.state = state.clone();
    k.block = block.clone();
    k.filled = filled;
    return k;
  }

  @Override public byte[] digest() { return digest(outputLength); }

  /** The first {@code length} bytes of output, leaving this sponge as it was. */
  byte[] digest(int length) {
    long[] s = state.clone();
    byte[] last = Arrays.copyOf(block, rate);
    Arrays.fill(last, filled, rate, (byte) 0);
    last[filled] ^= suffix;
    last[rate - 1] ^= (byte) 0x80;
    absorb(s, last);
    byte[] out = new byte[length];
    for (int at = 0; at < length; at += rate) {
      if (at > 0) permute(s);
      for (int i = 0; i < rate && at + i < length; i++) out[at + i] = (byte) (s[i / 8] >>> (8 * (i % 8)));
    }
    return out;
  }

  private static void absorb(long[] s, byte[] block) {
    for (int i = 0; i < block.length; i++) s[i / 8] ^= (block[i] & 0xffL) << (8 * (i % 8));
    permute(s);
  }

  private static void permute(long[] a) {
    long[] c = new long[5], b = new long[25];
    for (int round = 0; round < 24; round++) {
      for (int x = 0; x < 5; x++) c[x] = a[x] ^ a[x + 5] ^ a[x + 10] ^ a[x + 15] ^ a[x + 20];
      for (int x = 0; x < 5; x++) {
        long d = c[(x + 4) % 5] ^ Long.rotateLeft(c[(x + 1) % 5], 1);
        for (int y = 0; y < 25; y += 5) a[x + y] ^= d;
      }
      for (int x = 0; x < 5; x++) {
        for (int y = 0; y < 5; y++) {
          b[y + 5 * ((2 * x + 3 * y) % 5)] = Long.rotateLeft(a[x + 5 * y], ROTATIONS[x + 5 * y]);
        }
      }
      for (int x = 0; x < 5; x++) {
        for (int y = 0; y < 25; y += 5) a[x + y] = b[x + y] ^ (~b[(x + 1) % 5 + y] & b[(x + 2) % 5 + y]);
      }
      a[0] ^= ROUND_CONSTANTS[round];
    }
  }
}
