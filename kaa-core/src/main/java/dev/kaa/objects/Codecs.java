package dev.kaa.objects;

import dev.kaa.strings.StrEncode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The text encodings written in Java — utf-8, ascii, latin-1, utf-16 and utf-32 (with or without BOM and byte
 * order) — behind {@code str.encode}, {@code bytes.decode} and the {@code _codecs} functions the stdlib's
 * {@code encodings} package calls. Any other encoding goes through the interpreter's codec registry (installed by the
 * runtime), as in CPython. Unencodable and undecodable input goes to {@link CodecErrors}; errors read as CPython's:
 * "'utf-8' codec can't decode byte 0xff in position 0: invalid start byte".
 */
public final class Codecs {
  private Codecs() {}

  /** The codecs written here. */
  public enum Codec {
    UTF_8("utf-8"), ASCII("ascii"), LATIN_1("latin-1"), UTF_16("utf-16"), UTF_16_LE("utf-16-le"),
    UTF_16_BE("utf-16-be"), UTF_32("utf-32"), UTF_32_LE("utf-32-le"), UTF_32_BE("utf-32-be");

    /** The name error messages use. */
    final String display;

    Codec(String display) { this.display = display; }
  }

  /** The interpreter's codec registry, for the encodings not written here. */
  public interface Registry {
    /** {@code codecs.encode(text, encoding, errors)}, checked to be bytes as {@code str.encode} checks it. */
    byte[] encode(String text, String encoding, String errors);

    /** {@code codecs.decode(data, encoding, errors)}, checked to be str as {@code bytes.decode} checks it. */
    String decode(byte[] data, String encoding, String errors);
  }

  /** The current interpreter's registry; none (every other encoding unknown) until the runtime installs it. */
  private static java.util.function.Supplier<Registry> registry = () -> null;

  public static void install(java.util.function.Supplier<Registry> currentInterpreters) {
    registry = currentInterpreters;
  }

  private static final Map<String, Codec> NAMES = Map.ofEntries(
      Map.entry("utf_8", Codec.UTF_8), Map.entry("utf8", Codec.UTF_8), Map.entry("u8", Codec.UTF_8),
      Map.entry("utf", Codec.UTF_8), Map.entry("cp65001", Codec.UTF_8),
      Map.entry("ascii", Codec.ASCII), Map.entry("us_ascii", Codec.ASCII), Map.entry("646", Codec.ASCII),
      Map.entry("latin_1", Codec.LATIN_1), Map.entry("latin1", Codec.LATIN_1), Map.entry("latin", Codec.LATIN_1),
      Map.entry("l1", Codec.LATIN_1), Map.entry("iso_8859_1", Codec.LATIN_1), Map.entry("iso8859_1", Codec.LATIN_1),
      Map.entry("8859", Codec.LATIN_1), Map.entry("cp819", Codec.LATIN_1),
      Map.entry("utf_16", Codec.UTF_16), Map.entry("utf16", Codec.UTF_16), Map.entry("u16", Codec.UTF_16),
      Map.entry("utf_16_le", Codec.UTF_16_LE), Map.entry("utf_16le", Codec.UTF_16_LE),
      Map.entry("utf_16_be", Codec.UTF_16_BE), Map.entry("utf_16be", Codec.UTF_16_BE),
      Map.entry("utf_32", Codec.UTF_32), Map.entry("utf32", Codec.UTF_32), Map.entry("u32", Codec.UTF_32),
      Map.entry("utf_32_le", Codec.UTF_32_LE), Map.entry("utf_32le", Codec.UTF_32_LE),
      Map.entry("utf_32_be", Codec.UTF_32_BE), Map.entry("utf_32be", Codec.UTF_32_BE));

  /** {@code s.encode(encoding, errors)}. */
  public static byte[] encode(String s, String encoding, String errors) {
    Codec c = NAMES.get(StrEncode.normalize(encoding));
    if (c != null) return encode(s, c, errors);
    Registry r = registry.get();
    if (r == null) throw unknownEncoding(encoding);
    return r.encode(s, encoding, errors);
  }

