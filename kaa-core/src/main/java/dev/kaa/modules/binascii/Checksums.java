package dev.kaa.modules.binascii;

import java.util.zip.CRC32;

/**
 * The checksums binascii and zlib share: CRC-32 (zlib's) and Adler-32 continued from any running value, and
 * CRC-CCITT (binascii's crc_hqx). The JDK's CRC32 (an intrinsic) serves a fresh CRC-32; a running one uses a table.
 */
public final class Checksums {
  private Checksums() {}

  private static final int[] CRC_TABLE = new int[256];

  static {
    for (int n = 0; n < 256; n++) {
      int c = n;
      for (int k = 0; k < 8; k++) c = (c & 1) != 0 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      CRC_TABLE[n] = c;
    }
  }

  /** CRC-32 of {@code data} continuing from {@code crc} (0 to start). */
  public static int crc32(byte[] data, int crc) {
    if (crc == 0) {
      CRC32 fresh = new CRC32();
      fresh.update(data);
      return (int) fresh.getValue();
    }
    int c = ~crc;
    for (byte b : data) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
    return ~c;
  }

  /** Adler-32 of {@code data} continuing from {@code adler} (1 to start). */
  public static int adler32(byte[] data, int adler) {
    final int mod = 65521;
    long a = adler & 0xffff, b = (adler >>> 16) & 0xffff;
    int i = 0;
    while (i < data.length) {
      int end = Math.min(data.length, i + 5552);  // the most bytes before b can overflow 32 bits
      for (; i < end; i++) {
        a += data[i] & 0xff;
        b += a;
      }
      a %= mod;
      b %= mod;
    }
    return (int) (b << 16 | a);
  }

  /** CRC-CCITT (polynomial 0x1021, MSB first) of {@code data} from {@code crc}. */
  public static int crcHqx(byte[] data, int crc) {
    int c = crc & 0xffff;
    for (byte b : data) {
      c ^= (b & 0xff) << 8;
      for (int k = 0; k < 8; k++) c = (c & 0x8000) != 0 ? (c << 1) ^ 0x1021 : c << 1;
      c &= 0xffff;
    }
    return c;
  }
}
