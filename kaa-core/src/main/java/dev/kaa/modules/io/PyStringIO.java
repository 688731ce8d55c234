package dev.kaa.modules.io;

import dev.kaa.objects.Abstract;
import dev.kaa.objects.Errors;
import dev.kaa.objects.PyBool;
import dev.kaa.objects.PyDict;
import dev.kaa.objects.PyGetter;
import dev.kaa.objects.PyInt;
import dev.kaa.objects.PyMethod;
import dev.kaa.objects.PyNone;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyStr;
import dev.kaa.objects.PyTuple;
import dev.kaa.objects.PyType;

/**
 * {@code _io.StringIO}: text in memory. The text is a StringBuilder; positions are in code points, as Python counts,
 * and equal UTF-16 indexes until an astral character is written (then they are converted). Newline handling as
 * CPython's: {@code newline=None} translates {@code \r\n} and {@code \r} on the way in, {@code '\r'} and
 * {@code '\r\n'} replace a written {@code \n}, and lines are found under the matching mode.
 */
public final class PyStringIO extends PyTextIOBase {
  public static final PyType TYPE = new PyType("_io.StringIO", PyType.IMMUTABLE | PyType.BASETYPE, PyStringIO.class,
      PyTextIOBase.TYPE);

  private StringBuilder buf;
  /** The current position, in code points. */
  private int pos;
  /** The text holds a character outside the BMP: code-point positions differ from UTF-16 indexes. */
  private boolean astral;
  private NewlineArg newline;
  private NewlineTranslator decoder;
  private String writeNewline;
  private boolean closed;

  private PyStringIO(PyType type) { super(type); }

  /** An empty StringIO with the default newline handling, for Java callers. */
  public PyStringIO() {
    this(TYPE);
    init(null, null);
  }

  @PyMethod(value = "__new__", kind = PyMethod.Kind.NEW)
  static PyObject construct(PyType cls, @PyMethod.Star PyObject[] args, @PyMethod.KwArgs PyDict kwargs) {
    return new PyStringIO(cls);
  }

  @PyMethod(value = "__init__", positionalOnly = 0)
  void init(@PyMethod.Opt PyObject initial_value, @PyMethod.Opt PyObject newline) {
    NewlineArg nl = NewlineArg.of(newline, "\n", false);
    if (initial_value != null && initial_value != PyNone.NONE && !(initial_value instanceof PyStr)) {
      throw Errors.typeError("initial_value must be str or None, not %s", initial_value.type().name());
    }
    this.newline = nl;
    this.decoder = nl.universal() ? new NewlineTranslator(nl.value() == null) : null;
    this.writeNewline = nl.writeTranslation("\n");
    this.buf = new StringBuilder();
    this.pos = 0;
    this.astral = false;
    this.closed = false;
    if (initial_value instanceof PyStr s && !s.value.isEmpty()) {
      writeText(s.value);
      pos = 0;
    }
  }

  private void checkOpen() {
    if (buf == null) throw IoErrors.uninitialized();
    if (closed) throw Errors.valueError("I/O operation on closed file");
  }

  @Override boolean closedFlag() { return closed; }

  private int size() { return astral ? buf.codePointCount(0, buf.length()) : buf.length(); }

  /** The UTF-16 index of code point {@code cp} (at most the end). */
  private int at(int cp) {
    int n = buf.length();
    if (!astral) return Math.min(cp, n);
    return cp >= buf.codePointCount(0, n) ? n : buf.offsetByCodePoints(0, cp);
  }

  private void writeText(String text) {
    if (decoder != null) text = decoder.decode(text, true);
    if (writeNewline != null && text.indexOf('\n') >= 0) text = text.replace("\n", writeNewline);
    if (text.isEmpty()) return;
    int count = text.codePointCount(0, text.length());
    boolean wide = count != text.length();
    int size = size();
    if (pos > size) buf.append("\0".repeat(pos - size));
    int from = at(pos);
    int to = at(pos + count);
    buf.replace(from, to, text);
    astral |= wide;
    pos += count;
  }

  @PyMethod("write") PyObject write(PyObject s) {
    checkOpen();
    if (!(s instanceof PyStr str)) {
      throw Errors.typeError("string argument expected, got '%s'", s.type().name());
    }
    int n = str.length();
    if (n > 0) writeText(str.value);
    return PyInt.of(n);
  }

  @PyMethod("read") PyObject read(@PyMethod.Opt PyObject size) {
    checkOpen();
    long n = IoErrors.optionalSize(size);
    int total = size();
    if (pos >= total) return PyStr.EMPTY;
    int end = n < 0 || n > total - pos ? total : pos + (int) n;
    String text = buf.substring(at(pos), at(end));
    pos = end;
    return new PyStr(text);
  }

