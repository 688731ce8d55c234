package dev.kaa.objects;

/**
 * An instance of {@code BaseException} or any subclass (built-in or Python): its {@code args}, the chaining fields
 * ({@code __cause__}, {@code __context__}, {@code __suppress_context__}), {@code __traceback__}, and a {@code __dict__}
 * for everything else ({@code __notes__}, attributes set by subclasses). The Java exception that carries it through
 * Java frames is {@link PyException}.
 *
 * <p>Built-in exceptions with fields of their own (StopIteration.value, OSError.errno, ...) are Java subclasses, as
 * CPython gives them their own struct; {@link #allocate} picks the one a class's built-in base needs, so a Python
 * subclass ({@code class E(StopIteration)}) gets the fields too. See docs/exceptions.md.
 */
public class PyBaseException extends PyObject implements HeapInstance {
  /** Its class: every exception carries it, since one Java class serves many exception classes. */
  private PyType type;
  public PyTuple args;
  /** {@code __cause__}, {@code __context__}, {@code __traceback__}: null when None. */
  public PyObject cause, context, traceback;
  public boolean suppressContext;
  private PyDict dict;
  /** The {@code __slots__} values of a Python subclass that declares some; else null. */
  private final PyObject[] slots;

  public PyBaseException(PyType type, PyTuple args) {
    this.type = type;
    this.args = args;
    this.slots = HeapInstance.newSlots(type);
  }

  /**
   * What {@code type(*args)} makes for a built-in exception class, without Python code: its {@code __new__} then its
   * {@code __init__}. How a built-in raise site's exception becomes an object ({@link PyException#value()}).
   */
  public static PyBaseException create(PyType type, PyObject... args) { return create(type, args, null); }

  /** As {@link #create(PyType, PyObject...)} with keyword arguments: the last {@code kwnames.length} of args. */
  public static PyBaseException create(PyType type, PyObject[] args, String[] kwnames) {
    int npos = args.length - (kwnames == null ? 0 : kwnames.length);
    PyObject nw = type.lookup("__new__");
    if (kwnames == null && !type.hasFlag(PyType.HEAPTYPE) && nw == BaseMethods.NEW
        && type.lookup("__init__") == BaseMethods.INIT) {
      return allocate(type, PyTuple.of(args));  // what BaseException's __new__ and __init__ would do, called directly
    }
    PyObject made = nw instanceof PyBuiltinNew b ? b.construct(type, args, 0, npos, kwnames)
        : nw.call(prepend(type, args), 0, npos + 1, kwnames);
    if (!(made instanceof PyBaseException e)) throw Errors.internal(type.name() + ".__new__ made no exception");
    Attributes.get(e, "__init__").call(args, 0, npos, kwnames);
    return e;
  }

  /** BaseException's own {@code __new__} and {@code __init__}, looked up once the exception types exist. */
  private static final class BaseMethods {
    static final PyObject NEW = ExceptionTypes.BaseException.lookup("__new__");
    static final PyObject INIT = ExceptionTypes.BaseException.lookup("__init__");
  }

  private static PyObject[] prepend(PyObject first, PyObject[] rest) {
    PyObject[] all = new PyObject[rest.length + 1];
    all[0] = first;
    System.arraycopy(rest, 0, all, 1, rest.length);
    return all;
  }

  /**
   * A new instance of {@code cls} with the Java class its built-in base's fields need (the first built-in exception
   * class along its MRO with a layout of its own), as CPython's {@code BaseException.__new__} allocates
   * {@code cls->tp_basicsize}.
   */
  static PyBaseException allocate(PyType cls, PyTuple args) {
    for (PyType t = cls; t != null; t = t.base()) {  // the layout line: the first built-in on it decides
      if (t == ExceptionTypes.StopIteration) return new PyStopIteration(cls, args);
      if (t == ExceptionTypes.SystemExit) return new PySystemExit(cls, args);
      if (t == ExceptionTypes.ImportError) return new PyImportError(cls, args);
      if (t == ExceptionTypes.AttributeError) return new PyAttributeError(cls, args);
      if (t == ExceptionTypes.NameError) return new PyNameError(cls, args);
      if (t == ExceptionTypes.SyntaxError) return new PySyntaxError(cls, args);
      if (t == ExceptionTypes.UnicodeEncodeError || t == ExceptionTypes.UnicodeDecodeError
          || t == ExceptionTypes.UnicodeTranslateError) {
        return new PyUnicodeError(cls, args);
      }
      if (t == ExceptionTypes.BaseException) break;
    }
    return new PyBaseException(cls, args);
  }

  @Override public PyType type() { return type; }

  /** Every exception has a {@code __dict__} (made on first use), as BaseException's layout has one in CPython. */
  @Override public PyDict dict() {
    if (dict == null) dict = new PyDict();
    return dict;
  }

  @Override public void setDict(PyDict d) { dict = d; }

  @Override public void setType(PyType t) { type = t; }

  @Override public PyObject[] slots() { return slots; }

  // ---- construction

  @PyMethod(value = "__new__", kind = PyMethod.Kind.NEW)
  static PyObject newException(PyType cls, @PyMethod.Star PyObject[] args, @PyMethod.KwArgs PyDict kwargs) {
    return allocate(cls, PyTuple.wrap(args));  // the parser's own copy of the arguments
  }

