package dev.kaa.objects;

import dev.kaa.strings.StrEncode;
import java.io.ByteArrayOutputStream;
import java.util.Map;

/**
 * The standard text encodings {@code str.encode} and {@code bytes.decode} need without the codecs module: utf-8,
 * ascii, latin-1 (encoding through {@link StrEncode}) and utf-16/utf-32 with or without BOM and byte order, with the
 * error handlers strict, ignore, replace, backslashreplace, surrogateescape, surrogatepass (and xmlcharrefreplace
 * when encoding). Errors read as CPython's: "'utf-8' codec can't decode byte 0xff in position 0: invalid start byte".
 */
public final class Codecs {
  private Codecs() {}

  private enum Codec {
    UTF_8("utf-8"), ASCII("ascii"), LATIN_1("latin-1"), UTF_16("utf-16"), UTF_16_LE("utf-16-le"),
    UTF_16_BE("utf-16-be"), UTF_32("utf-32"), UTF_32_LE("utf-32-le"), UTF_32_BE("utf-32-be");

    /** The name error messages use. */
    final String display;

    Codec(String display) { this.display = display; }
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

  private static Codec lookup(String encoding) {
    Codec c = NAMES.get(StrEncode.normalize(encoding));
    if (c == null) throw Errors.of(ExceptionTypes.LookupError, "unknown encoding: %s", encoding);
    return c;
  }

  // ---- Encoding

  /** {@code s.encode(encoding, errors)}. */
  public static byte[] encode(String s, String encoding, String errors) {
    Codec c = lookup(encoding);
    return switch (c) {
      case UTF_8, ASCII, LATIN_1 -> StrEncode.encode(s, c.display, errors);
      case UTF_16 -> encodeWide(s, 2, false, true, c, errors);
      case UTF_16_LE -> encodeWide(s, 2, false, false, c, errors);
      case UTF_16_BE -> encodeWide(s, 2, true, false, c, errors);
      case UTF_32 -> encodeWide(s, 4, false, true, c, errors);
      case UTF_32_LE -> encodeWide(s, 4, false, false, c, errors);
      case UTF_32_BE -> encodeWide(s, 4, true, false, c, errors);
    };
  }

  /** UTF-16 or UTF-32: code units of {@code width} bytes; the BOM forms are little-endian, as on CPython's hosts. */
  private static byte[] encodeWide(String s, int width, boolean bigEndian, boolean bom, Codec codec, String errors) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(s.length() * width + 4);
    if (bom) writeUnit(out, 0xfeff, width, bigEndian);
    int[] cps = s.codePoints().toArray();
    for (int i = 0; i < cps.length; ) {
      int cp = cps[i];
      if (cp < 0xd800 || cp > 0xdfff) {
        writeCodePoint(out, cp, width, bigEndian);
        i++;
        continue;
      }
      // UTF-16 and UTF-32 report each surrogate on its own (UTF-8 reports a run)
      switch (errors) {
        case "strict", "surrogateescape" -> throw encodeError(codec, s, cps, i, i + 1, "surrogates not allowed");
        case "ignore" -> { }
        case "replace" -> writeUnit(out, '?', width, bigEndian);
        case "surrogatepass" -> writeUnit(out, cp, width, bigEndian);
        case "backslashreplace", "xmlcharrefreplace" -> {
          String text = errors.equals("xmlcharrefreplace") ? "&#" + cp + ";" : String.format("\\u%04x", cp);
          for (int j = 0; j < text.length(); j++) writeUnit(out, text.charAt(j), width, bigEndian);
        }
        default -> throw unknownHandler(errors);
      }
      i++;
    }
    return out.toByteArray();
  }

  private static void writeCodePoint(ByteArrayOutputStream out, int cp, int width, boolean bigEndian) {
    if (width == 2 && cp > 0xffff) {
      writeUnit(out, Character.highSurrogate(cp), 2, bigEndian);
      writeUnit(out, Character.lowSurrogate(cp), 2, bigEndian);
    } else {
      writeUnit(out, cp, width, bigEndian);
    }
  }

  private static void writeUnit(ByteArrayOutputStream out, int unit, int width, boolean bigEndian) {
    for (int k = 0; k < width; k++) {
      int shift = bigEndian ? (width - 1 - k) * 8 : k * 8;
      out.write((unit >>> shift) & 0xff);
    }
  }

  private static PyException encodeError(Codec codec, String s, int[] cps, int start, int end, String reason) {
    return PyUnicodeError.encodeError(codec.display, s, start, end, reason);
  }

  private static PyException unknownHandler(String errors) {
    return Errors.of(ExceptionTypes.LookupError, "unknown error handler name '%s'", errors);
  }

  // ---- Decoding

