package dev.kaa.modules.codecs;

import dev.kaa.objects.Abstract;
import dev.kaa.objects.Buffers;
import dev.kaa.objects.Codecs;
import dev.kaa.objects.Codecs.Codec;
import dev.kaa.objects.Errors;
import dev.kaa.objects.PyBytes;
import dev.kaa.objects.PyInt;
import dev.kaa.objects.PyMethod;
import dev.kaa.objects.PyNone;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyStr;
import dev.kaa.objects.PyTuple;
import dev.kaa.runtime.Interpreter;
import dev.kaa.runtime.PyModule;

/**
 * {@code _codecs}: the codec registry ({@link CodecRegistry}) and the codec functions the stdlib's {@code encodings}
 * modules call, each answering {@code (result, length consumed)} as CPython's: the UTF and single-byte codecs of
 * {@link Codecs}, the escape codecs ({@link EscapeCodecs}), charmap ({@link CharmapCodec}) and UTF-7
 * ({@link Utf7Codec}). Arguments are checked with CPython's messages; {@code errors=None} means strict.
 */
public final class CodecsModule {
  private CodecsModule() {}

  public static final String NAME = "_codecs";

  public static PyModule create(Interpreter interp) {
    PyModule m = new PyModule(NAME, PyNone.NONE, interp);
    m.addFunctions(CodecsModule.class);
    return m;
  }

  private static CodecRegistry registry(PyModule self) { return CodecRegistry.of(self.interpreter()); }

  private static String text(PyObject o, String function, int position, String what) {
    if (o instanceof PyStr s) return s.value;
    throw Errors.typeError("%s() argument %d must be %s, not %s", function, position, what, o.type().name());
  }

  private static String errors(PyObject errors, String function, int position) {
    if (errors == null || errors == PyNone.NONE) return "strict";
    if (errors instanceof PyStr s) return s.value;
    throw Errors.typeError("%s() argument %d must be str or None, not %s", function, position,
        errors.type().name());
  }

  /** The bytes of an argument that may also be a str (CPython's "s*": its UTF-8 encoding). */
  static byte[] bytesOrText(PyObject data) {
    if (data instanceof PyStr s) return Codecs.encode(s.value, Codec.UTF_8, "surrogatepass");
    return Buffers.required(data);
  }

  static PyObject pair(PyObject result, int length) { return PyTuple.of(result, PyInt.of(length)); }

  private static PyObject encoded(byte[] bytes, String s) {
    return pair(new PyBytes(bytes), s.codePointCount(0, s.length()));
  }

  private static boolean isFinal(PyObject last, boolean byDefault) { return last == null ? byDefault : Abstract.isTrue(last); }

  // ---- The registry

  @PyMethod("register") static void register(PyModule self, PyObject searchFunction) {
    registry(self).register(searchFunction);
  }

  @PyMethod("unregister") static void unregister(PyModule self, PyObject searchFunction) {
    registry(self).unregister(searchFunction);
  }

  @PyMethod("lookup") static PyObject lookup(PyModule self, PyObject encoding) {
    if (!(encoding instanceof PyStr s)) {
      throw Errors.typeError("lookup() argument must be str, not %s", encoding.type().name());
    }
    return registry(self).lookup(s.value);
  }

  @PyMethod(value = "encode", positionalOnly = 0)
  static PyObject encode(PyModule self, PyObject obj, @PyMethod.Opt PyObject encoding, @PyMethod.Opt PyObject errors) {
    String enc = encoding == null ? "utf-8" : text(encoding, "encode", 2, "str");
    String err = errors == null ? "strict" : text(errors, "encode", 3, "str");
    return registry(self).encode(obj, enc, err);
  }

  @PyMethod(value = "decode", positionalOnly = 0)
  static PyObject decode(PyModule self, PyObject obj, @PyMethod.Opt PyObject encoding, @PyMethod.Opt PyObject errors) {
    String enc = encoding == null ? "utf-8" : text(encoding, "decode", 2, "str");
    String err = errors == null ? "strict" : text(errors, "decode", 3, "str");
    return registry(self).decode(obj, enc, err);
  }

  @PyMethod("register_error") static void registerError(PyModule self, PyObject errors, PyObject handler) {
    registry(self).registerError(text(errors, "register_error", 1, "str"), handler);
  }