  @PyMethod("__init__") void init(@PyMethod.Star PyObject[] args, @PyMethod.KwArgs PyDict kwargs) {
    rejectKeywords(kwargs);
    this.args = PyTuple.wrap(args);  // the parser's own copy of the arguments
  }

  /** BaseException's {@code __init__} takes no keywords, whichever class it initialises. */
  final void rejectKeywords(PyDict kwargs) {
    if (kwargs != null && kwargs.size() > 0) throw Errors.typeError("%s() takes no keyword arguments", type.name());
  }

  // ---- str, repr, pickling

  @PyMethod("__str__") PyObject str() {
    return switch (args.size()) {
      case 0 -> new PyStr("");
      case 1 -> Abstract.str(args.get(0));
      default -> Abstract.str(args);
    };
  }

  @PyMethod("__repr__") PyObject repr() {
    String name = type.name();
    return new PyStr(args.size() == 1 ? name + "(" + Abstract.repr(args.get(0)).value + ")"
        : name + Abstract.repr(args).value);
  }

  @PyMethod("__reduce__") PyObject reduce() {
    return dict == null || dict.size() == 0 ? PyTuple.of(type, args) : PyTuple.of(type, args, dict);
  }

  @PyMethod("__setstate__") void setState(PyObject state) {
    if (state == PyNone.NONE) return;
    if (!(state instanceof PyDict d)) throw Errors.typeError("state is not a dictionary");
    d.forEach((k, v) -> Attributes.set(this, Abstract.str(k).value, v));
  }

  // ---- notes and traceback

  @PyMethod("with_traceback") PyObject withTraceback(PyObject tb) {
    setTraceback(tb);
    return this;
  }

  @PyMethod("add_note") void addNote(PyObject note) {
    if (!(note instanceof PyStr)) throw Errors.typeError("note must be a str, not '%s'", note.type().name());
    PyObject notes = Abstract.getAttrOrNull(this, "__notes__");
    if (notes == null) {
      notes = new PyList();
      Attributes.set(this, "__notes__", notes);
    }
    if (!(notes instanceof PyList list)) throw Errors.typeError("Cannot add note: __notes__ is not a list");
    list.add(note);
  }

  // ---- attributes

  @PyGetter("args") PyObject getArgs() { return args; }

  @PySetter("args") void setArgs(PyObject value) {
    if (value == null) throw Errors.typeError("args may not be deleted");
    args = value instanceof PyTuple t && t.type() == PyTuple.TYPE ? t : PyTuple.wrap(items(value));
  }

  /** The items of an iterable ({@code tuple(iterable)}'s), for the arguments exceptions unpack. */
  static PyObject[] items(PyObject iterable) {
    if (iterable instanceof PyTuple t) return t.toArray();
    PyList items = new PyList();
    PyObject it = Abstract.iter(iterable);
    for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it)) items.add(x);
    return items.toArray();
  }

  @PyGetter("__dict__") PyObject getDict() { return dict(); }

  @PySetter("__dict__") void setDict(PyObject value) { setDict(InstanceAttributes.assignedDict(value)); }

  @PyGetter("__traceback__") PyObject getTraceback() { return orNone(traceback); }

  @PySetter("__traceback__") void setTraceback(PyObject tb) {
    if (tb == null) throw Errors.typeError("__traceback__ may not be deleted");
    if (tb != PyNone.NONE && !isTraceback(tb)) throw Errors.typeError("__traceback__ must be a traceback or None");
    traceback = tb == PyNone.NONE ? null : tb;
  }

  /**
   * A {@code traceback} object (the interpreter's type, which objects cannot name; it cannot be subclassed, so its
   * name and built-in-ness identify it).
   */
  private static boolean isTraceback(PyObject o) {
    PyType t = o.type();
    return t.name().equals("traceback") && !t.hasFlag(PyType.HEAPTYPE);
  }

  @PyGetter("__cause__") PyObject getCause() { return orNone(cause); }

  /** Setting a cause also suppresses the context in tracebacks, as {@code raise ... from ...} does. */
  @PySetter("__cause__") void setCause(PyObject value) {
    if (value == null) throw Errors.typeError("__cause__ may not be deleted");
    cause = chainLink(value, "cause");
    suppressContext = true;
  }

  @PyGetter("__context__") PyObject getContext() { return orNone(context); }

  @PySetter("__context__") void setContext(PyObject value) {
    if (value == null) throw Errors.typeError("__context__ may not be deleted");
    context = chainLink(value, "context");
  }

  private static PyObject chainLink(PyObject value, String what) {
    if (value == PyNone.NONE) return null;
    if (!(value instanceof PyBaseException)) {
      throw Errors.typeError("exception %s must be None or derive from BaseException", what);
    }
    return value;
  }

  @PyGetter("__suppress_context__") PyObject getSuppressContext() { return PyBool.of(suppressContext); }

  @PySetter("__suppress_context__") void setSuppressContext(PyObject value) {
    if (value == null) throw Errors.typeError("can't delete numeric/char attribute");
    if (!(value instanceof PyBool)) throw Errors.typeError("attribute value type must be bool");
    suppressContext = value == PyBool.TRUE;
  }

  static PyObject orNone(PyObject o) { return o == null ? PyNone.NONE : o; }

  /** The first argument, or None when there is none ({@code StopIteration.value}, {@code ImportError.msg}). */
  final PyObject firstArgOrNone() { return args.size() > 0 ? args.get(0) : PyNone.NONE; }

  @Override public String toString() { return Abstract.repr(this).value; }
}
