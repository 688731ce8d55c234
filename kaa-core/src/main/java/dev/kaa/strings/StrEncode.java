package dev.kaa.strings;

import dev.kaa.objects.Errors;
import dev.kaa.objects.ExceptionTypes;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

/**
 * {@code str.encode(encoding, errors)} for the codecs built into CPython's str: utf-8, ascii and latin-1 (with their
 * aliases), and the error handlers strict, ignore, replace, surrogateescape, backslashreplace, xmlcharrefreplace and
 * surrogatepass. As in CPython, a run of consecutive unencodable characters is one error (positions "1-3"), and the
 * error handler is looked up only when an error occurs. Other codecs belong to the codecs module.
 */
public final class StrEncode {
  private StrEncode() {}

  private static final Set<String> UTF_8 = Set.of("utf_8", "utf8", "u8", "utf", "utf8_ucs2", "utf8_ucs4", "cp65001");
  private static final Set<String> LATIN_1 = Set.of("latin_1", "latin1", "latin", "l1", "iso_8859_1", "iso8859_1",
      "8859", "cp819", "ibm819", "iso_ir_100", "csisolatin1", "iso_8859_1_1987");
  private static final Set<String> ASCII = Set.of("ascii", "us_ascii", "646", "us", "iso646_us", "ansi_x3.4_1968",
      "ansi_x3_4_1968", "ansi_x3.4_1986", "cp367", "csascii", "ibm367", "iso_646.irv_1991", "iso_ir_6");

  /** {@code s.encode(encoding, errors)}. */
  public static byte[] encode(String s, String encoding, String errors) {
    String name = normalize(encoding);
    if (UTF_8.contains(name)) return encodeUtf8(s, errors);
    if (LATIN_1.contains(name)) return encodeSingleByte(s, "latin-1", 0x100, errors);
    if (ASCII.contains(name)) return encodeSingleByte(s, "ascii", 0x80, errors);
    throw Errors.of(ExceptionTypes.LookupError, "unknown encoding: %s", encoding);
  }

  /**
   * The name {@code codecs.lookup(encoding).name} gives for the codecs this class knows ("utf-8", "iso8859-1",
   * "ascii"), or null for another.
   */
  public static String codecName(String encoding) {
    String name = normalize(encoding);
    if (UTF_8.contains(name)) return "utf-8";
    if (LATIN_1.contains(name)) return "iso8859-1";
    return ASCII.contains(name) ? "ascii" : null;
  }