  @PyMethod("lookup_error") static PyObject lookupError(PyModule self, PyObject name) {
    return registry(self).lookupError(text(name, "lookup_error", 1, "str"));
  }

  // ---- The codecs written in Java

  private static PyObject encodeWith(Codec c, PyObject str, PyObject errors, String function) {
    String s = text(str, function, 1, "str");
    return encoded(Codecs.encode(s, c, errors(errors, function, 2)), s);
  }

  private static PyObject decodeWith(Codec c, PyObject data, PyObject errors, PyObject last, String function) {
    Codecs.Decoded d = Codecs.decode(Buffers.required(data), c, errors(errors, function, 2), isFinal(last, false));
    return pair(new PyStr(d.text()), d.consumed());
  }

  @PyMethod("utf_8_encode") static PyObject utf8Encode(PyModule self, PyObject str, @PyMethod.Opt PyObject errors) {
    return encodeWith(Codec.UTF_8, str, errors, "utf_8_encode");
  }

  @PyMethod("utf_8_decode") static PyObject utf8Decode(PyModule self, PyObject data, @PyMethod.Opt PyObject errors,
      @PyMethod.Opt PyObject last) {
    return decodeWith(Codec.UTF_8, data, errors, last, "utf_8_decode");
  }

  @PyMethod("ascii_encode") static PyObject asciiEncode(PyModule self, PyObject str, @PyMethod.Opt PyObject errors) {
    return encodeWith(Codec.ASCII, str, errors, "ascii_encode");
  }

  @PyMethod("ascii_decode") static PyObject asciiDecode(PyModule self, PyObject data, @PyMethod.Opt PyObject errors) {
    return decodeWith(Codec.ASCII, data, errors, PyInt.of(1), "ascii_decode");
  }

  @PyMethod("latin_1_encode") static PyObject latin1Encode(PyModule self, PyObject str, @PyMethod.Opt PyObject errors) {
    return encodeWith(Codec.LATIN_1, str, errors, "latin_1_encode");
  }

  @PyMethod("latin_1_decode") static PyObject latin1Decode(PyModule self, PyObject data, @PyMethod.Opt PyObject errors) {
    return decodeWith(Codec.LATIN_1, data, errors, PyInt.of(1), "latin_1_decode");
  }

  /** byteorder: 0 native with a BOM, below 0 little-endian, above 0 big-endian (no BOM). */
  private static Codec ordered(PyObject byteorder, Codec bom, Codec little, Codec big) {
    long order = byteorder == null ? 0 : Abstract.indexValue(byteorder);
    return order == 0 ? bom : order < 0 ? little : big;
  }

  @PyMethod("utf_16_encode") static PyObject utf16Encode(PyModule self, PyObject str, @PyMethod.Opt PyObject errors,
      @PyMethod.Opt PyObject byteorder) {
    return encodeWith(ordered(byteorder, Codec.UTF_16, Codec.UTF_16_LE, Codec.UTF_16_BE), str, errors,
        "utf_16_encode");
  }

  @PyMethod("utf_16_le_encode") static PyObject utf16LeEncode(PyModule self, PyObject str,
      @PyMethod.Opt PyObject errors) {
    return encodeWith(Codec.UTF_16_LE, str, errors, "utf_16_le_encode");
  }

  @PyMethod("utf_16_be_encode") static PyObject utf16BeEncode(PyModule self, PyObject str,
      @PyMethod.Opt PyObject errors) {
    return encodeWith(Codec.UTF_16_BE, str, errors, "utf_16_be_encode");
  }

  @PyMethod("utf_16_decode") static PyObject utf16Decode(PyModule self, PyObject data, @PyMethod.Opt PyObject errors,
      @PyMethod.Opt PyObject last) {
    return decodeWith(Codec.UTF_16, data, errors, last, "utf_16_decode");
  }

  @PyMethod("utf_16_le_decode") static PyObject utf16LeDecode(PyModule self, PyObject data,
      @PyMethod.Opt PyObject errors, @PyMethod.Opt PyObject last) {
    return decodeWith(Codec.UTF_16_LE, data, errors, last, "utf_16_le_decode");
  }

