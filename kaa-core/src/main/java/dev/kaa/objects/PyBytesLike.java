package dev.kaa.objects;

import dev.kaa.format.PercentFormat;
import dev.kaa.strings.PyStrIndex;
import dev.kaa.strings.StrBuild;
import dev.kaa.strings.StrSearch;
import dev.kaa.strings.StrSplit;
import dev.kaa.text.StrRepr;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * What {@code bytes} and {@code bytearray} share: every method that only reads. The methods run the str algorithms
 * on the bytes as Latin-1 text (one char per byte, so indices agree), with bytes' own ASCII rules for case, whitespace
 * and line breaks ({@link BytesAscii}). Results are of the receiver's kind ({@link #make}): bytes from bytes, bytearray
 * from bytearray. Python does not relate the two types; this Java class only shares the code (TypeBuilder binds the
 * methods of abstract Java superclasses).
 */
public abstract class PyBytesLike extends PyObject implements BufferExporter {
  /** The backing array; only the first {@link #size()} bytes count. */
  abstract byte[] array();

  public abstract int size();

  @Override public final byte[] bufferBytes() { return array(); }

  @Override public final int bufferLength() { return size(); }

  /** A new object of this object's kind (bytes or bytearray; always the exact built-in type) holding {@code data}. */
  abstract PyObject make(byte[] data);

  /** The bytes, as an array callers must not modify (a bytes object's own, a bytearray's copy). */
  abstract byte[] bytesView();

  /** A fresh copy of the bytes. */
  public final byte[] toByteArray() { return Arrays.copyOf(array(), size()); }

  /** The bytes as Latin-1 text: one char per byte. */
  final String text() { return new String(array(), 0, size(), StandardCharsets.ISO_8859_1); }

  static byte[] latin1(String s) { return s.getBytes(StandardCharsets.ISO_8859_1); }

  private PyObject fromText(String s) { return make(latin1(s)); }

  private static PyList textList(List<String> parts, PyBytesLike kind) {
    PyObject[] items = new PyObject[parts.size()];
    for (int i = 0; i < items.length; i++) items[i] = kind.fromText(parts.get(i));
    return new PyList(items);
  }

  /** A bytes-like argument as Latin-1 text: "a bytes-like object is required, not 'str'". */
  static String textArg(PyObject o) { return new String(Buffers.required(o), StandardCharsets.ISO_8859_1); }

  /** A byte value: an int in range(0, 256), or via {@code __index__}. */
  static int byteValue(PyObject o) {
    PyInt i = Abstract.index(o);
    if (!i.isLong() || i.longValue() < 0 || i.longValue() > 255) {
      throw Errors.valueError("byte must be in range(0, 256)");
    }
    return (int) i.longValue();
  }

  /** The needle of find/count/index: a bytes-like object or an int byte. */
  private static String needle(PyObject sub) {
    byte[] data = Buffers.bytesOrNull(sub);
    if (data != null) return new String(data, StandardCharsets.ISO_8859_1);
    if (sub instanceof PyInt || sub.type().lookupSpecial(Special.INDEX) != null) {
      return String.valueOf((char) byteValue(sub));
    }
    throw Errors.typeError("argument should be integer or bytes-like object, not '%s'", sub.type().name());
  }

  // ---- Sequence protocol

  @PyMethod("__len__") public PyObject len() { return PyInt.of(size()); }

  /** {@code self[i]} (an int) or {@code self[a:b:c]} (same kind). */
  PyObject getItem(PyObject key, String outOfRange, String typeWord) {
    if (key instanceof PyInt || key.type().lookupSpecial(Special.INDEX) != null) {
      long i = Abstract.indexValue(key);
      if (i < 0) i += size();
      byte[] data = array();  // read once: a bytearray another thread shrinks cannot make this fail
      if (i < 0 || i >= size() || i >= data.length) throw Errors.indexError(outOfRange);
      return PyInt.of(data[(int) i] & 0xff);
    }
    if (key instanceof PySlice slice) {
      PySlice.Indices ix = slice.indices(this::size);  // read after the bounds' __index__ ran
      byte[] out = new byte[(int) ix.length()];
      byte[] data = array();
      for (int k = 0, i = (int) ix.start(); k < out.length; k++, i += (int) ix.step()) out[k] = data[i];
      return make(out);
    }
    throw Errors.typeError("%s indices must be integers or slices, not %s", typeWord, key.type().name());
  }

