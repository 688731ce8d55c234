package dev.kaa.modules.lzma;

import dev.kaa.objects.Abstract;
import dev.kaa.objects.Buffers;
import dev.kaa.objects.Errors;
import dev.kaa.objects.ExceptionTypes;
import dev.kaa.objects.PyBool;
import dev.kaa.objects.PyBytes;
import dev.kaa.objects.PyDict;
import dev.kaa.objects.PyException;
import dev.kaa.objects.PyInt;
import dev.kaa.objects.PyMethod;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyStr;
import dev.kaa.objects.PyTuple;
import dev.kaa.objects.PyType;
import dev.kaa.runtime.Interpreter;
import dev.kaa.runtime.PyModule;

/**
 * {@code _lzma}, what the {@code lzma} module is written over: {@link PyLzmaCompressor} and
 * {@link PyLzmaDecompressor} over XZ for Java (the .xz, .lzma and raw formats, LZMA1/LZMA2 with the delta and BCJ
 * filters: {@link FilterSpecs}), {@code is_check_supported}, and the filter properties codecs. Its classes are loaded
 * when this module is imported (docs/c-modules.md).
 */
public final class LzmaModule {
  private LzmaModule() {}

  public static final String NAME = "_lzma";

  static final int FORMAT_AUTO = 0, FORMAT_XZ = 1, FORMAT_ALONE = 2, FORMAT_RAW = 3;
  static final int CHECK_NONE = 0, CHECK_CRC32 = 1, CHECK_CRC64 = 4, CHECK_SHA256 = 10, CHECK_UNKNOWN = 16;

  public static PyModule create(Interpreter interp) {
    PyModule m = new PyModule(NAME, null, interp);
    m.addFunctions(LzmaModule.class);
    m.put("LZMACompressor", PyLzmaCompressor.TYPE);
    m.put("LZMADecompressor", PyLzmaDecompressor.TYPE);
    m.put("LZMAError", State.current().error);
    Object[][] constants = {
        {"CHECK_CRC32", CHECK_CRC32}, {"CHECK_CRC64", CHECK_CRC64}, {"CHECK_ID_MAX", 15L}, {"CHECK_NONE", CHECK_NONE},
        {"CHECK_SHA256", CHECK_SHA256}, {"CHECK_UNKNOWN", CHECK_UNKNOWN}, {"FILTER_ARM", FilterSpecs.ARM},
        {"FILTER_ARMTHUMB", FilterSpecs.ARMTHUMB}, {"FILTER_DELTA", FilterSpecs.DELTA}, {"FILTER_IA64", FilterSpecs.IA64},
        {"FILTER_LZMA1", FilterSpecs.LZMA1}, {"FILTER_LZMA2", FilterSpecs.LZMA2},
        {"FILTER_POWERPC", FilterSpecs.POWERPC}, {"FILTER_SPARC", FilterSpecs.SPARC}, {"FILTER_X86", FilterSpecs.X86},
        {"FORMAT_ALONE", FORMAT_ALONE}, {"FORMAT_AUTO", FORMAT_AUTO}, {"FORMAT_RAW", FORMAT_RAW},
        {"FORMAT_XZ", FORMAT_XZ}, {"MF_BT2", 18}, {"MF_BT3", 19}, {"MF_BT4", 20}, {"MF_HC3", 3}, {"MF_HC4", 4},
        {"MODE_FAST", 1}, {"MODE_NORMAL", 2}, {"PRESET_DEFAULT", 6}, {"PRESET_EXTREME", 0x80000000L}};
    for (Object[] c : constants) {
      m.put((String) c[0], c[1] instanceof Long l ? PyInt.of(l) : PyInt.of((Integer) c[1]));
    }
    return m;
  }

  /** The interpreter's {@code _lzma.LZMAError} (a heap type, as CPython's). */
  static final class State {
    final PyType error;

    private State() {
      PyDict ns = new PyDict();
      ns.put(new PyStr("__module__"), new PyStr(NAME));
      ns.put(new PyStr("__doc__"), new PyStr("Call to liblzma failed."));
      error = (PyType) Abstract.call(PyType.TYPE, new PyStr("LZMAError"), PyTuple.of(ExceptionTypes.Exception), ns);
    }

    static State current() {
      Interpreter interp = Interpreter.current();
      return interp == null ? new State() : interp.moduleState(State.class, i -> new State());
    }
  }

  static PyException error(String message) { return Errors.of(State.current().error, "%s", message); }

  @PyMethod("is_check_supported") static PyObject isCheckSupported(PyModule self, PyObject check) {
    long c = Abstract.indexValue(check);
    return PyBool.of(c == CHECK_NONE || c == CHECK_CRC32 || c == CHECK_CRC64 || c == CHECK_SHA256);
  }

  @PyMethod("_encode_filter_properties")
  static PyObject encodeFilterProperties(PyModule self, PyObject filter) {
    return new PyBytes(FilterSpecs.encodeProperties(filter));
  }

  @PyMethod("_decode_filter_properties")
  static PyObject decodeFilterProperties(PyModule self, PyObject filterId, PyObject encodedProps) {
    return FilterSpecs.decodeProperties(Abstract.index(filterId).bigValue().longValue(), Buffers.required(encodedProps));
  }
}