  /** The codecs registry's normalization: lower case, each run of other than letters, digits and '.' one '_'. */
  public static String normalize(String encoding) {
    String lower = encoding.toLowerCase(Locale.ROOT).strip();
    StringBuilder out = new StringBuilder(lower.length());
    boolean gap = false;
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      if (Character.isLetterOrDigit(c) || c == '.') {
        if (gap && !out.isEmpty()) out.append('_');
        out.append(c);
        gap = false;
      } else {
        gap = true;
      }
    }
    return out.toString();
  }

  private static byte[] encodeUtf8(String s, String errors) {
    if (!hasLoneSurrogate(s)) return s.getBytes(StandardCharsets.UTF_8);
    ByteArrayOutputStream out = new ByteArrayOutputStream(s.length() + 8);
    int[] cps = s.codePoints().toArray();
    for (int i = 0; i < cps.length; ) {
      int cp = cps[i];
      if (!isSurrogate(cp)) {
        writeUtf8(out, cp);
        i++;
        continue;
      }
      int end = i;
      while (end < cps.length && isSurrogate(cps[end])) end++;
      handle(out, cps, i, end, "utf-8", "surrogates not allowed", errors, true);
      i = end;
    }
    return out.toByteArray();
  }

  private static byte[] encodeSingleByte(String s, String codec, int limit, String errors) {
    int[] cps = s.codePoints().toArray();
    ByteArrayOutputStream out = new ByteArrayOutputStream(cps.length);
    String reason = "ordinal not in range(" + limit + ")";
    for (int i = 0; i < cps.length; ) {
      if (cps[i] < limit) {
        out.write(cps[i++]);
        continue;
      }
      int end = i;
      while (end < cps.length && cps[end] >= limit) end++;
      handle(out, cps, i, end, codec, reason, errors, false);
      i = end;
    }
    return out.toByteArray();
  }

  /** Applies the error handler to the unencodable run {@code cps[start:end]}. */
  private static void handle(ByteArrayOutputStream out, int[] cps, int start, int end, String codec, String reason,
      String errors, boolean utf8) {
    switch (errors) {
      case "strict" -> throw encodeError(cps, start, end, codec, reason);
      case "ignore" -> { }
      case "replace" -> {
        for (int i = start; i < end; i++) out.write('?');
      }
      case "backslashreplace" -> {
        for (int i = start; i < end; i++) writeAscii(out, escape(cps[i]));
      }
      case "xmlcharrefreplace" -> {
        for (int i = start; i < end; i++) writeAscii(out, "&#" + cps[i] + ";");
      }
      case "surrogateescape" -> {
        // U+DC80..U+DCFF were bytes 0x80..0xFF that could not be decoded; the run fails from the first other character
        for (int i = start; i < end; i++) {
          if (cps[i] < 0xdc80 || cps[i] > 0xdcff) throw encodeError(cps, i, end, codec, reason);
          out.write(cps[i] - 0xdc00);
        }
      }
      case "surrogatepass" -> {
        if (!utf8) throw encodeError(cps, start, end, codec, reason);
        for (int i = start; i < end; i++) writeUtf8(out, cps[i]);
      }
      default -> throw Errors.of(ExceptionTypes.LookupError, "unknown error handler name '%s'", errors);
    }
  }

  /** CPython's UnicodeEncodeError: one character is shown, a run by its positions. */
  private static RuntimeException encodeError(int[] cps, int start, int end, String codec, String reason) {
    return dev.kaa.objects.PyUnicodeError.encodeError(codec, new String(cps, 0, cps.length), start, end, reason);
  }


  private static String escape(int cp) {
    if (cp <= 0xff) return String.format("\\x%02x", cp);
    if (cp <= 0xffff) return String.format("\\u%04x", cp);
    return String.format("\\U%08x", cp);
  }

  private static void writeAscii(ByteArrayOutputStream out, String text) {
    out.writeBytes(text.getBytes(StandardCharsets.US_ASCII));
  }

  /** UTF-8 bytes of any code point, a surrogate included (3 bytes, as surrogatepass writes it). */
  public static void writeUtf8(ByteArrayOutputStream out, int cp) {
    if (cp < 0x80) {
      out.write(cp);
    } else if (cp < 0x800) {
      out.write(0xc0 | cp >> 6);
      out.write(0x80 | cp & 0x3f);
    } else if (cp < 0x10000) {
      out.write(0xe0 | cp >> 12);
      out.write(0x80 | cp >> 6 & 0x3f);
      out.write(0x80 | cp & 0x3f);
    } else {
      out.write(0xf0 | cp >> 18);
      out.write(0x80 | cp >> 12 & 0x3f);
      out.write(0x80 | cp >> 6 & 0x3f);
      out.write(0x80 | cp & 0x3f);
    }
  }

  private static boolean isSurrogate(int cp) {
    return cp >= 0xd800 && cp <= 0xdfff;
  }

  /** Whether {@code s} holds a surrogate not paired with its partner (the JDK's UTF-8 would replace it). */
  public static boolean hasLoneSurrogate(String s) {
    for (int i = 0, n = s.length(); i < n; i++) {
      char c = s.charAt(i);
      if (Character.isSurrogate(c)) {
        if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) i++;
        else return true;
      }
    }
    return false;
  }
}
