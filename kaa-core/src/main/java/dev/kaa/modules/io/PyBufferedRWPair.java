package dev.kaa.modules.io;

import dev.kaa.objects.Abstract;
import dev.kaa.objects.PyBool;
import dev.kaa.objects.PyDict;
import dev.kaa.objects.PyException;
import dev.kaa.objects.PyGetter;
import dev.kaa.objects.PyMethod;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyType;

/**
 * {@code _io.BufferedRWPair(reader, writer, buffer_size=DEFAULT_BUFFER_SIZE, /)}: a BufferedReader over one raw
 * stream and a BufferedWriter over another, seen as one stream (a pipe pair, a socket's two directions).
 */
public final class PyBufferedRWPair extends PyBufferedIOBase {
  public static final PyType TYPE = new PyType("_io.BufferedRWPair", PyType.IMMUTABLE | PyType.BASETYPE,
      PyBufferedRWPair.class, PyBufferedIOBase.TYPE);

  private PyBufferedReader reader;
  private PyBufferedWriter writer;

  private PyBufferedRWPair(PyType type) { super(type); }

  @PyMethod(value = "__new__", kind = PyMethod.Kind.NEW)
  static PyObject construct(PyType cls, @PyMethod.Star PyObject[] args, @PyMethod.KwArgs PyDict kwargs) {
    return new PyBufferedRWPair(cls);
  }

  @PyMethod("__init__") void init(PyObject reader, PyObject writer, @PyMethod.Opt PyObject buffer_size) {
    int size = buffer_size == null ? IoModule.DEFAULT_BUFFER_SIZE : (int) Abstract.indexValue(buffer_size);
    this.reader = new PyBufferedReader(reader, size);
    this.writer = new PyBufferedWriter(writer, size);
  }

  private PyBufferedReader reader() {
    if (reader == null) throw IoErrors.uninitialized();
    return reader;
  }

  private PyBufferedWriter writer() {
    if (writer == null) throw IoErrors.uninitialized();
    return writer;
  }

  @Override boolean closedFlag() { return writer().closedFlag(); }

  @PyMethod("read") PyObject read(@PyMethod.Opt PyObject size) { return reader().read(size); }

  @PyMethod("peek") PyObject peek(@PyMethod.Opt PyObject size) { return reader().peek(size); }

  @PyMethod("read1") PyObject read1(@PyMethod.Opt PyObject size) { return reader().read1(size); }

  @PyMethod("readinto") PyObject readinto(PyObject buffer) { return reader().readinto(buffer); }

  @PyMethod("readinto1") PyObject readinto1(PyObject buffer) { return reader().readinto1(buffer); }

  @PyMethod("write") PyObject write(PyObject b) { return writer().write(b); }

  @PyMethod("flush") PyObject flush() { return writer().flush(); }

  @PyMethod("readable") PyObject readable() { return reader().readableMethod(); }

  @PyMethod("writable") PyObject writable() { return writer().writableMethod(); }

  @PyMethod("close") PyObject close() {
    PyException failure = null;
    try {
      writer().close();
    } catch (PyException e) {
      failure = e;
    }
    reader().close();
    if (failure != null) throw failure;
    return dev.kaa.objects.PyNone.NONE;
  }

  @PyMethod("isatty") PyObject isatty() {
    return writer().isatty() == PyBool.TRUE ? PyBool.TRUE : reader().isatty();
  }

  @PyGetter("closed") PyObject closedAttr() { return writer().closedAttr(); }
}
