package dev.kaa.objects;

import java.nio.charset.StandardCharsets;
import java.util.function.Function;

/**
 * What a codec does with what it cannot encode or decode: CPython's error handlers. The built-in ones (strict,
 * ignore, replace, backslashreplace, xmlcharrefreplace, namereplace, surrogateescape, surrogatepass) are computed here
 * directly from the text or bytes; any other name is looked up in the interpreter's registry
 * ({@code codecs.register_error}) and called with a {@code UnicodeEncodeError} / {@code UnicodeDecodeError}, its
 * answer checked as CPython checks it. The {@code _codecs} module exposes the same built-in handlers to Python.
 */
public final class CodecErrors {
  private CodecErrors() {}

  /** The current interpreter's {@code codecs.lookup_error}; installed once by the runtime. */
  private static Function<String, PyObject> registered = name -> {
    throw Errors.of(ExceptionTypes.LookupError, "unknown error handler name '%s'", name);
  };

  public static void install(Function<String, PyObject> lookupError) { registered = lookupError; }

  /** The handler {@code codecs.lookup_error(name)} finds for a name that is not built in. */
  static PyObject lookup(String name) { return registered.apply(name); }

  /** What replaces the failing part: text or (when encoding) bytes, and the position at which the codec resumes. */
  public record Replacement(String text, byte[] bytes, int resume) {
    static Replacement text(String text, int resume) { return new Replacement(text, null, resume); }
  }

  // ---- Encoding (and translating): positions are code point indexes into the text

  /**
   * The replacement for the code points {@code [start, end)} of {@code cps} that {@code encoding} cannot encode,
   * as the handler named {@code errors} chooses it.
   */
  public static Replacement encoding(String errors, String encoding, int[] cps, int start, int end, String reason) {
    return switch (errors) {
      case "strict" -> throw encodeError(encoding, cps, start, end, reason);
      case "ignore" -> Replacement.text("", end);
      case "replace" -> Replacement.text("?".repeat(end - start), end);
      case "backslashreplace" -> Replacement.text(backslashEscapes(cps, start, end), end);
      case "xmlcharrefreplace" -> Replacement.text(xmlCharRefs(cps, start, end), end);
      case "namereplace" -> Replacement.text(nameEscapes(cps, start, end), end);
      case "surrogateescape" -> {
        byte[] b = escapedBytes(cps, start, end);
        if (b == null) throw encodeError(encoding, cps, start, end, reason);
        yield new Replacement(null, b, end);
      }
      case "surrogatepass" -> {
        byte[] b = passedSurrogates(encoding, cps, start, end);
        if (b == null) throw encodeError(encoding, cps, start, end, reason);
        yield new Replacement(null, b, end);
      }
      default -> custom(errors, encodeError(encoding, cps, start, end, reason), cps.length, true);
    };
  }

  public static PyException encodeError(String encoding, int[] cps, int start, int end, String reason) {
    return PyUnicodeError.encodeError(encoding, new String(cps, 0, cps.length), start, end, reason);
  }

  /** {@code \xhh}, {@code \}{@code uhhhh} or {@code \Uhhhhhhhh} for each code point. */
  public static String backslashEscapes(int[] cps, int start, int end) {
    StringBuilder b = new StringBuilder();
    for (int i = start; i < end; i++) appendEscape(b, cps[i]);
    return b.toString();
  }

  private static void appendEscape(StringBuilder b, int cp) {
    if (cp < 0x100) b.append(String.format("\\x%02x", cp));
    else if (cp < 0x10000) b.append(String.format("\\u%04x", cp));
    else b.append(String.format("\\U%08x", cp));
  }

  public static String xmlCharRefs(int[] cps, int start, int end) {
    StringBuilder b = new StringBuilder();
    for (int i = start; i < end; i++) b.append("&#").append(cps[i]).append(';');
    return b.toString();
  }

  /** {@code \N{NAME}} for each code point that has a Unicode name, a backslash escape for the others. */
  public static String nameEscapes(int[] cps, int start, int end) {
    StringBuilder b = new StringBuilder();
    for (int i = start; i < end; i++) {
      String name = UnicodeNames.nameOf(cps[i]);
      if (name == null) appendEscape(b, cps[i]);
      else b.append("\\N{").append(name).append('}');
    }
    return b.toString();
  }

  /** surrogateescape: U+DC80..U+DCFF were the undecodable bytes 0x80..0xFF; null when another code point is met. */
  private static byte[] escapedBytes(int[] cps, int start, int end) {
    byte[] out = new byte[end - start];
    for (int i = start; i < end; i++) {
      if (cps[i] < 0xdc80 || cps[i] > 0xdcff) return null;
      out[i - start] = (byte) (cps[i] - 0xdc00);
    }
    return out;
  }

  /** surrogatepass: the surrogates encoded as the UTF codec named would encode a code point; null otherwise. */
  private static byte[] passedSurrogates(String encoding, int[] cps, int start, int end) {
    UtfForm form = UtfForm.of(encoding);
    if (form == null) return null;
    byte[] out = new byte[(end - start) * form.width];
    for (int i = start; i < end; i++) {
      int cp = cps[i];
      if (cp < 0xd800 || cp > 0xdfff) return null;
      form.write(out, (i - start) * form.width, cp);
    }
    return out;
  }

  /** The byte layouts surrogatepass knows, by the codec name an error reports. */
  private enum UtfForm {
    UTF_8(3, false), UTF_16_LE(2, false), UTF_16_BE(2, true), UTF_32_LE(4, false), UTF_32_BE(4, true);

    final int width;
    final boolean bigEndian;

