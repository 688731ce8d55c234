package dev.kaa.modules.io;

import dev.kaa.objects.PyDict;
import dev.kaa.objects.PyMethod;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyType;

/** {@code _io.BufferedRandom(raw, buffer_size=DEFAULT_BUFFER_SIZE)}: a buffer that both, over a seekable raw stream. */
public final class PyBufferedRandom extends PyBuffered {
  public static final PyType TYPE = new PyType("_io.BufferedRandom", PyType.IMMUTABLE | PyType.BASETYPE,
      PyBufferedRandom.class, PyBufferedIOBase.TYPE);

  private PyBufferedRandom(PyType type) { super(type); }

  /** A buffer over {@code raw}, for Java callers (open()). */
  PyBufferedRandom(PyObject raw, int bufferSize) {
    super(TYPE);
    setUp(raw, dev.kaa.objects.PyInt.of(bufferSize), true, true);
  }

  @PyMethod(value = "__new__", kind = PyMethod.Kind.NEW)
  static PyObject construct(PyType cls, @PyMethod.Star PyObject[] args, @PyMethod.KwArgs PyDict kwargs) {
    return new PyBufferedRandom(cls);
  }

  @PyMethod(value = "__init__", positionalOnly = 0)
  void init(PyObject raw, @PyMethod.Opt PyObject buffer_size) { setUp(raw, buffer_size, true, true); }

  @SuppressWarnings({"deprecation", "removal"})  // the one JVM mechanism that gives the dropped object back
  @Override protected void finalize() { droppedUnlessWrapped(); }
}