  @PyMethod("__contains__") public PyObject contains(PyObject item) {
    if (item instanceof PyInt || (!Buffers.exports(item) && item.type().lookupSpecial(Special.INDEX) != null)) {
      return PyBool.of(text().indexOf(byteValue(item)) >= 0);
    }
    return PyBool.of(text().contains(textArg(item)));
  }

  @PyMethod("__add__") public PyObject add(PyObject other) {
    byte[] b = Buffers.bytesOrNull(other);
    if (b == null) return PyNotImplemented.VALUE;
    byte[] out = Arrays.copyOf(array(), TextArgs.checkedSize((long) size() + b.length));
    System.arraycopy(b, 0, out, size(), b.length);
    return make(out);
  }

  @PyMethod("__mul__") public PyObject mul(PyObject count) {
    PyInt n = Abstract.index(count);
    // an exact bytes is immutable: once is itself, as CPython shares it
    if (type() == PyBytes.TYPE && n.isLong() && n.longValue() == 1) return this;
    return make(repeated(n));
  }

  @PyMethod("__rmul__") public PyObject rmul(PyObject count) { return mul(count); }

  final byte[] repeated(PyObject count) {
    PyInt n = Abstract.index(count);
    if (!n.isLong()) throw Errors.overflowError("cannot fit 'int' into an index-sized integer");
    long times = Math.max(0, n.longValue());
    int size = size();
    if (size == 0 || times == 0) return new byte[0];
    byte[] out = new byte[TextArgs.checkedSize(times > Integer.MAX_VALUE ? Long.MAX_VALUE : times * size)];
    for (int i = 0; i < times; i++) System.arraycopy(array(), 0, out, i * size, size);
    return out;
  }

  @PyMethod("__mod__") public PyObject mod(PyObject args) {
    return make(PercentFormat.format(toByteArray(), args, TextFormatting.OPERANDS));
  }

  @PyMethod("__rmod__") public PyObject rmod(PyObject format) { return PyNotImplemented.VALUE; }

  // ---- Comparison: with any bytes or bytearray, bytewise unsigned

  private int compareWith(PyBytesLike o) { return Arrays.compareUnsigned(array(), 0, size(), o.array(), 0, o.size()); }

  @PyMethod("__eq__") public PyObject eq(PyObject other) {
    return other instanceof PyBytesLike o ? PyBool.of(compareWith(o) == 0) : PyNotImplemented.VALUE;
  }

  @PyMethod("__ne__") public PyObject ne(PyObject other) {
    return other instanceof PyBytesLike o ? PyBool.of(compareWith(o) != 0) : PyNotImplemented.VALUE;
  }

  @PyMethod("__lt__") public PyObject lt(PyObject other) {
    return other instanceof PyBytesLike o ? PyBool.of(compareWith(o) < 0) : PyNotImplemented.VALUE;
  }

  @PyMethod("__le__") public PyObject le(PyObject other) {
    return other instanceof PyBytesLike o ? PyBool.of(compareWith(o) <= 0) : PyNotImplemented.VALUE;
  }

  @PyMethod("__gt__") public PyObject gt(PyObject other) {
    return other instanceof PyBytesLike o ? PyBool.of(compareWith(o) > 0) : PyNotImplemented.VALUE;
  }

  @PyMethod("__ge__") public PyObject ge(PyObject other) {
    return other instanceof PyBytesLike o ? PyBool.of(compareWith(o) >= 0) : PyNotImplemented.VALUE;
  }

  // ---- Searching

  private PyStrIndex indexed() { return PyStrIndex.of(text()); }

  @PyMethod(style = ArgSpec.Style.LEGACY)
  public PyObject find(PyObject sub, @PyMethod.Opt PyObject start, @PyMethod.Opt PyObject end) {
    return PyInt.of(StrSearch.find(indexed(), needle(sub), TextArgs.start(start), TextArgs.end(end)));
  }

  @PyMethod(style = ArgSpec.Style.LEGACY)
  public PyObject rfind(PyObject sub, @PyMethod.Opt PyObject start, @PyMethod.Opt PyObject end) {
    return PyInt.of(StrSearch.rfind(indexed(), needle(sub), TextArgs.start(start), TextArgs.end(end)));
  }