  /** {@code data.decode(encoding, errors)}. */
  public static String decode(byte[] data, String encoding, String errors) {
    Codec c = lookup(encoding);
    Decoder d = new Decoder(data, c, errors);
    switch (c) {
      case UTF_8 -> d.utf8();
      case ASCII -> d.singleByte(0x80);
      case LATIN_1 -> d.singleByte(0x100);
      case UTF_16 -> d.utf16(bomOrder(data, 2));
      case UTF_16_LE -> d.utf16(false);
      case UTF_16_BE -> d.utf16(true);
      case UTF_32 -> d.utf32(bomOrder(data, 4));
      case UTF_32_LE -> d.utf32(false);
      case UTF_32_BE -> d.utf32(true);
    }
    return d.out.toString();
  }

  /** The byte order a BOM at the start declares (the BOM is then skipped); little-endian without one. */
  private static boolean bomOrder(byte[] data, int width) {
    if (data.length < width) return false;
    long be = 0;
    for (int k = 0; k < width; k++) be = (be << 8) | (data[k] & 0xff);
    return be == 0xfeff;
  }

  /** One decoding: the input, the position and the text so far. */
  private static final class Decoder {
    final byte[] data;
    final Codec codec;
    /** The name errors give: for utf-16 and utf-32, the byte order found ("utf-16-le"). */
    String name;
    /** The byte order of utf-16 and utf-32 input. */
    boolean bigEndian;
    final String errors;
    final StringBuilder out;
    int pos;

    Decoder(byte[] data, Codec codec, String errors) {
      this.data = data;
      this.codec = codec;
      this.name = codec.display;
      this.errors = errors;
      this.out = new StringBuilder(data.length);
    }

    int at(int i) { return data[i] & 0xff; }

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
      while (pos < n) {
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
            error(pos, n, "unexpected end of data");
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
      this.bigEndian = bigEndian;
      if (codec == Codec.UTF_16) name = bigEndian ? "utf-16-be" : "utf-16-le";
      if (codec == Codec.UTF_16 && data.length >= 2 && unit16(0, bigEndian) == 0xfeff) pos = 2;
      int n = data.length;
      while (pos < n) {
        if (n - pos < 2) {
          error(pos, n, "truncated data");
          continue;
        }
        int u = unit16(pos, bigEndian);
        if (u < 0xd800 || u > 0xdfff) {
          out.append((char) u);
          pos += 2;
        } else if (u >= 0xdc00) {
          error(pos, pos + 2, "illegal encoding");
        } else if (n - pos < 4) {
          error(pos, n, "unexpected end of data");
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
      this.bigEndian = bigEndian;
      if (codec == Codec.UTF_32) name = bigEndian ? "utf-32-be" : "utf-32-le";
      if (codec == Codec.UTF_32 && data.length >= 4 && unit32(0, bigEndian) == 0xfeff) pos = 4;
      int n = data.length;
      while (pos < n) {
        if (n - pos < 4) {
          error(pos, n, "truncated data");
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

    /** The bytes {@code [start, end)} cannot be decoded: apply the error handler and continue after them. */
    void error(int start, int end, String reason) {
      switch (errors) {
        case "strict" -> throw decodeError(start, end, reason);
        case "ignore" -> { }
        case "replace" -> out.append('\ufffd');
        case "backslashreplace" -> {
          for (int i = start; i < end; i++) out.append(String.format("\\x%02x", at(i)));
        }
        case "surrogateescape" -> {
          // CPython's handler escapes at most 4 leading bytes >= 0x80, then decoding resumes after them
          int n = 0;
          while (n < 4 && start + n < end && at(start + n) >= 0x80) n++;
          if (n == 0) throw decodeError(start, end, reason);
          for (int i = start; i < start + n; i++) out.append((char) (0xdc00 + at(i)));
          pos = start + n;
          return;
        }
        case "surrogatepass" -> {
          int n = passSurrogate(start);
          if (n == 0) throw decodeError(start, end, reason);
          pos = start + n;
          return;
        }
        default -> throw unknownHandler(errors);
      }
      pos = end;
    }

    /** surrogatepass: a surrogate encoded at {@code start} in this codec is decoded as itself; its length, or 0. */
    private int passSurrogate(int start) {
      int unit, n;
      switch (codec) {
        case UTF_8 -> {
          if (start + 3 > data.length || at(start) != 0xed || at(start + 1) < 0xa0 || at(start + 1) > 0xbf
              || at(start + 2) < 0x80 || at(start + 2) > 0xbf) {
            return 0;
          }
          unit = 0xd000 | ((at(start + 1) & 0x3f) << 6) | (at(start + 2) & 0x3f);
          n = 3;
        }
        case UTF_16, UTF_16_LE, UTF_16_BE -> {
          if (start + 2 > data.length) return 0;
          unit = unit16(start, bigEndian);
          n = 2;
        }
        case UTF_32, UTF_32_LE, UTF_32_BE -> {
          if (start + 4 > data.length) return 0;
          long u = unit32(start, bigEndian);
          unit = u > 0xffff ? 0 : (int) u;
          n = 4;
        }
        default -> {
          return 0;
        }
      }
      if (unit < 0xd800 || unit > 0xdfff) return 0;
      out.append((char) unit);
      return n;
    }

    private PyException decodeError(int start, int end, String reason) {
      return PyUnicodeError.decodeError(name, data, start, end, reason);
    }
  }
}