  /**
   * Raises the UnicodeEncodeError that encoding {@code s} to UTF-8 strictly would (a lone surrogate), without encoding
   * it: for the checks CPython makes by keeping a string in UTF-8 (a class's name and docstring).
   */
  public static void requireUtf8(String s) {
    if (StrEncode.hasLoneSurrogate(s)) encode(s, Codec.UTF_8, "strict");
  }

  /** {@code data.decode(encoding, errors)}. */
  public static String decode(byte[] data, String encoding, String errors) {
    Codec c = NAMES.get(StrEncode.normalize(encoding));
    if (c != null) return decode(data, c, errors, true).text();
    Registry r = registry.get();
    if (r == null) throw unknownEncoding(encoding);
    return r.decode(data, encoding, errors);
  }

  private static PyException unknownEncoding(String encoding) {
    return Errors.of(ExceptionTypes.LookupError, "unknown encoding: %s", encoding);
  }

  // ---- Encoding

  /** {@code s} encoded by {@code c}: the BOM forms of utf-16 and utf-32 are little-endian, as on CPython's hosts. */
  public static byte[] encode(String s, Codec c, String errors) {
    if (c == Codec.UTF_8 && !StrEncode.hasLoneSurrogate(s)) return s.getBytes(StandardCharsets.UTF_8);
    return switch (c) {
      case UTF_8, ASCII, LATIN_1 -> new Encoder(s, c, errors, 1, false).run();
      case UTF_16 -> new Encoder(s, c, errors, 2, false).bom().run();
      case UTF_16_LE -> new Encoder(s, c, errors, 2, false).run();
      case UTF_16_BE -> new Encoder(s, c, errors, 2, true).run();
      case UTF_32 -> new Encoder(s, c, errors, 4, false).bom().run();
      case UTF_32_LE -> new Encoder(s, c, errors, 4, false).run();
      case UTF_32_BE -> new Encoder(s, c, errors, 4, true).run();
    };
  }

  /** One encoding: the code points, the output, and how a code point is written. */
  private static final class Encoder {
    final int[] cps;
    final Codec codec;
    final String errors;
    /** Bytes per code unit: 1 for utf-8, ascii and latin-1. */
    final int width;
    final boolean bigEndian;
    final ByteArrayOutputStream out;

    Encoder(String s, Codec codec, String errors, int width, boolean bigEndian) {
      this.cps = s.codePoints().toArray();
      this.codec = codec;
      this.errors = errors;
      this.width = width;
      this.bigEndian = bigEndian;
      this.out = new ByteArrayOutputStream(cps.length * width + 4);
    }

    Encoder bom() {
      writeUnit(0xfeff);
      return this;
    }

    /** Code points at or above this cannot be encoded (surrogates never can). */
    private int limit() {
      return switch (codec) {
        case ASCII -> 0x80;
        case LATIN_1 -> 0x100;
        default -> 0x110000;
      };
    }

    private boolean encodable(int cp) {
      return cp < limit() && (cp < 0xd800 || cp > 0xdfff);
    }

    byte[] run() {
      String reason = codec == Codec.ASCII ? "ordinal not in range(128)"
          : codec == Codec.LATIN_1 ? "ordinal not in range(256)" : "surrogates not allowed";
      for (int i = 0; i < cps.length; ) {
        if (encodable(cps[i])) {
          write(cps[i++]);
          continue;
        }
        // utf-8, ascii and latin-1 report a run of unencodable characters at once, utf-16 and utf-32 each one
        int end = i + 1;
        if (width == 1) while (end < cps.length && !encodable(cps[end])) end++;
        CodecErrors.Replacement r = CodecErrors.encoding(errors, codec.display, cps, i, end, reason);
        if (r.bytes() != null) {
          if (r.bytes().length % width != 0) throw CodecErrors.encodeError(codec.display, cps, i, end, reason);
          out.writeBytes(r.bytes());
        } else {
          for (int k = 0; k < r.text().length(); k++) {
            char ch = r.text().charAt(k);
            if (ch >= (codec == Codec.LATIN_1 ? 0x100 : 0x80)) {
              throw CodecErrors.encodeError(codec.display, cps, i, end, reason);
            }
            write(ch);
          }
        }
        i = r.resume();
      }
      return out.toByteArray();
    }

