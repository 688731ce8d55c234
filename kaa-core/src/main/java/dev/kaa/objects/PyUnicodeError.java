package dev.kaa.objects;

/**
 * {@code UnicodeEncodeError}, {@code UnicodeDecodeError} and {@code UnicodeTranslateError} (and Python subclasses):
 * {@code encoding}, {@code object}, {@code start}, {@code end}, {@code reason}, set from the constructor's arguments
 * (5, 5 and 4 of them, checked as CPython's PyArg_ParseTuple checks them) and writable; str() words the error as
 * the codecs do. The codecs raise them lazily ({@link #encodeError}, {@link #decodeError}).
 */
public final class PyUnicodeError extends PyBaseException {
  /** null until set: an instance made by {@code __new__} alone reads as None and 0, and its str is empty. */
  private PyObject encoding, object, reason;
  private long start, end;

  PyUnicodeError(PyType type, PyTuple args) { super(type, args); }

  /** The raise site of a failed encoding: lazy, the object is made if Python code looks at it. */
  public static PyException encodeError(String encoding, String object, int start, int end, String reason) {
    return PyException.withArgs(ExceptionTypes.UnicodeEncodeError, new PyStr(encoding), new PyStr(object),
        PyInt.of(start), PyInt.of(end), new PyStr(reason));
  }

  /** The raise site of a failed decoding. */
  public static PyException decodeError(String encoding, byte[] object, int start, int end, String reason) {
    return PyException.withArgs(ExceptionTypes.UnicodeDecodeError, new PyStr(encoding), new PyBytes(object),
        PyInt.of(start), PyInt.of(end), new PyStr(reason));
  }

  private boolean isKind(PyType t) { return type().isSubtypeOf(t); }

  @PyMethod("__init__") void initUnicode(@PyMethod.Star PyObject[] args, @PyMethod.KwArgs PyDict kwargs) {
    init(args, kwargs);
    boolean translate = isKind(ExceptionTypes.UnicodeTranslateError);
    int n = translate ? 4 : 5;
    if (args.length != n) {
      throw Errors.typeError("function takes exactly %d arguments (%d given)", n, args.length);
    }
    int at = 0;
    PyObject enc = translate ? PyNone.NONE : strArg(args[at++], 1);
    PyObject obj;
    if (isKind(ExceptionTypes.UnicodeDecodeError)) obj = new PyBytes(Buffers.required(args[at++]).clone());
    else obj = strArg(args[at++], at);
    long s = Abstract.indexValue(args[at++]);
    long e = Abstract.indexValue(args[at++]);
    PyObject r = strArg(args[at], at + 1);
    encoding = enc;
    object = obj;
    start = s;
    end = e;
    reason = r;
  }

  private static PyObject strArg(PyObject o, int position) {
    if (o instanceof PyStr) return o;
    throw Errors.typeError("argument %d must be str, not %s", position, o.type().name());
  }

  @Override @PyMethod("__str__") PyObject str() {
    if (object == null) return new PyStr("");
    String r = Abstract.str(reason).value;
    String prefix = isKind(ExceptionTypes.UnicodeTranslateError) ? "can't translate"
        : "'" + Abstract.str(encoding).value + "' codec can't "
        + (isKind(ExceptionTypes.UnicodeDecodeError) ? "decode" : "encode");
    if (object instanceof PyBytes b) {
      if (start < b.size() && end == start + 1) {
        return new PyStr(String.format("%s byte 0x%02x in position %d: %s", prefix, b.value[(int) start] & 0xff,
            start, r));
      }
      return new PyStr(String.format("%s bytes in position %d-%d: %s", prefix, start, end - 1, r));
    }
    if (object instanceof PyStr s && start >= 0 && start < s.length() && end == start + 1) {
      int cp = s.index().codePointAt((int) start);
      String shown = cp <= 0xff ? String.format("\\x%02x", cp) : cp <= 0xffff ? String.format("\\u%04x", cp)
          : String.format("\\U%08x", cp);
      return new PyStr(String.format("%s character '%s' in position %d: %s", prefix, shown, start, r));
    }
    return new PyStr(String.format("%s characters in position %d-%d: %s", prefix, start, end - 1, r));
  }

  @PyGetter("encoding") PyObject getEncoding() { return orNone(encoding); }

  // plain members, as CPython's: any value may be stored, str() shows its str
  @PySetter("encoding") void setEncoding(PyObject v) { encoding = v; }

  @PyGetter("object") PyObject getObject() { return orNone(object); }

  @PySetter("object") void setObject(PyObject v) { object = v; }

  @PyGetter("start") PyObject getStart() { return PyInt.of(start); }

  @PySetter("start") void setStart(PyObject v) { start = Abstract.indexValue(v); }

  @PyGetter("end") PyObject getEnd() { return PyInt.of(end); }

  @PySetter("end") void setEnd(PyObject v) { end = Abstract.indexValue(v); }

  @PyGetter("reason") PyObject getReason() { return orNone(reason); }

  @PySetter("reason") void setReason(PyObject v) { reason = v; }
}
