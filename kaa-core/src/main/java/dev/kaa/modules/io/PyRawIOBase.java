package dev.kaa.modules.io;

import dev.kaa.objects.Abstract;
import dev.kaa.objects.Errors;
import dev.kaa.objects.ExceptionTypes;
import dev.kaa.objects.PyByteArray;
import dev.kaa.objects.PyBytes;
import dev.kaa.objects.PyDict;
import dev.kaa.objects.PyInt;
import dev.kaa.objects.PyMethod;
import dev.kaa.objects.PyNone;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyType;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;

/** {@code _io._RawIOBase}: {@code read} over the subclass's {@code readinto}, {@code readall} over {@code read}. */
public class PyRawIOBase extends PyIOBase {
  public static final PyType TYPE = new PyType("_io._RawIOBase", PyType.IMMUTABLE | PyType.BASETYPE,
      PyRawIOBase.class, PyIOBase.TYPE);

  protected PyRawIOBase(PyType type) { super(type); }

  @PyMethod(value = "__new__", kind = PyMethod.Kind.NEW)
  static PyObject newRawIOBase(PyType cls, @PyMethod.Star PyObject[] args, @PyMethod.KwArgs PyDict kwargs) {
    rejectArguments(cls, args, kwargs);
    return new PyRawIOBase(cls);
  }

  @PyMethod("read") PyObject rawRead(@PyMethod.Opt PyObject size) {
    long n = IoErrors.optionalSize(size);
    if (n < 0) return callMethod("readall");
    PyByteArray buffer = zeroed((int) n);
    PyObject got = callMethod("readinto", buffer);
    if (got == PyNone.NONE) return got;
    long count = Abstract.indexValue(got);
    if (count < 0 || count > n) {
      throw Errors.valueError("readinto returned %d outside buffer size %d", count, n);
    }
    return new PyBytes(Arrays.copyOf(buffer.toByteArray(), (int) count));
  }

  @PyMethod("readall") PyObject rawReadall() {
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    boolean any = false;
    while (true) {
      PyObject data = callMethod("read", PyInt.of(IoModule.DEFAULT_BUFFER_SIZE));
      if (data == PyNone.NONE) {
        if (!any) return PyNone.NONE;
        break;
      }
      if (!(data instanceof PyBytes b)) throw Errors.typeError("read() should return bytes");
      if (b.value.length == 0) break;
      all.write(b.value, 0, b.value.length);
      any = true;
    }
    return new PyBytes(all.toByteArray());
  }

  @PyMethod("readinto") PyObject rawReadinto(PyObject buffer) { throw notImplemented(); }

  @PyMethod("write") PyObject rawWrite(PyObject data) { throw notImplemented(); }

  private static RuntimeException notImplemented() { return Errors.of(ExceptionTypes.NotImplementedError, ""); }
}