  @PyMethod("readline") PyObject readline(@PyMethod.Opt PyObject size) {
    checkOpen();
    return new PyStr(readLine(IoErrors.optionalSize(size)));
  }

  private String readLine(long limit) {
    int total = size();
    if (pos >= total) return "";
    int from = at(pos);
    int stop = limit < 0 || limit > total - pos ? buf.length() : at(pos + (int) limit);
    int end = LineEnds.find(buf, from, stop, newline.readMode(), newline.value(), true);
    if (end < 0) end = stop;
    String line = buf.substring(from, end);
    pos += astral ? line.codePointCount(0, line.length()) : line.length();
    return line;
  }

  @Override PyObject nextLine() {
    checkOpen();
    String line = readLine(-1);
    return line.isEmpty() ? null : new PyStr(line);
  }

  @PyMethod("tell") PyObject tell() {
    checkOpen();
    return PyInt.of(pos);
  }

  @PyMethod("seek") PyObject seek(PyObject pos, @PyMethod.Opt PyObject whence) {
    checkOpen();
    long offset = Abstract.indexValue(pos);
    long how = whence == null ? 0 : Abstract.indexValue(whence);
    if (how < 0 || how > 2) throw Errors.valueError("Invalid whence (%d, should be 0, 1 or 2)", how);
    if (how == 0 && offset < 0) throw Errors.valueError("Negative seek position %d", offset);
    if (how == 1 && offset != 0) throw IoErrors.osError("Can't do nonzero cur-relative seeks");
    if (how == 2 && offset != 0) throw IoErrors.osError("Can't do nonzero end-relative seeks");
    if (how == 0) this.pos = (int) Math.min(offset, Integer.MAX_VALUE);
    else if (how == 2) this.pos = size();
    return PyInt.of(this.pos);
  }

  @PyMethod("truncate") PyObject truncate(@PyMethod.Opt PyObject pos) {
    checkOpen();
    long size = pos == null || pos == PyNone.NONE ? this.pos : Abstract.indexValue(pos);
    if (size < 0) throw Errors.valueError("Negative size value %d", size);
    if (size < size()) buf.setLength(at((int) size));
    return PyInt.of(size);
  }

  @PyMethod("getvalue") PyObject getvalue() {
    checkOpen();
    return new PyStr(buf.toString());
  }

  /** The text so far, for Java callers. */
  public String text() { return buf.toString(); }

  @PyMethod("close") PyObject close() {
    closed = true;
    return PyNone.NONE;
  }

  @PyGetter("closed") PyObject closedAttr() {
    if (buf == null) throw IoErrors.uninitialized();
    return PyBool.of(closed);
  }

  @PyMethod("readable") PyObject readable() {
    checkOpen();
    return PyBool.TRUE;
  }

  @PyMethod("writable") PyObject writable() {
    checkOpen();
    return PyBool.TRUE;
  }

  @PyMethod("seekable") PyObject seekable() {
    checkOpen();
    return PyBool.TRUE;
  }

  @PyGetter("line_buffering") PyObject lineBuffering() {
    checkOpen();
    return PyBool.FALSE;
  }

  @PyGetter("newlines") PyObject newlines() {
    checkOpen();
    return decoder == null ? PyNone.NONE : decoder.newlines();
  }

  @PyMethod("__getstate__") PyObject getstate() {
    checkOpen();
    PyDict d = dict();
    return PyTuple.of(new PyStr(buf.toString()), newline.toPython(), PyInt.of(pos),
        d == null || d.size() == 0 ? PyNone.NONE : d.copy());
  }

  @PyMethod("__setstate__") PyObject setstate(PyObject state) {
    if (closed) throw Errors.valueError("I/O operation on closed file");
    if (!(state instanceof PyTuple t) || t.size() < 4) {
      throw Errors.typeError("%s.__setstate__ argument should be 4-tuple, got %s", type().builtinTpName(),
          state.type().name());
    }
    init(null, t.get(1));
    if (!(t.get(0) instanceof PyStr text)) throw Errors.typeError("initial_value must be str");
    buf.append(text.value);
    astral = text.length() != text.value.length();
    if (!(t.get(2) instanceof PyInt p)) {
      throw Errors.typeError("third item of state must be an integer, got %s", t.get(2).type().name());
    }
    long position = p.longValue();
    if (position < 0) throw Errors.valueError("position value cannot be negative");
    this.pos = (int) position;
    PyObject d = t.get(3);
    if (d != PyNone.NONE) {
      if (!(d instanceof PyDict extra)) {
        throw Errors.typeError("fourth item of state should be a dict, got a %s", d.type().name());
      }
      dict().updateFrom(extra);
    }
    return PyNone.NONE;
  }
}
