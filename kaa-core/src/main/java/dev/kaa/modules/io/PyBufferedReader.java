package dev.kaa.modules.io;

import dev.kaa.objects.PyDict;
import dev.kaa.objects.PyMethod;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyType;

/** {@code _io.BufferedReader(raw, buffer_size=DEFAULT_BUFFER_SIZE)}: a buffer that reads ahead of a readable raw stream. */
public final class PyBufferedReader extends PyBuffered {
  public static final PyType TYPE = new PyType("_io.BufferedReader", PyType.IMMUTABLE | PyType.BASETYPE,
      PyBufferedReader.class, PyBufferedIOBase.TYPE);

  private PyBufferedReader(PyType type) { super(type); }

  /** A buffer over {@code raw}, for Java callers (open()). */
  PyBufferedReader(PyObject raw, int bufferSize) {
    super(TYPE);
    setUp(raw, dev.kaa.objects.PyInt.of(bufferSize), true, false);
  }

  @PyMethod(value = "__new__", kind = PyMethod.Kind.NEW)
  static PyObject construct(PyType cls, @PyMethod.Star PyObject[] args, @PyMethod.KwArgs PyDict kwargs) {
    return new PyBufferedReader(cls);
  }

  @PyMethod(value = "__init__", positionalOnly = 0)
  void init(PyObject raw, @PyMethod.Opt PyObject buffer_size) { setUp(raw, buffer_size, true, false); }
}
