package dev.kaa.modules.io;

import dev.kaa.objects.Abstract;
import dev.kaa.objects.Attributes;
import dev.kaa.objects.Errors;
import dev.kaa.objects.ExceptionTypes;
import dev.kaa.objects.HeapInstance;
import dev.kaa.objects.IterNext;
import dev.kaa.objects.PyBool;
import dev.kaa.objects.PyByteArray;
import dev.kaa.objects.PyBytes;
import dev.kaa.objects.PyDict;
import dev.kaa.objects.PyException;
import dev.kaa.objects.PyGetter;
import dev.kaa.objects.PyInt;
import dev.kaa.objects.PyList;
import dev.kaa.objects.PyMethod;
import dev.kaa.objects.PyNone;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyType;
import dev.kaa.runtime.Finalizers;
import java.io.ByteArrayOutputStream;

/**
 * {@code _io._IOBase}: the root of the io classes and the mixin methods they share. Every io object carries its class
 * (one Java class serves a built-in class and its Python subclasses), a {@code __dict__} as CPython's io objects have,
 * and the "closed" flag CPython keeps as {@code __IOBase_closed}.
 *
 * <p>The mixins call the object's own methods ({@code readline} calls {@code read} and {@code peek}, {@code close}
 * calls {@code flush}, iteration calls {@code readline}) through Python attribute lookup when the object's class is
 * written in Python, so a subclass's override is the one used; on a built-in class they call the Java method
 * directly.
 */
public class PyIOBase extends PyObject implements HeapInstance, IterNext, Finalizers.DroppedStream {
  public static final PyType TYPE = new PyType("_io._IOBase", PyType.IMMUTABLE | PyType.BASETYPE, PyIOBase.class,
      PyType.OBJECT);

  private PyType type;
  private PyDict dict = new PyDict();
  private final PyObject[] slots;
  /** CPython's {@code __IOBase_closed}. */
  boolean iobaseClosed;
  /** For a stream that may hold written data, where it goes if the program drops it open; else null. */
  private Finalizers dropTo;
  /** Its place among such streams made, oldest first. */
  private long serial;
  /** The file it writes to when that was opened by name, else null: dropped, it is closed after older ones on it. */
  private String fileKey;
  private static final java.util.concurrent.atomic.AtomicLong SERIALS = new java.util.concurrent.atomic.AtomicLong();

  protected PyIOBase(PyType type) {
    this.type = type;
    this.slots = HeapInstance.newSlots(type);
  }

  @Override public PyType type() { return type; }

  @Override public void setType(PyType t) { type = t; }

  @Override public PyDict dict() { return dict; }

  @Override public void setDict(PyDict d) { dict = d; }

  @Override public PyObject[] slots() { return slots; }

  /** The object's class is written in Python: its own methods may override the built-in ones. */
  final boolean isSubclassInstance() { return type.hasFlag(PyType.HEAPTYPE); }

  /** Calls the method {@code name} as Python code would (the subclass's override when there is one). */
  final PyObject callMethod(String name, PyObject... args) { return Attributes.get(this, name).call(args, 0, args.length, null); }

  /** {@code _IOBase(...)}: no arguments, as {@code object()} unless a subclass's {@code __init__} takes them. */
  @PyMethod(value = "__new__", kind = PyMethod.Kind.NEW)
  static PyObject newIOBase(PyType cls, @PyMethod.Star PyObject[] args, @PyMethod.KwArgs PyDict kwargs) {
    rejectArguments(cls, args, kwargs);
    return new PyIOBase(cls);
  }

  /** CPython's object_new check: arguments are an error unless the class has its own {@code __init__}. */
  static void rejectArguments(PyType cls, PyObject[] args, PyDict kwargs) {
    boolean any = args.length > 0 || kwargs != null && kwargs.size() > 0;
    if (any && cls.lookup("__init__") == PyType.OBJECT.lookup("__init__")) {
      throw Errors.typeError("%s() takes no arguments", cls.builtinTpName());
    }
  }

  @PyGetter("__dict__") PyObject getDict() { return dict; }

  // ---- closed

  /** {@code self.closed}, as Python code sees it (a subclass may define it). */
  boolean isClosed() {
    return isSubclassInstance() ? Abstract.isTrue(Attributes.get(this, "closed")) : closedFlag();
  }

