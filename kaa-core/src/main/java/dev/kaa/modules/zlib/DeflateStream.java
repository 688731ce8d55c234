package dev.kaa.modules.zlib;

import dev.kaa.modules.binascii.Checksums;
import java.io.ByteArrayOutputStream;
import java.util.zip.Deflater;

/**
 * One compression stream in the format wbits names: zlib (9..15), raw deflate (-15..-9) or gzip (25..31, whose
 * 10-byte header and CRC-32/length trailer are written here around the JDK's raw deflate, as zlib writes them).
 */
final class DeflateStream {
  private final Deflater deflater;
  private final boolean gzip;
  private final int level;
  private final int strategy;
  private boolean started;
  private boolean done;
  private int crc;
  private long length;
  private final byte[] buffer = new byte[65536];

  private DeflateStream(Deflater deflater, boolean gzip, int level, int strategy) {
    this.deflater = deflater;
    this.gzip = gzip;
    this.level = level;
    this.strategy = strategy;
  }

  static boolean validWbits(int wbits) {
    int a = Math.abs(wbits);
    return (wbits > 0 ? (wbits >= 9 && wbits <= 15) || (wbits >= 25 && wbits <= 31) : a >= 9 && a <= 15);
  }

  /** A stream of the given options; an invalid wbits is zlib's "Bad compression level" (its Z_STREAM_ERROR). */
  static DeflateStream open(int level, int wbits, int memLevel, int strategy) {
    if (!validWbits(wbits)) throw ZlibModule.error("Bad compression level");
    boolean gzip = wbits > 15;
    Deflater d = new Deflater(level, gzip || wbits < 0);
    switch (strategy) {
      case 1 -> d.setStrategy(Deflater.FILTERED);
      case 2 -> d.setStrategy(Deflater.HUFFMAN_ONLY);
      default -> { }
    }
    return new DeflateStream(d, gzip, level, strategy);
  }

  void setDictionary(byte[] dict) { deflater.setDictionary(dict); }

  boolean isDone() { return done; }

  private void header(ByteArrayOutputStream out) {
    if (started) return;
    started = true;
    if (!gzip) return;
    int xfl = level == 9 ? 2 : (strategy >= 2 || (level >= 0 && level < 2) ? 4 : 0);
    out.writeBytes(new byte[] {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, (byte) xfl, 3});
  }

  byte[] compress(byte[] data) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    header(out);
    if (gzip) {
      crc = Checksums.crc32(data, crc);
      length += data.length;
    }
    deflater.setInput(data);
    while (!deflater.needsInput()) drain(out, Deflater.NO_FLUSH);
    return out.toByteArray();
  }

  private int drain(ByteArrayOutputStream out, int flush) {
    int n = deflater.deflate(buffer, 0, buffer.length, flush);
    out.write(buffer, 0, n);
    return n;
  }

  /** A flush in zlib's modes: 2 sync, 3 full, 1 and 5 as sync (the JDK has no partial or block flush). */
  byte[] flush(int mode) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    header(out);
    int how = mode == 3 ? Deflater.FULL_FLUSH : Deflater.SYNC_FLUSH;
    while (drain(out, how) == buffer.length) {
      // a full buffer may have more behind it
    }
    return out.toByteArray();
  }

  byte[] finish() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    header(out);
    deflater.finish();
    while (!deflater.finished()) drain(out, Deflater.NO_FLUSH);
    deflater.end();
    done = true;
    if (gzip) {
      byte[] trailer = new byte[8];
      for (int k = 0; k < 4; k++) {
        trailer[k] = (byte) (crc >>> (8 * k));
        trailer[4 + k] = (byte) (length >>> (8 * k));
      }
      out.writeBytes(trailer);
    }
    return out.toByteArray();
  }
}
