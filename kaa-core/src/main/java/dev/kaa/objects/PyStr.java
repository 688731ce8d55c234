package dev.kaa.objects;

import dev.kaa.format.PercentFormat;
import dev.kaa.format.StrFormat;
import dev.kaa.strings.PyStrIndex;
import dev.kaa.strings.StrBuild;
import dev.kaa.strings.StrCase;
import dev.kaa.strings.StrCompare;
import dev.kaa.strings.StrPredicates;
import dev.kaa.strings.StrSearch;
import dev.kaa.strings.StrSplit;
import dev.kaa.text.StrRepr;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * {@code str}: a Java String (UTF-16; astral characters are surrogate pairs, lone surrogates single chars) with its
 * code-point index ({@link PyStrIndex}) computed on first use (its hash derives from the String's cached one). The algorithms are {@code dev.kaa.strings}'
 * and {@code dev.kaa.format}'s; this class is the glue: argument conversion with CPython's errors, results as Python
 * objects. Not yet handled: the rare str a Java String cannot hold (an adjacent lone high + low surrogate pair, see
 * Expr.Constant.CodePoints).
 */
public class PyStr extends PyObject {
  public static final PyType TYPE = new PyType("str", PyType.IMMUTABLE | PyType.BASETYPE, PyStr.class, PyType.OBJECT);
  public static final PyStr EMPTY = new PyStr("");

  public final String value;
  private PyStrIndex index;

  /** The one-character strings U+0000..U+00FF, shared as CPython shares them. */
  private static final PyStr[] LATIN_1 = new PyStr[256];

  static {
    for (int i = 0; i < LATIN_1.length; i++) LATIN_1[i] = new PyStr(String.valueOf((char) i));
  }

  public PyStr(String value) { this.value = value; }

  /** The str of one code point. */
  public static PyStr ofCodePoint(int cp) {
    return cp < LATIN_1.length ? LATIN_1[cp] : new PyStr(Character.toString(cp));
  }

  @Override public PyType type() { return TYPE; }

  /** An instance of a Python subclass of str ({@code class Name(str)}): the text plus the class, dict and slots. */
  static final class Derived extends PyStr implements HeapInstance {
    private PyType type;
    private PyDict dict;
    private final PyObject[] slots;

    Derived(PyType type, String value) {
      super(value);
      this.type = type;
      this.dict = HeapInstance.newDict(type);
      this.slots = HeapInstance.newSlots(type);
    }

    @Override public PyType type() { return type; }

    @Override public void setType(PyType t) { type = t; }

    @Override public PyDict dict() { return dict; }

    @Override public void setDict(PyDict d) { dict = d; }

    @Override public PyObject[] slots() { return slots; }
  }

  /** The code-point view of the value, built on first use. */
  public final PyStrIndex index() {
    PyStrIndex i = index;
    if (i == null) index = i = PyStrIndex.of(value);
    return i;
  }

  /** {@code len(self)}. */
  public final int length() { return index().length(); }

  /** {@code s} as a result: this object itself when the text is unchanged and this is an exact str, as CPython. */
  private PyStr result(String s) {
    return s == value && type() == TYPE ? this : new PyStr(s);
  }

  @PyMethod(value = "__new__", kind = PyMethod.Kind.NEW, positionalOnly = 0)
  static PyObject make(PyType cls, @PyMethod.Opt PyObject object, @PyMethod.Opt PyObject encoding,
      @PyMethod.Opt PyObject errors) {
    String text;
    if (encoding == null && errors == null) {
      if (object == null) return cls == TYPE ? new PyStr("") : new Derived(cls, "");
      PyStr s = Abstract.str(object);
      if (cls == TYPE) return s;  // str(x) is x.__str__()'s result, even an instance of a subclass of str
      text = s.value;
    } else {
      String enc = encoding == null ? "utf-8" : TextArgs.str(encoding, "str", "'encoding'");
      String err = errors == null ? "strict" : TextArgs.str(errors, "str", "'errors'");
      text = object == null ? "" : Codecs.decode(decodable(object), enc, err);
    }
    return cls == TYPE ? new PyStr(text) : new Derived(cls, text);
  }

  private static byte[] decodable(PyObject object) {
    if (object instanceof PyStr) throw Errors.typeError("decoding str is not supported");
    byte[] data = Buffers.bytesOrNull(object);
    if (data == null) {
      throw Errors.typeError("decoding to str: need a bytes-like object, %s found", object.type().name());
    }
    return data;
  }

  @PyMethod("__repr__") public PyObject repr() { return new PyStr(StrRepr.repr(value)); }

  @PyMethod("__str__") public PyObject str() { return type() == TYPE ? this : new PyStr(value); }

  @PyMethod("__hash__") public PyObject hash() { return PyInt.of(hashValue()); }

  /**
   * The str hash. CPython randomises it per process (SipHash with a random key), so no program can depend on its
   * value; Kaa mixes the Java hash (which the String caches, so a str needs no field for it) into 64 bits, never -1.
   */
  public final long hashValue() { return hashOf(value); }

  /** The hash a str holding {@code s} has: lets string-keyed lookups skip making a PyStr. */
  public static long hashOf(String s) {
    long h = s.hashCode() * 0x9E3779B97F4A7C15L;
    h ^= h >>> 29;
    return h == -1 ? -2 : h;
  }

  @PyMethod("__eq__") public PyObject eq(PyObject other) {
    return other instanceof PyStr o ? PyBool.of(value.equals(o.value)) : PyNotImplemented.VALUE;
  }

  @PyMethod("__ne__") public PyObject ne(PyObject other) {
    return other instanceof PyStr o ? PyBool.of(!value.equals(o.value)) : PyNotImplemented.VALUE;
  }

  @PyMethod("__lt__") public PyObject lt(PyObject other) {
    return other instanceof PyStr o ? PyBool.of(StrCompare.compare(value, o.value) < 0) : PyNotImplemented.VALUE;
  }

  @PyMethod("__le__") public PyObject le(PyObject other) {
    return other instanceof PyStr o ? PyBool.of(StrCompare.compare(value, o.value) <= 0) : PyNotImplemented.VALUE;
  }

  @PyMethod("__gt__") public PyObject gt(PyObject other) {
    return other instanceof PyStr o ? PyBool.of(StrCompare.compare(value, o.value) > 0) : PyNotImplemented.VALUE;
  }

  @PyMethod("__ge__") public PyObject ge(PyObject other) {
    return other instanceof PyStr o ? PyBool.of(StrCompare.compare(value, o.value) >= 0) : PyNotImplemented.VALUE;
  }

  @PyMethod("__len__") public PyObject len() { return PyInt.of(length()); }

  @PyMethod("__getitem__") public PyObject getItem(PyObject key) {
    if (key instanceof PyInt || key.type().lookupSpecial(Special.INDEX) != null) {
      long i = Abstract.indexValue(key);
      int length = length();
      if (i < 0) i += length;
      if (i < 0 || i >= length) throw Errors.indexError("string index out of range");
      return ofCodePoint(index().codePointAt((int) i));
    }
    if (key instanceof PySlice slice) {
      PySlice.Indices ix = slice.indices(length());
      if (ix.step() == 1 && ix.length() == length()) return result(value);
      // a step beyond the int range takes one item, as Integer.MAX_VALUE does on a Java string
      int step = (int) Math.clamp(ix.step(), -Integer.MAX_VALUE, Integer.MAX_VALUE);
      return new PyStr(index().slice((int) ix.start(), (int) ix.stop(), step));
    }
    throw Errors.typeError("string indices must be integers, not '%s'", key.type().name());
  }

  @PyMethod("__contains__") public PyObject contains(PyObject item) {
    if (item instanceof PyStr s) return PyBool.of(StrSearch.contains(value, s.value));
    throw Errors.typeError("'in <string>' requires string as left operand, not %s", item.type().name());
  }

  @PyMethod("__iter__") public PyObject iter() { return new PyStrIterator(this); }

  @PyMethod("__add__") public PyObject add(PyObject other) {
    return other instanceof PyStr o ? new PyStr(value.concat(o.value)) : PyNotImplemented.VALUE;
  }

  /** {@code s * n}; a count that is no integer is a TypeError (the operator words its own before calling this). */
  @PyMethod("__mul__") public PyObject mul(PyObject count) { return repeat(count); }

  @PyMethod("__rmul__") public PyObject rmul(PyObject count) { return mul(count); }

  private PyObject repeat(PyObject count) {
    PyInt n = Abstract.index(count);
    if (!n.isLong()) throw Errors.overflowError("cannot fit 'int' into an index-sized integer");
    long times = n.longValue();
    if (times <= 0 || value.isEmpty()) return EMPTY;
    if (times == 1) return result(value);
    if (times > (Integer.MAX_VALUE - 8) / value.length()) throw Errors.memoryError();
    return new PyStr(value.repeat((int) times));
  }

  @PyMethod("__mod__") public PyObject mod(PyObject args) {
    return new PyStr(PercentFormat.format(value, args, TextFormatting.OPERANDS));
  }

  @PyMethod("__rmod__") public PyObject rmod(PyObject format) {
    if (!(format instanceof PyStr f)) return PyNotImplemented.VALUE;
    return new PyStr(PercentFormat.format(f.value, this, TextFormatting.OPERANDS));
  }

  @PyMethod("__format__") public PyObject format(PyObject spec) {
    if (!(spec instanceof PyStr s)) {
      throw Errors.typeError("__format__() argument must be str, not %s", TextArgs.badArgumentName(spec));
    }
    // an empty spec on a subclass is str(self): its own __str__ decides, as in CPython
    if (s.value.isEmpty() && type() != TYPE) return Abstract.str(this);
    return result(StrFormat.format(value, s.value, type().name()));
  }

  @PyMethod("__getnewargs__") public PyObject getnewargs() { return PyTuple.of(new PyStr(value)); }

  /** CPython's compact layout: 40 bytes + 1 per char for ASCII, else 56 + 1, 2 or 4 bytes per code point. */
  @PyMethod("__sizeof__") public PyObject sizeof() {
    int width = 1;
    boolean ascii = true;
    for (int i = 0; i < value.length(); ) {
      int cp = value.codePointAt(i);
      i += Character.charCount(cp);
      if (cp > 0x7f) ascii = false;
      if (cp > 0xff) width = Math.max(width, 2);
      if (cp > 0xffff) width = 4;
    }
    int n = length() + 1;
    return PyInt.of(ascii ? 40 + n : 56 + (long) width * n);
  }

  // ---- Case and predicates

  @PyMethod public PyObject upper() { return result(StrCase.upper(value)); }

  @PyMethod public PyObject lower() { return result(StrCase.lower(value)); }

  @PyMethod public PyObject casefold() { return result(StrCase.casefold(value)); }

  @PyMethod public PyObject capitalize() { return result(StrCase.capitalize(value)); }

  @PyMethod public PyObject title() { return result(StrCase.title(value)); }

  @PyMethod public PyObject swapcase() { return result(StrCase.swapcase(value)); }

  @PyMethod public PyObject isalpha() { return PyBool.of(StrPredicates.isalpha(value)); }

  @PyMethod public PyObject isalnum() { return PyBool.of(StrPredicates.isalnum(value)); }

  @PyMethod public PyObject isdecimal() { return PyBool.of(StrPredicates.isdecimal(value)); }

  @PyMethod public PyObject isdigit() { return PyBool.of(StrPredicates.isdigit(value)); }

  @PyMethod public PyObject isnumeric() { return PyBool.of(StrPredicates.isnumeric(value)); }

  @PyMethod public PyObject isspace() { return PyBool.of(StrPredicates.isspace(value)); }

  @PyMethod public PyObject isprintable() { return PyBool.of(StrPredicates.isprintable(value)); }

  @PyMethod public PyObject isascii() { return PyBool.of(StrPredicates.isascii(value)); }

  @PyMethod public PyObject isidentifier() { return PyBool.of(StrPredicates.isidentifier(value)); }

  @PyMethod public PyObject islower() { return PyBool.of(StrPredicates.islower(value)); }

  @PyMethod public PyObject isupper() { return PyBool.of(StrPredicates.isupper(value)); }

  @PyMethod public PyObject istitle() { return PyBool.of(StrPredicates.istitle(value)); }

  // ---- Searching

  @PyMethod(style = ArgSpec.Style.LEGACY)
  public PyObject find(PyObject sub, @PyMethod.Opt PyObject start, @PyMethod.Opt PyObject end) {
    return PyInt.of(StrSearch.find(index(), TextArgs.str(sub), TextArgs.start(start), TextArgs.end(end)));
  }

  @PyMethod(style = ArgSpec.Style.LEGACY)
  public PyObject rfind(PyObject sub, @PyMethod.Opt PyObject start, @PyMethod.Opt PyObject end) {
    return PyInt.of(StrSearch.rfind(index(), TextArgs.str(sub), TextArgs.start(start), TextArgs.end(end)));
  }

  @PyMethod(value = "index", style = ArgSpec.Style.LEGACY)
  public PyObject indexOf(PyObject sub, @PyMethod.Opt PyObject start, @PyMethod.Opt PyObject end) {
    return PyInt.of(StrSearch.index(index(), TextArgs.str(sub), TextArgs.start(start), TextArgs.end(end)));
  }

  @PyMethod(style = ArgSpec.Style.LEGACY)
  public PyObject rindex(PyObject sub, @PyMethod.Opt PyObject start, @PyMethod.Opt PyObject end) {
    return PyInt.of(StrSearch.rindex(index(), TextArgs.str(sub), TextArgs.start(start), TextArgs.end(end)));
  }

  @PyMethod(style = ArgSpec.Style.LEGACY)
  public PyObject count(PyObject sub, @PyMethod.Opt PyObject start, @PyMethod.Opt PyObject end) {
    return PyInt.of(StrSearch.count(index(), TextArgs.str(sub), TextArgs.start(start), TextArgs.end(end)));
  }

  @PyMethod(style = ArgSpec.Style.LEGACY)
  public PyObject startswith(PyObject prefix, @PyMethod.Opt PyObject start, @PyMethod.Opt PyObject end) {
    return affixMatch(prefix, start, end, "startswith", true);
  }

  @PyMethod(style = ArgSpec.Style.LEGACY)
  public PyObject endswith(PyObject suffix, @PyMethod.Opt PyObject start, @PyMethod.Opt PyObject end) {
    return affixMatch(suffix, start, end, "endswith", false);
  }

  /** A str, or a tuple of them tried in order (an item after the first match is not looked at, as in CPython). */
  private PyObject affixMatch(PyObject arg, PyObject start, PyObject end, String method, boolean prefix) {
    int from = TextArgs.start(start), to = TextArgs.end(end);
    if (arg instanceof PyStr s) return PyBool.of(affixAt(s.value, from, to, prefix));
    if (!(arg instanceof PyTuple t)) {
      throw Errors.typeError("%s first arg must be str or a tuple of str, not %s", method, arg.type().name());
    }
    for (int i = 0; i < t.size(); i++) {
      if (!(t.get(i) instanceof PyStr s)) {
        throw Errors.typeError("tuple for %s must only contain str, not %s", method, t.get(i).type().name());
      }
      if (affixAt(s.value, from, to, prefix)) return PyBool.TRUE;
    }
    return PyBool.FALSE;
  }

  private boolean affixAt(String affix, int from, int to, boolean prefix) {
    return prefix ? StrSearch.startswith(index(), affix, from, to) : StrSearch.endswith(index(), affix, from, to);
  }

  @PyMethod public PyObject replace(PyObject old, PyObject replacement, @PyMethod.Opt PyObject count) {
    String o = TextArgs.str(old, "replace", "1"), r = TextArgs.str(replacement, "replace", "2");
    int n = count == null ? -1 : TextArgs.ssize(count);
    return result(StrSearch.replace(value, o, r, n));
  }

  // ---- Splitting and joining

  @PyMethod(positionalOnly = 0)
  public PyObject split(@PyMethod.Opt PyObject sep, @PyMethod.Opt PyObject maxsplit) {
    return strList(StrSplit.split(value, separator(sep), maxsplit == null ? -1 : TextArgs.ssize(maxsplit)));
  }

  @PyMethod(positionalOnly = 0)
  public PyObject rsplit(@PyMethod.Opt PyObject sep, @PyMethod.Opt PyObject maxsplit) {
    return strList(StrSplit.rsplit(value, separator(sep), maxsplit == null ? -1 : TextArgs.ssize(maxsplit)));
  }

  private static String separator(PyObject sep) {
    if (sep == null || sep == PyNone.NONE) return null;
    if (sep instanceof PyStr s) return s.value;
    throw Errors.typeError("must be str or None, not %s", sep.type().name());
  }

  @PyMethod(positionalOnly = 0) public PyObject splitlines(@PyMethod.Opt PyObject keepends) {
    return strList(StrSplit.splitlines(value, TextArgs.flag(keepends)));
  }

  private static PyList strList(List<String> parts) {
    PyObject[] items = new PyObject[parts.size()];
    for (int i = 0; i < items.length; i++) items[i] = new PyStr(parts.get(i));
    return new PyList(items);
  }

  @PyMethod public PyObject partition(PyObject sep) { return strTuple(StrSplit.partition(value, TextArgs.str(sep))); }

  @PyMethod public PyObject rpartition(PyObject sep) {
    return strTuple(StrSplit.rpartition(value, TextArgs.str(sep)));
  }

  private PyTuple strTuple(String[] parts) {
    PyObject[] items = new PyObject[parts.length];
    for (int i = 0; i < items.length; i++) items[i] = parts[i] == value ? result(value) : new PyStr(parts[i]);
    return PyTuple.wrap(items);
  }

  @PyMethod public PyObject join(PyObject iterable) {
    PyObject[] items = TextArgs.items(iterable, "can only join an iterable");
    String[] parts = new String[items.length];
    for (int i = 0; i < items.length; i++) {
      if (!(items[i] instanceof PyStr s)) {
        throw Errors.typeError("sequence item %d: expected str instance, %s found", i, items[i].type().name());
      }
      parts[i] = s.value;
    }
    if (parts.length == 1 && items[0].type() == TYPE) return items[0];
    return new PyStr(StrBuild.join(value, Arrays.asList(parts)));
  }

  // ---- Padding and stripping

  @PyMethod public PyObject strip(@PyMethod.Opt PyObject chars) { return result(StrBuild.strip(value, chars(chars, "strip"))); }

  @PyMethod public PyObject lstrip(@PyMethod.Opt PyObject chars) {
    return result(StrBuild.lstrip(value, chars(chars, "lstrip")));
  }

  @PyMethod public PyObject rstrip(@PyMethod.Opt PyObject chars) {
    return result(StrBuild.rstrip(value, chars(chars, "rstrip")));
  }

  private static String chars(PyObject chars, String method) {
    if (chars == null || chars == PyNone.NONE) return null;
    if (chars instanceof PyStr s) return s.value;
    throw Errors.typeError("%s arg must be None or str", method);
  }

  @PyMethod public PyObject center(PyObject width, @PyMethod.Opt PyObject fillchar) {
    return result(StrBuild.center(index(), TextArgs.ssize(width), fill(fillchar)));
  }

  @PyMethod public PyObject ljust(PyObject width, @PyMethod.Opt PyObject fillchar) {
    return result(StrBuild.ljust(index(), TextArgs.ssize(width), fill(fillchar)));
  }

  @PyMethod public PyObject rjust(PyObject width, @PyMethod.Opt PyObject fillchar) {
    return result(StrBuild.rjust(index(), TextArgs.ssize(width), fill(fillchar)));
  }

  private static String fill(PyObject fillchar) {
    if (fillchar == null) return " ";
    if (fillchar instanceof PyStr s) return s.value;
    throw Errors.typeError("The fill character must be a unicode character, not %s", fillchar.type().name());
  }

  @PyMethod public PyObject zfill(PyObject width) { return result(StrBuild.zfill(index(), TextArgs.ssize(width))); }

  @PyMethod(positionalOnly = 0) public PyObject expandtabs(@PyMethod.Opt PyObject tabsize) {
    return result(StrBuild.expandtabs(value, tabsize == null ? 8 : TextArgs.cInt(tabsize)));
  }

  @PyMethod public PyObject removeprefix(PyObject prefix) {
    return result(StrBuild.removeprefix(value, affix(prefix, "removeprefix")));
  }

  @PyMethod public PyObject removesuffix(PyObject suffix) {
    return result(StrBuild.removesuffix(value, affix(suffix, "removesuffix")));
  }

  private static String affix(PyObject arg, String method) {
    if (arg instanceof PyStr s) return s.value;
    throw Errors.typeError("%s() argument must be str, not %s", method, TextArgs.badArgumentName(arg));
  }

  // ---- Translation

  @PyMethod public PyObject translate(PyObject table) {
    return result(StrBuild.translate(value, cp -> {
      PyObject mapped;
      try {
        mapped = Abstract.getItem(table, PyInt.of(cp));
      } catch (PyException e) {
        if (e.matches(ExceptionTypes.LookupError)) return null;
        throw e;
      }
      if (mapped == PyNone.NONE) return "";
      if (mapped instanceof PyStr s) return s.value;
      if (mapped instanceof PyInt i) return StrBuild.ordinal(i.isLong() ? i.longValue() : -1);
      throw Errors.typeError("character mapping must return integer, None or str");
    }));
  }

  @PyMethod(kind = PyMethod.Kind.CLASS)
  static PyObject maketrans(PyType cls, PyObject x, @PyMethod.Opt PyObject y, @PyMethod.Opt PyObject z) {
    PyDict table = new PyDict();
    if (y == null) {
      if (!(x instanceof PyDict d)) {
        throw Errors.typeError("if you give only one argument to maketrans it must be a dict");
      }
      d.forEach((key, v) -> {
        if (key instanceof PyStr s) table.put(PyInt.of(StrBuild.maketransKey(s.value)), v);
        else if (key instanceof PyInt) table.put(key, v);
        else throw Errors.typeError("keys in translate table must be strings or integers");
      });
      return table;
    }
    if (!(x instanceof PyStr from)) {
      throw Errors.typeError("first maketrans argument must be a string if there is a second argument");
    }
    String to = TextArgs.str(y, "maketrans", "2");
    String delete = z == null ? null : TextArgs.str(z, "maketrans", "3");
    for (Map.Entry<Integer, Integer> e : StrBuild.maketrans(from.value, to, delete).entrySet()) {
      table.put(PyInt.of(e.getKey()), e.getValue() == null ? PyNone.NONE : PyInt.of(e.getValue()));
    }
    return table;
  }

  // ---- Encoding and formatting

  @PyMethod(positionalOnly = 0) public PyObject encode(@PyMethod.Opt PyObject encoding, @PyMethod.Opt PyObject errors) {
    String enc = encoding == null ? "utf-8" : TextArgs.str(encoding, "encode", "'encoding'");
    String err = errors == null ? "strict" : TextArgs.str(errors, "encode", "'errors'");
    return new PyBytes(Codecs.encode(value, enc, err));
  }

  @PyMethod("format") public PyObject formatMethod(@PyMethod.Star PyObject[] args, @PyMethod.KwArgs PyDict kwargs) {
    return new PyStr(dev.kaa.format.StrFormatter.format(value, Arrays.asList(args), TextFormatting.fields(kwargs)));
  }

  @PyMethod("format_map") public PyObject formatMap(PyObject mapping) {
    return new PyStr(dev.kaa.format.StrFormatter.formatMap(value, TextFormatting.mapFields(mapping)));
  }

  /** {@code ascii()}'s escaping of a repr: every non-ASCII code point as a backslash-x, -u or -U escape. */
  public static String asciiEscape(String repr) {
    StringBuilder out = null;
    for (int i = 0; i < repr.length(); ) {
      int cp = repr.codePointAt(i);
      int n = Character.charCount(cp);
      if (cp < 0x80) {
        if (out != null) out.append((char) cp);
      } else {
        if (out == null) out = new StringBuilder(repr.length() + 16).append(repr, 0, i);
        if (cp <= 0xff) out.append(String.format("\\x%02x", cp));
        else if (cp <= 0xffff) out.append(String.format("\\u%04x", cp));
        else out.append(String.format("\\U%08x", cp));
      }
      i += n;
    }
    return out == null ? repr : out.toString();
  }

  @Override public String toString() { return value; }
}
