package dev.kaa.modules.binascii;

import dev.kaa.objects.Abstract;
import dev.kaa.objects.Buffers;
import dev.kaa.objects.Errors;
import dev.kaa.objects.PyBytes;
import dev.kaa.objects.PyBytesLike;
import dev.kaa.objects.PyException;
import dev.kaa.objects.PyInt;
import dev.kaa.objects.PyMethod;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyStr;
import dev.kaa.runtime.Interpreter;
import dev.kaa.runtime.PyModule;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The {@code binascii} module: hex, base64, uuencode and quoted-printable conversions and the two CRCs, with
 * CPython's leniency (non-strict base64 skips what is not base64) and its messages. The a2b functions take ASCII str
 * as well as bytes-like objects. Quoted-printable is in {@link QuotedPrintable}, the CRCs in {@link Checksums}.
 */
public final class BinasciiModule {
  private BinasciiModule() {}

  public static final String NAME = "binascii";

  public static PyModule create(Interpreter interp) {
    PyModule m = new PyModule(NAME, new PyStr("Conversion between binary data and ASCII"), interp);
    m.addFunctions(BinasciiModule.class);
    m.addFunctions(QuotedPrintable.class);
    BinasciiState state = BinasciiState.current();
    m.put("Error", state.error);
    m.put("Incomplete", state.incomplete);
    return m;
  }

  static PyException error(String format, Object... args) {
    return Errors.of(BinasciiState.current().error, format, args);
  }

  /** An a2b argument: ASCII str or bytes-like. */
  static byte[] asciiData(PyObject data) {
    if (data instanceof PyStr s) {
      String v = s.value;
      for (int i = 0; i < v.length(); i++) {
        if (v.charAt(i) > 0x7f) throw Errors.valueError("string argument should contain only ASCII characters");
      }
      return v.getBytes(StandardCharsets.ISO_8859_1);
    }
    byte[] bytes = Buffers.bytesOrNull(data);
    if (bytes == null) {
      throw Errors.typeError("argument should be bytes, buffer or ASCII string, not '%s'", data.type().name());
    }
    return bytes;
  }

  @PyMethod(positionalOnly = 1) static PyObject hexlify(PyModule self, PyObject data, @PyMethod.Opt PyObject sep,
      @PyMethod.Opt PyObject bytes_per_sep) {
    return hex(data, sep, bytes_per_sep);
  }

  @PyMethod(value = "b2a_hex", positionalOnly = 1) static PyObject b2aHex(PyModule self, PyObject data,
      @PyMethod.Opt PyObject sep, @PyMethod.Opt PyObject bytes_per_sep) {
    return hex(data, sep, bytes_per_sep);
  }

  private static PyObject hex(PyObject data, PyObject sep, PyObject bytesPerSep) {
    String text = PyBytesLike.hexOf(Buffers.required(data), sep, bytesPerSep);
    return new PyBytes(text.getBytes(StandardCharsets.ISO_8859_1));
  }

  @PyMethod static PyObject unhexlify(PyModule self, PyObject hexstr) { return unhex(hexstr); }

  @PyMethod("a2b_hex") static PyObject a2bHex(PyModule self, PyObject hexstr) { return unhex(hexstr); }

  private static PyObject unhex(PyObject hexstr) {
    byte[] in = asciiData(hexstr);
    if (in.length % 2 != 0) throw error("Odd-length string");
    byte[] out = new byte[in.length / 2];
    for (int i = 0; i < out.length; i++) {
      int hi = Character.digit(in[2 * i], 16), lo = Character.digit(in[2 * i + 1], 16);
      if (hi < 0 || lo < 0) throw error("Non-hexadecimal digit found");
      out[i] = (byte) (hi << 4 | lo);
    }
    return new PyBytes(out);
  }

  private static final String BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

  private static int base64Value(int c) {
    if (c >= 'A' && c <= 'Z') return c - 'A';
    if (c >= 'a' && c <= 'z') return c - 'a' + 26;
    if (c >= '0' && c <= '9') return c - '0' + 52;
    if (c == '+') return 62;
    if (c == '/') return 63;
    return -1;
  }

  /** Decodes base64; without strict_mode, characters outside the alphabet are skipped and data after the pad ignored. */
  @PyMethod(value = "a2b_base64", positionalOnly = 1)
  static PyObject a2bBase64(PyModule self, PyObject data, @PyMethod.KwOnly @PyMethod.Opt PyObject strict_mode) {
    boolean strict = strict_mode != null && Abstract.isTrue(strict_mode);
    byte[] in = asciiData(data);
    if (strict && in.length > 0 && in[0] == '=') throw error("Leading padding not allowed");
    ByteArrayOutputStream out = new ByteArrayOutputStream(in.length / 4 * 3 + 3);
    int quadPos = 0, leftChar = 0, pads = 0;
    boolean paddingStarted = false;
    for (int i = 0; i < in.length; i++) {
      int c = in[i] & 0xff;
      if (c == '=') {
        paddingStarted = true;
        if (quadPos >= 2 && quadPos + ++pads >= 4) {
          if (strict && i + 1 < in.length) throw error("Excess data after padding");
          return new PyBytes(out.toByteArray());
        }
        continue;
      }
      int v = base64Value(c);
      if (v < 0) {
        if (strict) throw error("Only base64 data is allowed");
        continue;
      }
      if (strict && paddingStarted) throw error("Discontinuous padding not allowed");
      pads = 0;
      switch (quadPos) {
        case 0 -> leftChar = v;
        case 1 -> {
          out.write(leftChar << 2 | v >> 4);
          leftChar = v & 0x0f;
        }
        case 2 -> {
          out.write(leftChar << 4 | v >> 2);
          leftChar = v & 0x03;
        }
        default -> {
          out.write(leftChar << 6 | v);
          leftChar = 0;
        }
      }
      quadPos = (quadPos + 1) % 4;
    }
    if (quadPos == 1) {
      throw error("Invalid base64-encoded string: number of data characters (%d) cannot be 1 more than a multiple "
          + "of 4", out.size() / 3 * 4 + 1);
    }
    if (quadPos != 0) throw error("Incorrect padding");
    return new PyBytes(out.toByteArray());
  }