  /** The built-in answer to {@code closed}; the buffered and text classes ask their raw stream or buffer. */
  boolean closedFlag() { return iobaseClosed; }

  final void checkClosed() {
    if (isClosed()) throw IoErrors.closed();
  }

  @PyGetter("closed") PyObject closedGetter() { return PyBool.of(iobaseClosed); }

  @PyMethod("_checkClosed") PyObject checkClosedMethod(@PyMethod.Opt PyObject message) {
    checkClosed();
    return PyNone.NONE;
  }

  @PyMethod("_checkReadable") PyObject checkReadableMethod(@PyMethod.Opt PyObject message) {
    if (callMethod("readable") != PyBool.TRUE) throw IoErrors.notReadable();
    return PyNone.NONE;
  }

  @PyMethod("_checkWritable") PyObject checkWritableMethod(@PyMethod.Opt PyObject message) {
    if (callMethod("writable") != PyBool.TRUE) throw IoErrors.notWritable();
    return PyNone.NONE;
  }

  @PyMethod("_checkSeekable") PyObject checkSeekableMethod(@PyMethod.Opt PyObject message) {
    if (callMethod("seekable") != PyBool.TRUE) throw IoErrors.notSeekable();
    return PyNone.NONE;
  }

  @PyMethod("flush") PyObject iobaseFlush() {
    if (iobaseClosed) throw IoErrors.closed();
    return PyNone.NONE;
  }

  /** Flushes (the object's own {@code flush}), then marks the object closed even when flushing failed. */
  @PyMethod("close") PyObject iobaseClose() {
    if (iobaseClosed) return PyNone.NONE;
    try {
      callMethod("flush");
    } finally {
      iobaseClosed = true;
    }
    return PyNone.NONE;
  }

  // ---- what a stream that cannot do it answers

  @PyMethod("seek") PyObject iobaseSeek(@PyMethod.Star PyObject[] args) {
    if (args.length == 0) throw Errors.typeError("seek() takes at least 1 positional argument (0 given)");
    throw IoErrors.unsupported("seek");
  }

  @PyMethod("tell") PyObject iobaseTell() { return callMethod("seek", PyInt.of(0), PyInt.of(1)); }

  @PyMethod("truncate") PyObject iobaseTruncate(@PyMethod.Opt PyObject size) {
    throw IoErrors.unsupported("truncate");
  }

  @PyMethod("fileno") PyObject iobaseFileno() { throw IoErrors.unsupported("fileno"); }

  @PyMethod("isatty") PyObject iobaseIsatty() {
    checkClosed();
    return PyBool.FALSE;
  }

  @PyMethod("readable") PyObject iobaseReadable() { return PyBool.FALSE; }

  @PyMethod("writable") PyObject iobaseWritable() { return PyBool.FALSE; }

  @PyMethod("seekable") PyObject iobaseSeekable() { return PyBool.FALSE; }

  // ---- context manager and iteration

  @PyMethod("__enter__") PyObject enter() {
    checkClosed();
    return this;
  }

  @PyMethod("__exit__") PyObject exit(@PyMethod.Star PyObject[] args) { return callMethod("close"); }

  @PyMethod("__iter__") PyObject iobaseIter() {
    checkClosed();
    return this;
  }

  @PyMethod("__next__") PyObject iobaseNext() { return IterNext.nextOrStop(this); }

  /**
   * The next line, or null at the end. A Python subclass's own {@code __next__} or {@code readline} is honoured;
   * a built-in class reads its line in Java.
   */
  @Override public PyObject iterNext() {
    if (isSubclassInstance()) {
      PyObject next = type.lookup("__next__");
      if (next != TYPE.lookup("__next__")) {
        try {
          return Abstract.callMethod(this, next);
        } catch (PyException e) {
          if (e.matches(ExceptionTypes.StopIteration)) return null;
          throw e;
        }
      }
      PyObject line = callMethod("readline");
      return Abstract.len(line) == 0 ? null : line;
    }
    return nextLine();
  }

  /** The next line of a built-in class, or null at the end: {@code readline()} unless the class reads faster. */
  PyObject nextLine() {
    PyObject line = callMethod("readline");
    return Abstract.len(line) == 0 ? null : line;
  }

  // ---- line reading over read() and peek()