    private void write(int cp) {
      if (codec == Codec.UTF_8) {
        StrEncode.writeUtf8(out, cp);
      } else if (width == 2 && cp > 0xffff) {
        writeUnit(Character.highSurrogate(cp));
        writeUnit(Character.lowSurrogate(cp));
      } else {
        writeUnit(cp);
      }
    }

    private void writeUnit(int unit) {
      for (int k = 0; k < width; k++) {
        int shift = bigEndian ? (width - 1 - k) * 8 : k * 8;
        out.write((unit >>> shift) & 0xff);
      }
    }
  }

  // ---- Decoding

  /**
   * A decoding's result: the text, how many bytes it used (all of them when {@code last}; otherwise an incomplete
   * sequence at the end is left for the next call), and for utf-16/utf-32 the byte order a BOM declared (-1 little,
   * 1 big, 0 none seen).
   */
  public record Decoded(String text, int consumed, int byteorder) {}

  /** {@code data} decoded by {@code c}; {@code last}: no more input follows (else an incomplete end waits). */
  public static Decoded decode(byte[] data, Codec c, String errors, boolean last) {
    Decoder d = new Decoder(data, c, errors, last);
    switch (c) {
      case UTF_8 -> d.utf8();
      case ASCII -> d.singleByte(0x80);
      case LATIN_1 -> d.singleByte(0x100);
      case UTF_16 -> d.utf16(d.bomOrder(2));
      case UTF_16_LE -> d.utf16(false);
      case UTF_16_BE -> d.utf16(true);
      case UTF_32 -> d.utf32(d.bomOrder(4));
      case UTF_32_LE -> d.utf32(false);
      case UTF_32_BE -> d.utf32(true);
    }
    return new Decoded(d.out.toString(), d.pos, d.byteorder);
  }

  /** One decoding: the input, the position and the text so far. */
  private static final class Decoder {
    final byte[] data;
    final Codec codec;
    final boolean last;
    /** The name errors give: for utf-16 and utf-32, the byte order found ("utf-16-le"). */
    String name;
    /** The byte order a BOM declared: -1 little, 1 big, 0 none. */
    int byteorder;
    final String errors;
    final StringBuilder out;
    int pos;
    /** Set when the input ends inside a sequence that more input could complete. */
    boolean waiting;

    Decoder(byte[] data, Codec codec, String errors, boolean last) {
      this.data = data;
      this.codec = codec;
      this.name = codec.display;
      this.errors = errors;
      this.last = last;
      this.out = new StringBuilder(data.length);
    }

    int at(int i) { return data[i] & 0xff; }

    /** The byte order a BOM at the start declares (the BOM is then skipped); little-endian without one. */
    boolean bomOrder(int width) {
      if (data.length < width) return false;
      long be = 0, le = 0;
      for (int k = 0; k < width; k++) {
        be = (be << 8) | at(k);
        le = (le << 8) | at(width - 1 - k);
      }
      if (be == 0xfeff || le == 0xfeff) {
        byteorder = be == 0xfeff ? 1 : -1;
        pos = width;
      }
      return be == 0xfeff;
    }

    /** An incomplete sequence {@code [pos, end of data)}: an error at the end of the input, else wait for more. */
    private void truncated(String reason) {
      if (last) {
        error(pos, data.length, reason);
      } else {
        waiting = true;
      }
    }