  @PyMethod(value = "b2a_base64", positionalOnly = 1)
  static PyObject b2aBase64(PyModule self, PyObject data, @PyMethod.KwOnly @PyMethod.Opt PyObject newline) {
    byte[] in = Buffers.required(data);
    boolean addNewline = newline == null || Abstract.isTrue(newline);
    byte[] out = new byte[(in.length + 2) / 3 * 4 + (addNewline ? 1 : 0)];
    int o = 0;
    for (int i = 0; i < in.length; i += 3) {
      int n = Math.min(3, in.length - i);
      int bits = (in[i] & 0xff) << 16 | (n > 1 ? (in[i + 1] & 0xff) << 8 : 0) | (n > 2 ? in[i + 2] & 0xff : 0);
      out[o++] = (byte) BASE64.charAt(bits >> 18 & 63);
      out[o++] = (byte) BASE64.charAt(bits >> 12 & 63);
      out[o++] = (byte) (n > 1 ? BASE64.charAt(bits >> 6 & 63) : '=');
      out[o++] = (byte) (n > 2 ? BASE64.charAt(bits & 63) : '=');
    }
    if (addNewline) out[o] = '\n';
    return new PyBytes(out);
  }

  @PyMethod(value = "b2a_uu", positionalOnly = 1)
  static PyObject b2aUu(PyModule self, PyObject data, @PyMethod.KwOnly @PyMethod.Opt PyObject backtick) {
    byte[] in = Buffers.required(data);
    boolean tick = backtick != null && Abstract.isTrue(backtick);
    if (in.length > 45) throw error("At most 45 bytes at once");
    ByteArrayOutputStream out = new ByteArrayOutputStream(2 + (in.length + 2) / 3 * 4);
    out.write(uuChar(in.length, tick));
    for (int i = 0; i < in.length; i += 3) {
      int bits = (in[i] & 0xff) << 16 | (i + 1 < in.length ? (in[i + 1] & 0xff) << 8 : 0)
          | (i + 2 < in.length ? in[i + 2] & 0xff : 0);
      for (int shift = 18; shift >= 0; shift -= 6) out.write(uuChar(bits >> shift & 63, tick));
    }
    out.write('\n');
    return new PyBytes(out.toByteArray());
  }

  private static int uuChar(int sixBits, boolean tick) {
    return sixBits == 0 && tick ? '`' : ' ' + sixBits;
  }

  /** Decodes one uuencoded line: its first character gives the length; missing data reads as zeros. */
  @PyMethod("a2b_uu") static PyObject a2bUu(PyModule self, PyObject data) {
    byte[] in = asciiData(data);
    int pos = 0;
    int length = ((in.length > 0 ? in[pos++] & 0xff : 0) - ' ') & 0x3f;  // C reads the string's NUL when empty
    byte[] out = new byte[length];
    int o = 0, leftChar = 0, leftBits = 0;
    while (o < length) {
      int c = pos < in.length ? in[pos] & 0xff : 0;
      pos++;
      if (c == '\n' || c == '\r' || pos > in.length) {
        c = 0;
      } else {
        if (c < ' ' || c > ' ' + 64) throw error("Illegal char");
        c = (c - ' ') & 0x3f;
      }
      leftChar = leftChar << 6 | c;
      leftBits += 6;
      if (leftBits >= 8) {
        leftBits -= 8;
        out[o++] = (byte) (leftChar >> leftBits);
        leftChar &= (1 << leftBits) - 1;
      }
    }
    for (; pos < in.length; pos++) {
      int c = in[pos] & 0xff;
      if (c != ' ' && c != ' ' + 64 && c != '\n' && c != '\r') throw error("Trailing garbage");
    }
    return new PyBytes(out);
  }

  @PyMethod static PyObject crc32(PyModule self, PyObject data, @PyMethod.Opt PyObject crc) {
    long start = crc == null ? 0 : unsigned32(crc);
    return PyInt.of(Checksums.crc32(Buffers.required(data), (int) start) & 0xffffffffL);
  }

  @PyMethod("crc_hqx") static PyObject crcHqx(PyModule self, PyObject data, PyObject crc) {
    return PyInt.of(Checksums.crcHqx(Buffers.required(data), (int) (unsigned32(crc) & 0xffff)));
  }

  /** An int taken modulo 2**32, as C's unsigned int conversion with wrap-around. */
  static long unsigned32(PyObject v) {
    return Abstract.index(v).bigValue().longValue() & 0xffffffffL;
  }
}