  @PyMethod("readline") PyObject iobaseReadline(@PyMethod.Opt PyObject size) {
    long limit = IoErrors.optionalSize(size);
    PyObject peek = Abstract.getAttrOrNull(this, "peek");
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    while (limit < 0 || line.size() < limit) {
      int ahead = 1;
      if (peek != null) {
        PyObject peeked = peek.call1(PyInt.of(1));
        if (!(peeked instanceof PyBytes b)) {
          throw IoErrors.osError("peek() should have returned a bytes object, not '" + peeked.type().name() + "'");
        }
        if (b.value.length > 0) ahead = aheadToNewline(b.value, limit < 0 ? Long.MAX_VALUE : limit - line.size());
      }
      PyObject got = callMethod("read", PyInt.of(ahead));
      if (!(got instanceof PyBytes b)) {
        throw IoErrors.osError("read() should have returned a bytes object, not '" + got.type().name() + "'");
      }
      if (b.value.length == 0) break;
      line.write(b.value, 0, b.value.length);
      if (b.value[b.value.length - 1] == '\n') break;
    }
    return new PyBytes(line.toByteArray());
  }

  /** How much of peeked data to read: up to and including its first newline, and no more than {@code room}. */
  private static int aheadToNewline(byte[] peeked, long room) {
    int n = (int) Math.min(peeked.length, room);
    for (int i = 0; i < n; i++) {
      if (peeked[i] == '\n') return i + 1;
    }
    return n;
  }

  @PyMethod("readlines") PyObject readlines(@PyMethod.Opt PyObject hint) {
    long limit = IoErrors.optionalSize(hint);
    PyList lines = new PyList();
    PyObject it = Abstract.iter(this);
    long total = 0;
    for (PyObject line = Abstract.next(it); line != null; line = Abstract.next(it)) {
      lines.append(line);
      if (limit > 0) {
        total += Abstract.len(line);
        if (total > limit) break;
      }
    }
    return lines;
  }

  @PyMethod("writelines") PyObject writelines(PyObject lines) {
    checkClosed();
    PyObject it = Abstract.iter(lines);
    for (PyObject line = Abstract.next(it); line != null; line = Abstract.next(it)) callMethod("write", line);
    return PyNone.NONE;
  }

  /** Passes on written data still held, at interpreter exit (see {@link IoState#flush}). */
  void flushAtExit() {}

  /**
   * This stream writes: if the program drops it open, the JVM's finalization of its class ({@link #dropped}) has the
   * interpreter close it at the next safe point, so that its data reaches the file (docs/io.md).
   */
  final void closeWhenDropped() {
    if (dropTo != null) return;
    dropTo = Finalizers.current();
    if (dropTo == null) return;
    dropTo.streamMade();
    serial = SERIALS.incrementAndGet();
    fileKey = namedFile();
    dropTo.streamOpen(serial, fileKey);
  }

  /** The file this stream writes to, as an absolute path, when it was opened by name; else null. */
  String namedFile() { return null; }

  /** The program closed it: nothing to do if it is dropped. */
  final void closedByProgram() {
    Finalizers f = dropTo;
    dropTo = null;
    if (f != null) f.streamClosed(serial, fileKey);
  }

  /**
   * Whether this stream's being dropped counts: a buffer under a text wrapper leaves its close to the wrapper, so
   * streams on its file made after it do not wait for it meanwhile.
   */
  final void reportsDrop(boolean reports) {
    Finalizers f = dropTo;
    if (f == null) return;
    if (reports) f.streamOpen(serial, fileKey);
    else f.streamClosed(serial, fileKey);
  }
  /**
   * From the JVM's finalizer thread, the stream being unreachable: hands it to the interpreter to close. (Without
   * the GIL: it reads nothing of the stream; a stream closed on a thread this one has not seen is closed twice, the
   * second time a no-op.)
   */
  final void dropped() {
    Finalizers f = dropTo;
    if (f != null) f.streamDropped(this);
  }

  @Override public long serial() { return serial; }

  @Override public String fileKey() { return fileKey; }

  /** CPython's {@code iobase_finalize}: {@code close()} unless {@code closed} says it is; errors are dropped. */
  @Override public void closeDropped() {
    try {
      if (!Abstract.isTrue(Attributes.get(this, "closed"))) callMethod("close");
    } catch (PyException e) {
      // CPython reports a failing close of a freed stream only in development mode
    }
  }

  /** A new bytearray of {@code n} zero bytes, to read into. */
  static PyByteArray zeroed(int n) { return new PyByteArray(new byte[n]); }
}