    void singleByte(int limit) {
      while (pos < data.length) {
        int b = at(pos);
        if (b < limit) {
          out.append((char) b);
          pos++;
        } else {
          error(pos, pos + 1, "ordinal not in range(128)");
        }
      }
    }

    void utf8() {
      int n = data.length;
      while (pos < n && !waiting) {
        int b = at(pos);
        if (b < 0x80) {
          out.append((char) b);
          pos++;
          continue;
        }
        int need, lo = 0x80, hi = 0xbf;
        if (b < 0xc2 || b > 0xf4) {
          error(pos, pos + 1, "invalid start byte");
          continue;
        } else if (b < 0xe0) {
          need = 1;
        } else if (b < 0xf0) {
          need = 2;
          if (b == 0xe0) lo = 0xa0;
          if (b == 0xed) hi = 0x9f;
        } else {
          need = 3;
          if (b == 0xf0) lo = 0x90;
          if (b == 0xf4) hi = 0x8f;
        }
        int cp = b & (0x3f >> need);
        int j = pos + 1;
        boolean ok = true;
        for (int k = 0; k < need; k++, j++) {
          if (j >= n) {
            truncated("unexpected end of data");
            ok = false;
            break;
          }
          int c = at(j);
          if (c < (k == 0 ? lo : 0x80) || c > (k == 0 ? hi : 0xbf)) {
            error(pos, j, "invalid continuation byte");
            ok = false;
            break;
          }
          cp = (cp << 6) | (c & 0x3f);
        }
        if (ok) {
          out.appendCodePoint(cp);
          pos = j;
        }
      }
    }

    void utf16(boolean bigEndian) {
      if (codec == Codec.UTF_16) name = bigEndian ? "utf-16-be" : "utf-16-le";
      int n = data.length;
      while (pos < n && !waiting) {
        if (n - pos < 2) {
          truncated("truncated data");
          continue;
        }
        int u = unit16(pos, bigEndian);
        if (u < 0xd800 || u > 0xdfff) {
          out.append((char) u);
          pos += 2;
        } else if (u >= 0xdc00) {
          error(pos, pos + 2, "illegal encoding");
        } else if (n - pos < 4) {
          truncated("unexpected end of data");
        } else {
          int low = unit16(pos + 2, bigEndian);
          if (low < 0xdc00 || low > 0xdfff) {
            error(pos, pos + 2, "illegal UTF-16 surrogate");
          } else {
            out.append((char) u).append((char) low);
            pos += 4;
          }
        }
      }
    }

    private int unit16(int i, boolean bigEndian) {
      return bigEndian ? (at(i) << 8) | at(i + 1) : at(i) | (at(i + 1) << 8);
    }

    void utf32(boolean bigEndian) {
      if (codec == Codec.UTF_32) name = bigEndian ? "utf-32-be" : "utf-32-le";
      int n = data.length;
      while (pos < n && !waiting) {
        if (n - pos < 4) {
          truncated("truncated data");
          continue;
        }
        long u = unit32(pos, bigEndian);
        if (u > 0x10ffff) {
          error(pos, pos + 4, "code point not in range(0x110000)");
        } else if (u >= 0xd800 && u <= 0xdfff) {
          error(pos, pos + 4, "code point in surrogate code point range(0xd800, 0xe000)");
        } else {
          out.appendCodePoint((int) u);
          pos += 4;
        }
      }
    }

    private long unit32(int i, boolean bigEndian) {
      long v = 0;
      for (int k = 0; k < 4; k++) {
        int b = at(bigEndian ? i + k : i + 3 - k);
        v = (v << 8) | b;
      }
      return v;
    }

    /** The bytes {@code [start, end)} cannot be decoded: apply the error handler and continue where it says. */
    void error(int start, int end, String reason) {
      CodecErrors.Replacement r = CodecErrors.decoding(errors, name, data, start, end, reason);
      out.append(r.text());
      pos = r.resume();
    }
  }
}