  @PyMethod(value = "index", style = ArgSpec.Style.LEGACY)
  public PyObject indexOf(PyObject sub, @PyMethod.Opt PyObject start, @PyMethod.Opt PyObject end) {
    int at = StrSearch.find(indexed(), needle(sub), TextArgs.start(start), TextArgs.end(end));
    if (at < 0) throw Errors.valueError("subsection not found");
    return PyInt.of(at);
  }

  @PyMethod(style = ArgSpec.Style.LEGACY)
  public PyObject rindex(PyObject sub, @PyMethod.Opt PyObject start, @PyMethod.Opt PyObject end) {
    int at = StrSearch.rfind(indexed(), needle(sub), TextArgs.start(start), TextArgs.end(end));
    if (at < 0) throw Errors.valueError("subsection not found");
    return PyInt.of(at);
  }

  @PyMethod(style = ArgSpec.Style.LEGACY)
  public PyObject count(PyObject sub, @PyMethod.Opt PyObject start, @PyMethod.Opt PyObject end) {
    return PyInt.of(StrSearch.count(indexed(), needle(sub), TextArgs.start(start), TextArgs.end(end)));
  }

  @PyMethod(style = ArgSpec.Style.LEGACY)
  public PyObject startswith(PyObject prefix, @PyMethod.Opt PyObject start, @PyMethod.Opt PyObject end) {
    return affixMatch(prefix, start, end, "startswith", true);
  }

  @PyMethod(style = ArgSpec.Style.LEGACY)
  public PyObject endswith(PyObject suffix, @PyMethod.Opt PyObject start, @PyMethod.Opt PyObject end) {
    return affixMatch(suffix, start, end, "endswith", false);
  }

  /** A bytes-like object, or a tuple of them tried in order (items after the first match are not looked at). */
  private PyObject affixMatch(PyObject arg, PyObject start, PyObject end, String method, boolean prefix) {
    PyStrIndex s = indexed();
    int from = TextArgs.start(start), to = TextArgs.end(end);
    if (arg instanceof PyTuple t) {
      for (int i = 0; i < t.size(); i++) {
        String affix = textArg(t.get(i));
        if (prefix ? StrSearch.startswith(s, affix, from, to) : StrSearch.endswith(s, affix, from, to)) {
          return PyBool.TRUE;
        }
      }
      return PyBool.FALSE;
    }
    byte[] data = Buffers.bytesOrNull(arg);
    if (data == null) {
      throw Errors.typeError("%s first arg must be bytes or a tuple of bytes, not %s", method, arg.type().name());
    }
    String affix = new String(data, StandardCharsets.ISO_8859_1);
    return PyBool.of(prefix ? StrSearch.startswith(s, affix, from, to) : StrSearch.endswith(s, affix, from, to));
  }

  @PyMethod public PyObject replace(PyObject old, PyObject replacement, @PyMethod.Opt PyObject count) {
    String o = textArg(old), r = textArg(replacement);
    return fromText(StrSearch.replace(text(), o, r, count == null ? -1 : TextArgs.ssize(count)));
  }

  // ---- Splitting and joining

  @PyMethod(positionalOnly = 0)
  public PyObject split(@PyMethod.Opt PyObject sep, @PyMethod.Opt PyObject maxsplit) {
    int max = maxsplit == null ? -1 : TextArgs.ssize(maxsplit);
    if (sep == null || sep == PyNone.NONE) return textList(BytesAscii.split(text(), max), this);
    return textList(StrSplit.split(text(), textArg(sep), max), this);
  }

  @PyMethod(positionalOnly = 0)
  public PyObject rsplit(@PyMethod.Opt PyObject sep, @PyMethod.Opt PyObject maxsplit) {
    int max = maxsplit == null ? -1 : TextArgs.ssize(maxsplit);
    if (sep == null || sep == PyNone.NONE) return textList(BytesAscii.rsplit(text(), max), this);
    return textList(StrSplit.rsplit(text(), textArg(sep), max), this);
  }

  @PyMethod(positionalOnly = 0) public PyObject splitlines(@PyMethod.Opt PyObject keepends) {
    return textList(BytesAscii.splitlines(text(), TextArgs.flag(keepends)), this);
  }

  @PyMethod public PyObject partition(PyObject sep) { return textTuple(StrSplit.partition(text(), textArg(sep))); }

