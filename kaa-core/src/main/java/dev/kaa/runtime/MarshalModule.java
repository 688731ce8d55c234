package dev.kaa.runtime;

import dev.kaa.bytecode.MarshalCodes;
import dev.kaa.bytecode.MarshalInput;
import dev.kaa.objects.Abstract;
import dev.kaa.objects.Attributes;
import dev.kaa.objects.Buffers;
import dev.kaa.objects.Errors;
import dev.kaa.objects.PyByteArray;
import dev.kaa.objects.PyBytes;
import dev.kaa.objects.PyInt;
import dev.kaa.objects.PyMethod;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyStr;

/**
 * The {@code marshal} module: {@link PyMarshalWriter} and {@link PyMarshalReader} behind CPython's four functions.
 * Data types are written and read as CPython 3.12 writes and reads them; code objects are Kaa's (docs/pyc.md).
 */
final class MarshalModule {
  private MarshalModule() {}

  private static final String DOC = "Kaa's marshal: Python values to and from CPython 3.12's marshal format.\n\n"
      + "The data types (None, bool, int, float, complex, str, bytes, bytearray, tuple, list, dict, set,\n"
      + "frozenset, Ellipsis, StopIteration) are written as CPython writes them and CPython's bytes for them\n"
      + "are read; code objects hold Kaa's bytecode in Kaa's own layout.";

  static PyModule create(Interpreter interp) {
    PyModule m = new PyModule("marshal", new PyStr(DOC), interp);
    m.addFunctions(MarshalModule.class);
    m.put("version", PyInt.of(MarshalCodes.VERSION));
    return m;
  }

  private static int version(PyObject version) {
    return version == null ? MarshalCodes.VERSION : (int) Math.max(Integer.MIN_VALUE,
        Math.min(Integer.MAX_VALUE, Abstract.indexValue(version)));
  }

  @PyMethod("dumps") static PyObject dumps(PyModule self, PyObject value, @PyMethod.Opt PyObject version) {
    return new PyBytes(PyMarshalWriter.dumps(value, version(version), self.interpreter));
  }

  @PyMethod("loads") static PyObject loads(PyModule self, PyObject bytes) {
    byte[] data = Buffers.required(bytes);
    return new PyMarshalReader(new MarshalInput(data), self.interpreter).readTop();
  }

  @PyMethod("dump") static void dump(PyModule self, PyObject value, PyObject file, @PyMethod.Opt PyObject version) {
    byte[] data = PyMarshalWriter.dumps(value, version(version), self.interpreter);
    Attributes.get(file, "write").call1(new PyBytes(data));
  }

  /**
   * Reads only the bytes the object needs, through {@code file.readinto} as CPython does, so the file is left just
   * after the object for the next {@code load}.
   */
  @PyMethod("load") static PyObject load(PyModule self, PyObject file) {
    PyObject readinto = Attributes.get(file, "readinto");
    MarshalInput in = new MarshalInput(n -> {
      PyByteArray buffer = new PyByteArray(new byte[n]);
      long got = Abstract.indexValue(readinto.call1(buffer));
      if (got > n) {
        throw Errors.valueError("read() returned too much data: %d bytes requested, %d returned", n, got);
      }
      return java.util.Arrays.copyOf(Buffers.required(buffer), (int) Math.max(got, 0));
    });
    return new PyMarshalReader(in, self.interpreter).readTop();
  }
}
