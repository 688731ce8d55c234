package dev.kaa.modules.io;

import dev.kaa.objects.PyDict;
import dev.kaa.objects.PyMethod;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyType;

/** {@code _io.BufferedWriter(raw, buffer_size=DEFAULT_BUFFER_SIZE)}: a buffer that collects writes for a writable raw stream. */
public final class PyBufferedWriter extends PyBuffered {
  public static final PyType TYPE = new PyType("_io.BufferedWriter", PyType.IMMUTABLE | PyType.BASETYPE,
      PyBufferedWriter.class, PyBufferedIOBase.TYPE);

  private PyBufferedWriter(PyType type) { super(type); }

  /** A buffer over {@code raw}, for Java callers (open()). */
  PyBufferedWriter(PyObject raw, int bufferSize) {
    super(TYPE);
    setUp(raw, dev.kaa.objects.PyInt.of(bufferSize), false, true);
  }

  @PyMethod(value = "__new__", kind = PyMethod.Kind.NEW)
  static PyObject construct(PyType cls, @PyMethod.Star PyObject[] args, @PyMethod.KwArgs PyDict kwargs) {
    return new PyBufferedWriter(cls);
  }

  @PyMethod(value = "__init__", positionalOnly = 0)
  void init(PyObject raw, @PyMethod.Opt PyObject buffer_size) { setUp(raw, buffer_size, false, true); }

  @SuppressWarnings({"deprecation", "removal"})  // the one JVM mechanism that gives the dropped object back
  @Override protected void finalize() { droppedUnlessWrapped(); }
}
