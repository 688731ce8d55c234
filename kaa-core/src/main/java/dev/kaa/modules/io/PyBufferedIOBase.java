package dev.kaa.modules.io;

import dev.kaa.objects.Errors;
import dev.kaa.objects.PyBytes;
import dev.kaa.objects.PyDict;
import dev.kaa.objects.PyInt;
import dev.kaa.objects.PyMethod;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyType;

/** {@code _io._BufferedIOBase}: {@code readinto} over the subclass's {@code read}; the rest unsupported. */
public class PyBufferedIOBase extends PyIOBase {
  public static final PyType TYPE = new PyType("_io._BufferedIOBase", PyType.IMMUTABLE | PyType.BASETYPE,
      PyBufferedIOBase.class, PyIOBase.TYPE);

  protected PyBufferedIOBase(PyType type) { super(type); }

  @PyMethod(value = "__new__", kind = PyMethod.Kind.NEW)
  static PyObject newBufferedIOBase(PyType cls, @PyMethod.Star PyObject[] args, @PyMethod.KwArgs PyDict kwargs) {
    rejectArguments(cls, args, kwargs);
    return new PyBufferedIOBase(cls);
  }

  @PyMethod("read") PyObject baseRead(@PyMethod.Opt PyObject size) { throw IoErrors.unsupported("read"); }

  @PyMethod("read1") PyObject baseRead1(@PyMethod.Opt PyObject size) { throw IoErrors.unsupported("read1"); }

  @PyMethod("write") PyObject baseWrite(PyObject data) { throw IoErrors.unsupported("write"); }

  @PyMethod("detach") PyObject baseDetach() { throw IoErrors.unsupported("detach"); }

  @PyMethod("readinto") PyObject baseReadinto(PyObject buffer) { return readIntoWith("read", buffer); }

  @PyMethod("readinto1") PyObject baseReadinto1(PyObject buffer) { return readIntoWith("read1", buffer); }

  /** {@code readinto} by {@code read(len(buffer))}, copying what came into the buffer. */
  private PyObject readIntoWith(String read, PyObject buffer) {
    WritableBuffer target = WritableBuffer.of(buffer);
    PyObject data = callMethod(read, PyInt.of(target.length()));
    if (!(data instanceof PyBytes b)) throw Errors.typeError("read() should return bytes");
    if (b.value.length > target.length()) {
      throw Errors.valueError("read() returned too much data: %d bytes requested, %d returned", target.length(),
          b.value.length);
    }
    target.write(b.value, 0, b.value.length);
    return PyInt.of(b.value.length);
  }
}
