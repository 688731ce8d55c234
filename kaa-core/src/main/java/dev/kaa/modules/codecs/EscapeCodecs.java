package dev.kaa.modules.codecs;

import dev.kaa.objects.CodecErrors;
import dev.kaa.objects.Errors;
import dev.kaa.objects.ExceptionTypes;
import dev.kaa.objects.PyException;
import dev.kaa.objects.PyInt;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyStr;
import dev.kaa.objects.PyTuple;
import dev.kaa.objects.UnicodeNames;
import dev.kaa.runtime.Interpreter;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The codecs of Python's escape sequences: {@code unicode_escape} (a str literal's escapes over latin-1 bytes),
 * {@code raw_unicode_escape} (only {@code \}{@code uXXXX} and {@code \UXXXXXXXX}) and {@code escape_encode/decode}
 * (a bytes literal's escapes). Errors, their positions and the deprecation warnings for unknown escapes are
 * CPython's.
 */
final class EscapeCodecs {
  private EscapeCodecs() {}

  // ---- str <-> bytes

  static byte[] unicodeEscapeEncode(String s) {
    StringBuilder b = new StringBuilder(s.length() + 8);
    s.codePoints().forEach(cp -> {
      switch (cp) {
        case '\\' -> b.append("\\\\");
        case '\t' -> b.append("\\t");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        default -> {
          if (cp >= 0x20 && cp < 0x7f) b.append((char) cp);
          else appendHexEscape(b, cp);
        }
      }
    });
    return b.toString().getBytes(StandardCharsets.ISO_8859_1);
  }

  static byte[] rawUnicodeEscapeEncode(String s) {
    StringBuilder b = new StringBuilder(s.length() + 8);
    s.codePoints().forEach(cp -> {
      if (cp < 0x100) b.append((char) cp);
      else appendHexEscape(b, cp);
    });
    return b.toString().getBytes(StandardCharsets.ISO_8859_1);
  }

  private static void appendHexEscape(StringBuilder b, int cp) {
    if (cp < 0x100) b.append(String.format("\\x%02x", cp));
    else if (cp < 0x10000) b.append(String.format("\\u%04x", cp));
    else b.append(String.format("\\U%08x", cp));
  }

  /**
   * {@code (text, consumed)}. Not {@code last}: an escape cut short by the end of the input is left unconsumed for
   * the next call. {@code raw}: raw_unicode_escape, where only {@code \}{@code u} and {@code \U} are escapes.
   */
  static PyObject unicodeEscapeDecode(byte[] data, String errors, boolean last, boolean raw) {
    String codec = raw ? "rawunicodeescape" : "unicodeescape";
    StringBuilder out = new StringBuilder(data.length);
    int n = data.length, pos = 0;
    String invalid = null;
    while (pos < n) {
      int c = data[pos] & 0xff;
      if (c != '\\') {
        out.append((char) c);
        pos++;
        continue;
      }
      int start = pos;
      if (raw && pos + 1 >= n) {
        if (!last) break;
        out.append('\\');
        pos++;
        continue;
      }
      if (raw && data[pos + 1] != 'u' && data[pos + 1] != 'U') {
        // a backslash and what follows it, even another backslash, stand for themselves
        out.append('\\').append((char) (data[pos + 1] & 0xff));
        pos += 2;
        continue;
      }
      if (pos + 1 >= n) {
        if (!last) break;
        CodecErrors.Replacement r = CodecErrors.decoding(errors, codec, data, start, n, "\\ at end of string");
        out.append(r.text());
        pos = r.resume();
        continue;
      }
      int e = data[pos + 1] & 0xff;
      pos += 2;
      if (!raw) {
        switch (e) {
          case '\n' -> { continue; }
          case '\\' -> { out.append('\\'); continue; }
          case '\'' -> { out.append('\''); continue; }
          case '"' -> { out.append('"'); continue; }
          case 'b' -> { out.append('\b'); continue; }
          case 'f' -> { out.append('\f'); continue; }
          case 't' -> { out.append('\t'); continue; }
          case 'n' -> { out.append('\n'); continue; }
          case 'r' -> { out.append('\r'); continue; }
          case 'v' -> { out.append('\u000b'); continue; }
          case 'a' -> { out.append('\u0007'); continue; }
          default -> { }
        }
        if (e >= '0' && e <= '7') {
          pos = octalEnd(data, start + 1);
          int v = octal(data, start + 1, pos);
          if (v > 0377 && invalid == null) invalid = invalidOctal(data, start, pos);
          out.append((char) v);
          continue;
        }
        if (e == 'N') {
          int close = -1;
          if (pos < n && data[pos] == '{') {
            for (int j = pos + 1; j < n; j++) {
              if (data[j] == '}') {
                close = j;
                break;
              }
            }
          }
          if (close < 0) {
            if (!last && pos < n && data[pos] == '{') return result(out, start);
            if (!last && pos >= n) return result(out, start);
            int end = pos < n && data[pos] == '{' ? n : pos;
            CodecErrors.Replacement r = CodecErrors.decoding(errors, codec, data, start, end,
                "malformed \\N character escape");
            out.append(r.text());
            pos = r.resume();
            continue;
          }
          String name = new String(data, pos + 1, close - pos - 1, StandardCharsets.ISO_8859_1);
          int cp = close == pos + 1 ? -1 : UnicodeNames.codePointOf(name);
          if (cp < 0) {
            boolean empty = close == pos + 1;
            CodecErrors.Replacement r = CodecErrors.decoding(errors, codec, data, start, empty ? close : close + 1,
                empty ? "malformed \\N character escape" : "unknown Unicode character name");
            out.append(r.text());
            pos = r.resume();
            continue;
          }
          out.appendCodePoint(cp);
          pos = close + 1;
          continue;
        }
      }
      int count = e == 'x' && !raw ? 2 : e == 'u' ? 4 : e == 'U' ? 8 : 0;
      if (count == 0) {
        if (invalid == null) invalid = "invalid escape sequence '\\" + (char) e + "'";
        out.append('\\').append((char) e);
        continue;
      }
      int v = 0, got = 0;
      while (got < count && pos < n && Character.digit(data[pos], 16) >= 0) {
        v = v * 16 + Character.digit(data[pos++], 16);
        got++;
      }
      if (got < count) {
        if (!last && pos >= n) return result(out, start);
        String reason = e == 'x' ? "truncated \\xXX escape" : e == 'u' ? "truncated \\uXXXX escape"
            : "truncated \\UXXXXXXXX escape";
        CodecErrors.Replacement r = CodecErrors.decoding(errors, codec, data, start, pos, reason);
        out.append(r.text());
        pos = r.resume();
        continue;
      }
      if (Integer.toUnsignedLong(v) > 0x10ffff) {
        String reason = raw ? "\\Uxxxxxxxx out of range" : "illegal Unicode character";
        CodecErrors.Replacement r = CodecErrors.decoding(errors, codec, data, start, pos, reason);
        out.append(r.text());
        pos = r.resume();
        continue;
      }
      out.appendCodePoint(v);
    }
    if (invalid != null) deprecated(invalid);
    return result(out, Math.min(pos, n));
  }

  /** The end of an octal escape's digits (one to three) that start at {@code from}. */
  private static int octalEnd(byte[] data, int from) {
    int end = from + 1;
    while (end < from + 3 && end < data.length && data[end] >= '0' && data[end] <= '7') end++;
    return end;
  }

  private static int octal(byte[] data, int from, int to) {
    int v = 0;
    for (int i = from; i < to; i++) v = v * 8 + (data[i] - '0');
    return v;
  }

  /** The warning for an octal escape above 0o377, {@code data[backslash:end]}. */
  private static String invalidOctal(byte[] data, int backslash, int end) {
    return "invalid octal escape sequence '" + new String(data, backslash, end - backslash,
        StandardCharsets.ISO_8859_1) + "'";
  }

  private static PyObject result(StringBuilder out, int consumed) {
    return PyTuple.of(new PyStr(out.toString()), PyInt.of(consumed));
  }

  // ---- bytes <-> bytes

  static byte[] escapeEncode(byte[] data) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(data.length + 8);
    for (byte x : data) {
      int c = x & 0xff;
      String s = switch (c) {
        case '\\' -> "\\\\";
        case '\'' -> "\\'";
        case '\t' -> "\\t";
        case '\n' -> "\\n";
        case '\r' -> "\\r";
        default -> c >= 0x20 && c < 0x7f ? null : String.format("\\x%02x", c);
      };
      if (s == null) out.write(c);
      else out.writeBytes(s.getBytes(StandardCharsets.ISO_8859_1));
    }
    return out.toByteArray();
  }

  static byte[] escapeDecode(byte[] data, String errors) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(data.length);
    String invalid = null;
    int n = data.length;
    for (int pos = 0; pos < n; ) {
      int c = data[pos] & 0xff;
      if (c != '\\') {
        out.write(c);
        pos++;
        continue;
      }
      int start = pos;
      if (pos + 1 >= n) throw Errors.valueError("Trailing \\ in string");
      int e = data[pos + 1] & 0xff;
      pos += 2;
      switch (e) {
        case '\n' -> { }
        case '\\' -> out.write('\\');
        case '\'' -> out.write('\'');
        case '"' -> out.write('"');
        case 'b' -> out.write('\b');
        case 'f' -> out.write('\f');
        case 't' -> out.write('\t');
        case 'n' -> out.write('\n');
        case 'r' -> out.write('\r');
        case 'v' -> out.write(0x0b);
        case 'a' -> out.write(0x07);
        case 'x' -> {
          int hi = pos < n ? Character.digit(data[pos], 16) : -1;
          int lo = pos + 1 < n ? Character.digit(data[pos + 1], 16) : -1;
          if (hi >= 0 && lo >= 0) {
            out.write(hi * 16 + lo);
            pos += 2;
            break;
          }
          switch (errors) {
            case "strict" -> throw Errors.valueError("invalid \\x escape at position %d", start);
            case "replace" -> out.write('?');
            case "ignore" -> { }
            default -> throw Errors.valueError("decoding error; unknown error handling code: %s", errors);
          }
          pos += hi >= 0 ? 1 : 0;
        }
        default -> {
          if (e >= '0' && e <= '7') {
            pos = octalEnd(data, start + 1);
            int v = octal(data, start + 1, pos);
            if (v > 0377 && invalid == null) invalid = invalidOctal(data, start, pos);
            out.write(v & 0xff);
          } else {
            if (invalid == null) invalid = "invalid escape sequence '\\" + (char) e + "'";
            out.write('\\');
            out.write(e);
          }
        }
      }
    }
    if (invalid != null) deprecated(invalid);
    return out.toByteArray();
  }

  /** {@code warnings.warn(message, DeprecationWarning)}, as the C codecs warn about unknown escapes. */
  private static void deprecated(String message) {
    Interpreter interp = Interpreter.current();
    if (interp == null) return;
    PyObject warnings;
    try {
      warnings = interp.builtinsDict().getStr("__import__").call1(new PyStr("warnings"));
    } catch (PyException e) {
      if (e.matches(ExceptionTypes.ImportError)) return;  // while the modules warnings needs are missing
      throw e;
    }
    PyObject category = interp.builtinsDict().getStr(ExceptionTypes.DeprecationWarning.name());
    dev.kaa.objects.Attributes.get(warnings, "warn").call2(new PyStr(message), category);
  }
}