  @PyMethod("utf_16_be_decode") static PyObject utf16BeDecode(PyModule self, PyObject data,
      @PyMethod.Opt PyObject errors, @PyMethod.Opt PyObject last) {
    return decodeWith(Codec.UTF_16_BE, data, errors, last, "utf_16_be_decode");
  }

  @PyMethod("utf_16_ex_decode") static PyObject utf16ExDecode(PyModule self, PyObject data,
      @PyMethod.Opt PyObject errors, @PyMethod.Opt PyObject byteorder, @PyMethod.Opt PyObject last) {
    return exDecode(ordered(byteorder, Codec.UTF_16, Codec.UTF_16_LE, Codec.UTF_16_BE), data, errors, byteorder, last,
        "utf_16_ex_decode");
  }

  /** {@code (text, consumed, byteorder)}: the byte order given, or the one a BOM declared. */
  private static PyObject exDecode(Codec c, PyObject data, PyObject errors, PyObject byteorder, PyObject last,
      String function) {
    Codecs.Decoded d = Codecs.decode(Buffers.required(data), c, errors(errors, function, 2), isFinal(last, false));
    long order = byteorder == null ? 0 : Abstract.indexValue(byteorder);
    return PyTuple.of(new PyStr(d.text()), PyInt.of(d.consumed()), PyInt.of(order != 0 ? order : d.byteorder()));
  }

  @PyMethod("utf_32_encode") static PyObject utf32Encode(PyModule self, PyObject str, @PyMethod.Opt PyObject errors,
      @PyMethod.Opt PyObject byteorder) {
    return encodeWith(ordered(byteorder, Codec.UTF_32, Codec.UTF_32_LE, Codec.UTF_32_BE), str, errors,
        "utf_32_encode");
  }

  @PyMethod("utf_32_le_encode") static PyObject utf32LeEncode(PyModule self, PyObject str,
      @PyMethod.Opt PyObject errors) {
    return encodeWith(Codec.UTF_32_LE, str, errors, "utf_32_le_encode");
  }

  @PyMethod("utf_32_be_encode") static PyObject utf32BeEncode(PyModule self, PyObject str,
      @PyMethod.Opt PyObject errors) {
    return encodeWith(Codec.UTF_32_BE, str, errors, "utf_32_be_encode");
  }

  @PyMethod("utf_32_decode") static PyObject utf32Decode(PyModule self, PyObject data, @PyMethod.Opt PyObject errors,
      @PyMethod.Opt PyObject last) {
    return decodeWith(Codec.UTF_32, data, errors, last, "utf_32_decode");
  }

  @PyMethod("utf_32_le_decode") static PyObject utf32LeDecode(PyModule self, PyObject data,
      @PyMethod.Opt PyObject errors, @PyMethod.Opt PyObject last) {
    return decodeWith(Codec.UTF_32_LE, data, errors, last, "utf_32_le_decode");
  }

  @PyMethod("utf_32_be_decode") static PyObject utf32BeDecode(PyModule self, PyObject data,
      @PyMethod.Opt PyObject errors, @PyMethod.Opt PyObject last) {
    return decodeWith(Codec.UTF_32_BE, data, errors, last, "utf_32_be_decode");
  }

  @PyMethod("utf_32_ex_decode") static PyObject utf32ExDecode(PyModule self, PyObject data,
      @PyMethod.Opt PyObject errors, @PyMethod.Opt PyObject byteorder, @PyMethod.Opt PyObject last) {
    return exDecode(ordered(byteorder, Codec.UTF_32, Codec.UTF_32_LE, Codec.UTF_32_BE), data, errors, byteorder, last,
        "utf_32_ex_decode");
  }

  @PyMethod("utf_7_encode") static PyObject utf7Encode(PyModule self, PyObject str, @PyMethod.Opt PyObject errors) {
    String s = text(str, "utf_7_encode", 1, "str");
    errors(errors, "utf_7_encode", 2);
    return encoded(Utf7Codec.encode(s), s);
  }

  @PyMethod("utf_7_decode") static PyObject utf7Decode(PyModule self, PyObject data, @PyMethod.Opt PyObject errors,
      @PyMethod.Opt PyObject last) {
    return Utf7Codec.decode(Buffers.required(data), errors(errors, "utf_7_decode", 2), isFinal(last, false));
  }

  // ---- Escape codecs