  @PyMethod public PyObject rpartition(PyObject sep) { return textTuple(StrSplit.rpartition(text(), textArg(sep))); }

  private PyTuple textTuple(String[] parts) {
    PyObject[] items = new PyObject[parts.length];
    for (int i = 0; i < items.length; i++) items[i] = fromText(parts[i]);
    return PyTuple.wrap(items);
  }

  @PyMethod public PyObject join(PyObject iterable_of_bytes) {
    PyObject[] items = TextArgs.items(iterable_of_bytes, "can only join an iterable");
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    byte[] sep = toByteArray();
    for (int i = 0; i < items.length; i++) {
      byte[] part = Buffers.bytesOrNull(items[i]);
      if (part == null) {
        throw Errors.typeError("sequence item %d: expected a bytes-like object, %s found", i, items[i].type().name());
      }
      if (i > 0) out.writeBytes(sep);
      out.writeBytes(part);
    }
    return make(out.toByteArray());
  }

  // ---- Padding and stripping

  @PyMethod public PyObject strip(@PyMethod.Opt PyObject bytes) { return stripped(bytes, true, true); }

  @PyMethod public PyObject lstrip(@PyMethod.Opt PyObject bytes) { return stripped(bytes, true, false); }

  @PyMethod public PyObject rstrip(@PyMethod.Opt PyObject bytes) { return stripped(bytes, false, true); }

  private PyObject stripped(PyObject chars, boolean left, boolean right) {
    if (chars == null || chars == PyNone.NONE) return fromText(BytesAscii.strip(text(), left, right));
    String set = textArg(chars);
    String s = text();
    return fromText(left && right ? StrBuild.strip(s, set) : left ? StrBuild.lstrip(s, set) : StrBuild.rstrip(s, set));
  }

  @PyMethod public PyObject center(PyObject width, @PyMethod.Opt PyObject fillchar) {
    return fromText(StrBuild.center(indexed(), TextArgs.ssize(width), fill(fillchar, "center")));
  }

  @PyMethod public PyObject ljust(PyObject width, @PyMethod.Opt PyObject fillchar) {
    return fromText(StrBuild.ljust(indexed(), TextArgs.ssize(width), fill(fillchar, "ljust")));
  }

  @PyMethod public PyObject rjust(PyObject width, @PyMethod.Opt PyObject fillchar) {
    return fromText(StrBuild.rjust(indexed(), TextArgs.ssize(width), fill(fillchar, "rjust")));
  }

  private static String fill(PyObject fillchar, String method) {
    if (fillchar == null) return " ";
    if ((fillchar instanceof PyBytesLike b) && b.size() == 1) return b.text();
    throw Errors.typeError("%s() argument 2 must be a byte string of length 1, not %s", method,
        TextArgs.badArgumentName(fillchar));
  }

  @PyMethod public PyObject zfill(PyObject width) { return fromText(StrBuild.zfill(indexed(), TextArgs.ssize(width))); }

  @PyMethod(positionalOnly = 0) public PyObject expandtabs(@PyMethod.Opt PyObject tabsize) {
    return fromText(StrBuild.expandtabs(text(), tabsize == null ? 8 : TextArgs.cInt(tabsize)));
  }

  @PyMethod public PyObject removeprefix(PyObject prefix) {
    return fromText(StrBuild.removeprefix(text(), textArg(prefix)));
  }

  @PyMethod public PyObject removesuffix(PyObject suffix) {
    return fromText(StrBuild.removesuffix(text(), textArg(suffix)));
  }

  // ---- Case and predicates (ASCII only)

  @PyMethod public PyObject upper() { return fromText(BytesAscii.upper(text())); }

  @PyMethod public PyObject lower() { return fromText(BytesAscii.lower(text())); }

  @PyMethod public PyObject swapcase() { return fromText(BytesAscii.swapcase(text())); }

  @PyMethod public PyObject capitalize() { return fromText(BytesAscii.capitalize(text())); }

  @PyMethod public PyObject title() { return fromText(BytesAscii.title(text())); }

  @PyMethod public PyObject isalpha() { return PyBool.of(BytesAscii.all(text(), BytesAscii::isAlpha)); }

  @PyMethod public PyObject isalnum() {
    return PyBool.of(BytesAscii.all(text(), c -> BytesAscii.isAlpha(c) || BytesAscii.isDigit(c)));
  }