    UtfForm(int width, boolean bigEndian) {
      this.width = width;
      this.bigEndian = bigEndian;
    }

    static UtfForm of(String encoding) {
      return switch (encoding.toLowerCase(java.util.Locale.ROOT).replace('_', '-')) {
        case "utf-8", "utf8" -> UTF_8;
        case "utf-16", "utf-16-le", "utf-16le" -> UTF_16_LE;
        case "utf-16-be", "utf-16be" -> UTF_16_BE;
        case "utf-32", "utf-32-le", "utf-32le" -> UTF_32_LE;
        case "utf-32-be", "utf-32be" -> UTF_32_BE;
        default -> null;
      };
    }

    void write(byte[] out, int at, int surrogate) {
      if (this == UTF_8) {
        out[at] = (byte) (0xe0 | surrogate >> 12);
        out[at + 1] = (byte) (0x80 | (surrogate >> 6 & 0x3f));
        out[at + 2] = (byte) (0x80 | (surrogate & 0x3f));
        return;
      }
      for (int k = 0; k < width; k++) {
        int shift = bigEndian ? (width - 1 - k) * 8 : k * 8;
        out[at + k] = (byte) (surrogate >>> shift);
      }
    }

    /** The surrogate encoded at {@code data[at:]}, or -1. */
    int read(byte[] data, int at) {
      if (at + width > data.length) return -1;
      int v;
      if (this == UTF_8) {
        int b0 = data[at] & 0xff, b1 = data[at + 1] & 0xff, b2 = data[at + 2] & 0xff;
        if ((b0 & 0xf0) != 0xe0 || (b1 & 0xc0) != 0x80 || (b2 & 0xc0) != 0x80) return -1;
        v = (b0 & 0x0f) << 12 | (b1 & 0x3f) << 6 | (b2 & 0x3f);
      } else {
        long u = 0;
        for (int k = 0; k < width; k++) u = u << 8 | (data[bigEndian ? at + k : at + width - 1 - k] & 0xff);
        v = u > 0xffff ? -1 : (int) u;
      }
      return v >= 0xd800 && v <= 0xdfff ? v : -1;
    }
  }

  // ---- Decoding: positions are byte offsets

  /** The replacement for the bytes {@code [start, end)} of {@code data} that {@code encoding} cannot decode. */
  public static Replacement decoding(String errors, String encoding, byte[] data, int start, int end, String reason) {
    return switch (errors) {
      case "strict" -> throw decodeError(encoding, data, start, end, reason);
      case "ignore" -> Replacement.text("", end);
      case "replace" -> Replacement.text("\ufffd", end);
      case "backslashreplace" -> Replacement.text(byteEscapes(data, start, end), end);
      case "surrogateescape" -> {
        // at most 4 leading bytes >= 0x80, then decoding resumes after them
        StringBuilder b = new StringBuilder();
        int n = 0;
        while (n < 4 && start + n < end && (data[start + n] & 0xff) >= 0x80) b.append((char) (0xdc00 + (data[start + n++] & 0xff)));
        if (n == 0) throw decodeError(encoding, data, start, end, reason);
        yield Replacement.text(b.toString(), start + n);
      }
      case "surrogatepass" -> {
        UtfForm form = UtfForm.of(encoding);
        int cp = form == null ? -1 : form.read(data, start);
        if (cp < 0) throw decodeError(encoding, data, start, end, reason);
        yield Replacement.text(String.valueOf((char) cp), start + form.width);
      }
      case "xmlcharrefreplace", "namereplace" -> throw cannotHandle(ExceptionTypes.UnicodeDecodeError);
      default -> custom(errors, decodeError(encoding, data, start, end, reason), data.length, false);
    };
  }

  public static PyException decodeError(String encoding, byte[] data, int start, int end, String reason) {
    return PyUnicodeError.decodeError(encoding, data, start, end, reason);
  }

  public static String byteEscapes(byte[] data, int start, int end) {
    StringBuilder b = new StringBuilder();
    for (int i = start; i < end; i++) b.append(String.format("\\x%02x", data[i] & 0xff));
    return b.toString();
  }

  public static PyException cannotHandle(PyType exceptionType) {
    return Errors.typeError("don't know how to handle %s in error callback", exceptionType.name());
  }

  // ---- Registered handlers

  /** Calls the handler registered as {@code errors} with the exception {@code error} and checks its answer. */
  private static Replacement custom(String errors, PyException error, int length, boolean encoding) {
    PyObject handler = lookup(errors);
    PyObject answer = handler.call1(error.value());
    String shape = encoding ? "encoding error handler must return (str/bytes, int) tuple"
        : "decoding error handler must return (str, int) tuple";
    if (!(answer instanceof PyTuple t) || t.size() != 2) throw Errors.typeError(shape);
    PyObject replacement = t.get(0);
    long resume = Abstract.indexValue(t.get(1));
    if (resume < 0) resume += length;
    if (resume < 0 || resume > length) {
      throw Errors.indexError("position %d from error handler out of bounds", resume);
    }
    if (replacement instanceof PyStr s) return Replacement.text(s.value, (int) resume);
    if (encoding && replacement instanceof PyBytes b) return new Replacement(null, b.value, (int) resume);
    throw Errors.typeError(shape);
  }

  /** The text of a replacement an encoder must write as ASCII (UTF-8 and UTF-16/32 accept no more), or null. */
  public static byte[] asciiOrNull(String text) {
    for (int i = 0; i < text.length(); i++) if (text.charAt(i) >= 0x80) return null;
    return text.getBytes(StandardCharsets.US_ASCII);
  }
}