  @PyMethod("unicode_escape_encode") static PyObject unicodeEscapeEncode(PyModule self, PyObject str,
      @PyMethod.Opt PyObject errors) {
    String s = text(str, "unicode_escape_encode", 1, "str");
    errors(errors, "unicode_escape_encode", 2);
    return encoded(EscapeCodecs.unicodeEscapeEncode(s), s);
  }

  @PyMethod("unicode_escape_decode") static PyObject unicodeEscapeDecode(PyModule self, PyObject data,
      @PyMethod.Opt PyObject errors, @PyMethod.Opt PyObject last) {
    return EscapeCodecs.unicodeEscapeDecode(bytesOrText(data), errors(errors, "unicode_escape_decode", 2),
        isFinal(last, true), false);
  }

  @PyMethod("raw_unicode_escape_encode") static PyObject rawUnicodeEscapeEncode(PyModule self, PyObject str,
      @PyMethod.Opt PyObject errors) {
    String s = text(str, "raw_unicode_escape_encode", 1, "str");
    errors(errors, "raw_unicode_escape_encode", 2);
    return encoded(EscapeCodecs.rawUnicodeEscapeEncode(s), s);
  }

  @PyMethod("raw_unicode_escape_decode") static PyObject rawUnicodeEscapeDecode(PyModule self, PyObject data,
      @PyMethod.Opt PyObject errors, @PyMethod.Opt PyObject last) {
    return EscapeCodecs.unicodeEscapeDecode(bytesOrText(data), errors(errors, "raw_unicode_escape_decode", 2),
        isFinal(last, true), true);
  }

  @PyMethod("escape_encode") static PyObject escapeEncode(PyModule self, PyObject data, @PyMethod.Opt PyObject errors) {
    if (!(data instanceof PyBytes b)) {
      throw Errors.typeError("escape_encode() argument 1 must be bytes, not %s", data.type().name());
    }
    errors(errors, "escape_encode", 2);
    return pair(new PyBytes(EscapeCodecs.escapeEncode(b.value)), b.value.length);
  }

  @PyMethod("escape_decode") static PyObject escapeDecode(PyModule self, PyObject data, @PyMethod.Opt PyObject errors) {
    byte[] b = bytesOrText(data);
    return pair(new PyBytes(EscapeCodecs.escapeDecode(b, errors(errors, "escape_decode", 2))), b.length);
  }

  @PyMethod("readbuffer_encode") static PyObject readbufferEncode(PyModule self, PyObject data,
      @PyMethod.Opt PyObject errors) {
    byte[] b = bytesOrText(data);
    errors(errors, "readbuffer_encode", 2);
    return pair(new PyBytes(b.clone()), b.length);
  }

  // ---- charmap

  @PyMethod("charmap_encode") static PyObject charmapEncode(PyModule self, PyObject str, @PyMethod.Opt PyObject errors,
      @PyMethod.Opt PyObject mapping) {
    String s = text(str, "charmap_encode", 1, "str");
    String err = errors(errors, "charmap_encode", 2);
    if (mapping == null || mapping == PyNone.NONE) return encoded(Codecs.encode(s, Codec.LATIN_1, err), s);
    return encoded(CharmapCodec.encode(s, err, mapping), s);
  }

  @PyMethod("charmap_decode") static PyObject charmapDecode(PyModule self, PyObject data,
      @PyMethod.Opt PyObject errors, @PyMethod.Opt PyObject mapping) {
    byte[] b = Buffers.required(data);
    String err = errors(errors, "charmap_decode", 2);
    if (mapping == null || mapping == PyNone.NONE) {
      return pair(new PyStr(Codecs.decode(b, Codec.LATIN_1, err, true).text()), b.length);
    }
    return pair(new PyStr(CharmapCodec.decode(b, err, mapping)), b.length);
  }

  @PyMethod("charmap_build") static PyObject charmapBuild(PyModule self, PyObject map) {
    String table = text(map, "charmap_build", 1, "str");
    // the 256-character tables that start with U+0000 (every stdlib one) get the fast map; others a dict
    boolean plain = table.length() == 256 && table.charAt(0) == 0 && table.chars().noneMatch(c -> Character.isSurrogate((char) c));
    return plain ? new EncodingMap(table) : CharmapCodec.inverse(table);
  }
}