  @PyMethod public PyObject isdigit() { return PyBool.of(BytesAscii.all(text(), BytesAscii::isDigit)); }

  @PyMethod public PyObject isspace() { return PyBool.of(BytesAscii.all(text(), BytesAscii::isSpace)); }

  @PyMethod public PyObject isascii() { return PyBool.of(BytesAscii.isascii(text())); }

  @PyMethod public PyObject islower() {
    return PyBool.of(BytesAscii.cased(text(), BytesAscii::isLower, BytesAscii::isUpper));
  }

  @PyMethod public PyObject isupper() {
    return PyBool.of(BytesAscii.cased(text(), BytesAscii::isUpper, BytesAscii::isLower));
  }

  @PyMethod public PyObject istitle() { return PyBool.of(BytesAscii.istitle(text())); }

  // ---- Translation, hex, decoding

  @PyMethod(positionalOnly = 1) public PyObject translate(PyObject table, @PyMethod.Opt PyObject delete) {
    byte[] map = null;
    if (table != PyNone.NONE) {
      map = Buffers.required(table);
      if (map.length != 256) throw Errors.valueError("translation table must be 256 characters long");
    }
    String deleted = delete == null ? "" : textArg(delete);
    byte[] data = array();
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(size());
    for (int i = 0; i < size(); i++) {
      int b = data[i] & 0xff;
      if (deleted.indexOf(b) >= 0) continue;
      out.write(map == null ? b : map[b]);
    }
    return make(out.toByteArray());
  }

  @PyMethod(kind = PyMethod.Kind.CLASS) static PyObject maketrans(PyType cls, PyObject frm, PyObject to) {
    byte[] from = Buffers.required(frm), into = Buffers.required(to);
    if (from.length != into.length) throw Errors.valueError("maketrans arguments must have same length");
    byte[] table = new byte[256];
    for (int i = 0; i < 256; i++) table[i] = (byte) i;
    for (int i = 0; i < from.length; i++) table[from[i] & 0xff] = into[i];
    return new PyBytes(table);
  }

  @PyMethod(positionalOnly = 0) public PyObject hex(@PyMethod.Opt PyObject sep, @PyMethod.Opt PyObject bytes_per_sep) {
    return new PyStr(hexOf(toByteArray(), sep, bytes_per_sep));
  }

  /** {@code bytes.hex(sep, bytes_per_sep)}: groups counted from the right, or from the left when negative. */
  public static String hexOf(byte[] data, PyObject sep, PyObject bytesPerSep) {
    StringBuilder out = new StringBuilder(data.length * 3);
    int separator = -1;  // none; '\0' is a separator like any other
    int group = 0;
    if (sep != null) {
      String s;
      if (sep instanceof PyStr str) s = str.value;
      else if (Buffers.exports(sep)) s = textArg(sep);
      else throw Errors.typeError("object of type '%s' has no len()", sep.type().name());
      if (s.length() != 1) throw Errors.valueError("sep must be length 1.");
      if (s.charAt(0) > 0x7f) throw Errors.valueError("sep must be ASCII.");
      separator = s.charAt(0);
      group = bytesPerSep == null ? 1 : TextArgs.cInt(bytesPerSep);
    }
    int n = data.length;
    for (int i = 0; i < n; i++) {
      if (separator >= 0 && group != 0 && i > 0) {
        int g = Math.abs(group);
        boolean boundary = group > 0 ? (n - i) % g == 0 : i % g == 0;
        if (boundary) out.append((char) separator);
      }
      out.append(Character.forDigit((data[i] >> 4) & 0xf, 16)).append(Character.forDigit(data[i] & 0xf, 16));
    }
    return out.toString();
  }

  /** {@code bytes.fromhex(string)}: pairs of hex digits, whitespace allowed between pairs. */
  static byte[] fromHex(PyObject string) {
    if (!(string instanceof PyStr str)) {
      throw Errors.typeError("fromhex() argument must be str, not %s", TextArgs.badArgumentName(string));
    }
    String s = str.value;
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(s.length() / 2);
    int i = 0, n = s.length();
    while (true) {
      while (i < n && BytesAscii.isSpace(s.charAt(i))) i++;
      if (i >= n) break;
      int hi = Character.digit(s.charAt(i), 16);
      if (hi < 0 || s.charAt(i) > 0x7f) throw badHex(i);
      if (i + 1 >= n) throw badHex(i + 1);
      int lo = Character.digit(s.charAt(i + 1), 16);
      if (lo < 0 || s.charAt(i + 1) > 0x7f) throw badHex(i + 1);
      out.write(hi * 16 + lo);
      i += 2;
    }
    return out.toByteArray();
  }

