package dev.kaa.modules.zlib;

import dev.kaa.modules.binascii.Checksums;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * One decompression stream: zlib (wbits 0, 8..15), raw (-15..-8), gzip (24..31) or either of zlib and gzip by the
 * first bytes (40..47). The gzip header and trailer are parsed here, the deflate data by the JDK's Inflater. After
 * each {@link #inflate} call, {@link #remaining} holds the input it did not use: what the output limit left, or what
 * follows the end of the stream.
 */
final class InflateStream {
  private enum Phase { DETECT, HEADER, BODY, TRAILER, DONE }

  private Inflater inflater;
  private Phase phase;
  private final byte[] dictionary;
  private boolean gzip;
  /** Header or trailer bytes gathered across calls. */
  private byte[] pending = new byte[0];
  private int crc;
  private long length;
  byte[] remaining = new byte[0];

  private InflateStream(Phase phase, boolean raw, byte[] dictionary) {
    this.phase = phase;
    this.dictionary = dictionary;
    if (phase == Phase.BODY) inflater = new Inflater(raw);
  }

  static boolean validWbits(int wbits) {
    return wbits == 0 || (wbits >= 8 && wbits <= 15) || (wbits >= -15 && wbits <= -8) || (wbits >= 24 && wbits <= 31)
        || (wbits >= 40 && wbits <= 47);
  }

  static InflateStream open(int wbits, byte[] dictionary) {
    if (!validWbits(wbits)) throw ZlibModule.error("Error -2 while preparing to decompress data: inconsistent stream state");
    if (wbits >= 40) return new InflateStream(Phase.DETECT, false, dictionary);
    if (wbits >= 24) {
      InflateStream s = new InflateStream(Phase.HEADER, true, dictionary);
      s.gzip = true;
      return s;
    }
    InflateStream s = new InflateStream(Phase.BODY, wbits < 0, dictionary);
    if (wbits < 0 && dictionary != null) s.inflater.setDictionary(dictionary);
    return s;
  }

  boolean finished() { return phase == Phase.DONE; }

  private static byte[] join(byte[] a, byte[] b, int from) {
    byte[] r = Arrays.copyOf(a, a.length + b.length - from);
    System.arraycopy(b, from, r, a.length, b.length - from);
    return r;
  }

  /** Inflates {@code input}, producing at most {@code maxLength} bytes (all when negative). */
  byte[] inflate(byte[] input, long maxLength) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] in = input;
    int pos = 0;
    while (true) {
      switch (phase) {
        case DETECT -> {
          pending = join(pending, in, pos);
          pos = in.length;
          if (pending.length < 2) {
            remaining = new byte[0];
            return out.toByteArray();
          }
          gzip = (pending[0] & 0xff) == 0x1f && (pending[1] & 0xff) == 0x8b;
          in = pending;
          pending = new byte[0];
          pos = 0;
          if (gzip) {
            phase = Phase.HEADER;
          } else {
            phase = Phase.BODY;
            inflater = new Inflater(false);
          }
        }
        case HEADER -> {
          pending = join(pending, in, pos);
          int size = gzipHeaderSize(pending);
          if (size < 0) {
            in = new byte[0];
            pos = 0;
            remaining = new byte[0];
            return out.toByteArray();
          }
          in = Arrays.copyOfRange(pending, size, pending.length);
          pos = 0;
          pending = new byte[0];
          inflater = new Inflater(true);
          phase = Phase.BODY;
        }
        case BODY -> {
          if (pos > 0) {
            in = Arrays.copyOfRange(in, pos, in.length);
            pos = 0;
          }
          inflater.setInput(in);
          byte[] chunk = new byte[65536];
          try {
            while (true) {
              int room = maxLength < 0 ? chunk.length : (int) Math.min(chunk.length, maxLength - out.size());
              if (room == 0) break;
              int n = inflater.inflate(chunk, 0, room);
              if (n > 0) {
                out.write(chunk, 0, n);
                if (gzip) {
                  crc = Checksums.crc32(Arrays.copyOf(chunk, n), crc);
                  length += n;
                }
                continue;
              }
              if (inflater.finished() || inflater.needsInput()) break;
              if (inflater.needsDictionary()) {
                if (dictionary == null) throw ZlibModule.error("Error 2 while decompressing data");
                inflater.setDictionary(dictionary);
              }
            }
          } catch (DataFormatException e) {
            throw ZlibModule.error("Error -3 while decompressing data: %s", e.getMessage());
          }
          int left = inflater.getRemaining();
          in = Arrays.copyOfRange(in, in.length - left, in.length);
          if (!inflater.finished()) {
            remaining = in;
            return out.toByteArray();
          }
          inflater.end();
          phase = gzip ? Phase.TRAILER : Phase.DONE;
        }
        case TRAILER -> {
          pending = join(pending, in, pos);
          if (pending.length < 8) {
            remaining = new byte[0];
            return out.toByteArray();
          }
          int storedCrc = littleInt(pending, 0), storedLength = littleInt(pending, 4);
          if (storedCrc != crc) throw ZlibModule.error("Error -3 while decompressing data: incorrect data check");
          if (storedLength != (int) length) {
            throw ZlibModule.error("Error -3 while decompressing data: incorrect length check");
          }
          in = Arrays.copyOfRange(pending, 8, pending.length);
          pos = 0;
          pending = new byte[0];
          phase = Phase.DONE;
        }
        case DONE -> {
          remaining = pos == 0 ? in : Arrays.copyOfRange(in, pos, in.length);
          return out.toByteArray();
        }
      }
    }
  }

  private static int littleInt(byte[] b, int at) {
    return (b[at] & 0xff) | (b[at + 1] & 0xff) << 8 | (b[at + 2] & 0xff) << 16 | (b[at + 3] & 0xff) << 24;
  }

  /** The length of the gzip header at the start of {@code b}, or -1 when it is not all there yet. */
  private static int gzipHeaderSize(byte[] b) {
    if (b.length < 10) return -1;
    if ((b[0] & 0xff) != 0x1f || (b[1] & 0xff) != 0x8b) {
      throw ZlibModule.error("Error -3 while decompressing data: incorrect header check");
    }
    if (b[2] != 8) throw ZlibModule.error("Error -3 while decompressing data: unknown compression method");
    int flags = b[3] & 0xff, at = 10;
    if ((flags & 4) != 0) {  // FEXTRA
      if (b.length < at + 2) return -1;
      at += 2 + ((b[at] & 0xff) | (b[at + 1] & 0xff) << 8);
    }
    for (int bit : new int[] {8, 16}) {  // FNAME, FCOMMENT: zero-terminated
      if ((flags & bit) != 0) {
        while (at < b.length && b[at] != 0) at++;
        if (at >= b.length) return -1;
        at++;
      }
    }
    if ((flags & 2) != 0) at += 2;  // FHCRC
    return at <= b.length ? at : -1;
  }
}
