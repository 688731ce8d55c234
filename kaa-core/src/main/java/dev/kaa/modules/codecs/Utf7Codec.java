package dev.kaa.modules.codecs;

import dev.kaa.objects.CodecErrors;
import dev.kaa.objects.PyInt;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyStr;
import dev.kaa.objects.PyTuple;
import java.io.ByteArrayOutputStream;

/**
 * UTF-7 (RFC 2152) as CPython writes and reads it: letters, digits, "'(),-./:?" and white space stand for
 * themselves, and so do the optional direct characters ("!\"#$%&*;<=>@[]^_`{|}") as CPython writes them; "+" is "+-";
 * everything else is UTF-16 in modified base64 between "+" and an optional "-". Lone surrogates are encoded like any
 * UTF-16 unit, as CPython does.
 */
final class Utf7Codec {
  private Utf7Codec() {}

  private static final String BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  /** What the encoder writes as itself: RFC 2152's sets D and O and white space. */
  private static final String DIRECT = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'(),-./:? \t\r\n"
      + "!\"#$%&*;<=>@[]^_`{|}";

  private static boolean isBase64(int c) { return c < 128 && BASE64.indexOf(c) >= 0; }

  private static boolean encodesDirectly(int c) { return c < 128 && c > 0 && DIRECT.indexOf(c) >= 0; }

  static byte[] encode(String s) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(s.length() + 8);
    boolean inShift = false;
    int bits = 0;
    long buffer = 0;
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);  // UTF-16 units: an astral character is its surrogate pair, as UTF-7 wants
      if (inShift) {
        if (encodesDirectly(ch)) {
          if (bits > 0) out.write(BASE64.charAt((int) (buffer << (6 - bits)) & 0x3f));
          bits = 0;
          buffer = 0;
          inShift = false;
          if (isBase64(ch) || ch == '-') out.write('-');
          out.write(ch);
          continue;
        }
      } else if (ch == '+') {
        out.write('+');
        out.write('-');
        continue;
      } else if (encodesDirectly(ch)) {
        out.write(ch);
        continue;
      } else {
        out.write('+');
        inShift = true;
      }
      buffer = (buffer << 16) | ch;
      bits += 16;
      while (bits >= 6) {
        bits -= 6;
        out.write(BASE64.charAt((int) (buffer >> bits) & 0x3f));
      }
      buffer &= (1L << bits) - 1;
    }
    if (bits > 0) out.write(BASE64.charAt((int) (buffer << (6 - bits)) & 0x3f));
    if (inShift) out.write('-');
    return out.toByteArray();
  }

  /** {@code (text, consumed)}; not {@code last}: an open shift sequence waits for more input. */
  static PyObject decode(byte[] data, String errors, boolean last) {
    StringBuilder out = new StringBuilder(data.length);
    int n = data.length, pos = 0, start = 0, shiftOutStart = 0, bits = 0;
    long buffer = 0;
    int surrogate = 0;
    boolean inShift = false;
    while (true) {
      while (pos < n) {
        int ch = data[pos] & 0xff;
        String error = null;
        if (inShift) {
          if (isBase64(ch)) {
            buffer = (buffer << 6) | BASE64.indexOf(ch);
            bits += 6;
            pos++;
            if (bits >= 16) {
              int unit = (int) (buffer >> (bits - 16));
              bits -= 16;
              buffer &= (1L << bits) - 1;
              if (surrogate != 0) {
                if (Character.isLowSurrogate((char) unit)) {
                  out.appendCodePoint(Character.toCodePoint((char) surrogate, (char) unit));
                  surrogate = 0;
                  continue;
                }
                out.append((char) surrogate);
                surrogate = 0;
              }
              if (Character.isHighSurrogate((char) unit)) surrogate = unit;
              else out.append((char) unit);
            }
            continue;
          }
          inShift = false;
          if (bits > 6) {
            pos++;
            error = "partial character in shift sequence";
          } else if (buffer != 0) {
            pos++;
            error = "non-zero padding bits in shift sequence";
          } else {
            if (surrogate != 0 && ch < 128 && ch != '+') out.append((char) surrogate);
            surrogate = 0;
            if (ch == '-') pos++;
            continue;
          }
        } else if (ch == '+') {
          start = pos++;
          if (pos < n && data[pos] == '-') {
            pos++;
            out.append('+');
            continue;
          } else if (pos < n && !isBase64(data[pos] & 0xff)) {
            pos++;
            error = "ill-formed sequence";
          } else {
            inShift = true;
            surrogate = 0;
            shiftOutStart = out.length();
            bits = 0;
            buffer = 0;
            continue;
          }
        } else if (ch < 128) {
          pos++;
          out.append((char) ch);
          continue;
        } else {
          start = pos++;
          error = "unexpected special character";
        }
        CodecErrors.Replacement r = CodecErrors.decoding(errors, "utf7", data, start, pos, error);
        out.append(r.text());
        pos = r.resume();
      }
      if (inShift && last) {
        inShift = false;
        if (surrogate != 0 || bits >= 6 || bits > 0 && buffer != 0) {
          CodecErrors.Replacement r = CodecErrors.decoding(errors, "utf7", data, start, n,
              "unterminated shift sequence");
          out.append(r.text());
          pos = r.resume();
          if (pos < n) continue;
        }
      }
      break;
    }
    int consumed = pos;
    if (inShift) {
      consumed = start;
      out.setLength(shiftOutStart);
    }
    return PyTuple.of(new PyStr(out.toString()), PyInt.of(consumed));
  }
}