  private static PyException badHex(int at) {
    return Errors.valueError("non-hexadecimal number found in fromhex() arg at position %d", at);
  }

  @PyMethod(positionalOnly = 0) public PyObject decode(@PyMethod.Opt PyObject encoding, @PyMethod.Opt PyObject errors) {
    String enc = encoding == null ? "utf-8" : TextArgs.str(encoding, "decode", "'encoding'");
    String err = errors == null ? "strict" : TextArgs.str(errors, "decode", "'errors'");
    return new PyStr(Codecs.decode(bytesView(), enc, err));
  }

  /** str() of bytes and bytearray is their built-in repr, whatever a subclass's {@code __repr__} says. */
  @PyMethod("__str__") public PyObject str() { return repr(); }

  /** The built-in repr: {@code b'...'} for bytes, {@code bytearray(b'...')} for bytearray. */
  public abstract PyObject repr();

  /** {@code b'...'}: CPython's repr of these bytes. */
  final String bytesRepr() { return StrRepr.bytesRepr(toByteArray()); }

  /**
   * The bytes of a constructor's source (bytes(x), bytearray(x)), as CPython accepts them: str with an encoding, an
   * int count of zeros, a buffer, or an iterable of ints ({@code bytes()} asks {@code __bytes__} first).
   */
  static byte[] constructorBytes(PyObject source, PyObject encoding, PyObject errors, String typeName) {
    if (source == null) {
      if (encoding != null) throw Errors.typeError("encoding without a string argument");
      if (errors != null) throw Errors.typeError("errors without a string argument");
      return new byte[0];
    }
    if (encoding != null || errors != null) {
      if (!(source instanceof PyStr s)) {
        throw Errors.typeError(encoding != null ? "encoding without a string argument"
            : "errors without a string argument");
      }
      if (encoding == null) throw Errors.typeError("string argument without an encoding");
      String enc = TextArgs.str(encoding, typeName, "'encoding'");
      String err = errors == null ? "strict" : TextArgs.str(errors, typeName, "'errors'");
      return Codecs.encode(s.value, enc, err);
    }
    if (source instanceof PyStr) throw Errors.typeError("string argument without an encoding");
    if (source instanceof PyInt || source.type().lookupSpecial(Special.INDEX) != null) {
      PyInt n = Abstract.index(source);
      if (!n.isLong()) throw Errors.overflowError("cannot fit 'int' into an index-sized integer");
      if (n.longValue() < 0) throw Errors.valueError("negative count");
      return new byte[TextArgs.checkedSize(n.longValue())];
    }
    byte[] data = Buffers.bytesOrNull(source);
    if (data != null) return data.clone();
    if (!(source instanceof PyList) && !(source instanceof PyTuple)
        && source.type().lookupSpecial(Special.ITER) == null && source.type().lookupSpecial(Special.GETITEM) == null) {
      throw Errors.typeError("cannot convert '%s' object to %s", source.type().name(), typeName);
    }
    if (source instanceof PyList list) {
      // read by position, as CPython does: an __index__ that shrinks the list ends the bytes there
      java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(list.size());
      for (int i = 0; i < list.size(); i++) out.write(byteValue(list.get(i), typeName));
      return out.toByteArray();
    }
    PyObject[] items = TextArgs.items(source, "cannot convert '" + source.type().name() + "' object to " + typeName);
    byte[] out = new byte[items.length];
    for (int i = 0; i < items.length; i++) out[i] = (byte) byteValue(items[i], typeName);
    return out;
  }

  private static int byteValue(PyObject item, String typeName) {
    PyInt v = Abstract.index(item);
    if (!v.isLong() || v.longValue() < 0 || v.longValue() > 255) {
      throw Errors.valueError(typeName.equals("bytes") ? "bytes must be in range(0, 256)"
          : "byte must be in range(0, 256)");
    }
    return (int) v.longValue();
  }
}
