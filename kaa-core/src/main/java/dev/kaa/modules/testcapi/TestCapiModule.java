package dev.kaa.modules.testcapi;

import dev.kaa.objects.Abstract;
import dev.kaa.objects.Attributes;
import dev.kaa.objects.Errors;
import dev.kaa.objects.PyBytes;
import dev.kaa.objects.PyException;
import dev.kaa.objects.PyFloat;
import dev.kaa.objects.PyInt;
import dev.kaa.objects.PyMethod;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyStr;
import dev.kaa.runtime.Interpreter;
import dev.kaa.runtime.PyModule;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;

/**
 * {@code _testcapi}: the part of CPython's C-API test module that has a meaning on Kaa (docs/test-support.md). The
 * limits are those of the Java types Kaa's runtime uses where CPython uses the C type of that name (a C {@code int}
 * is a Java {@code int}: a format precision, a struct {@code 'i'}; {@code Py_ssize_t} is a {@code long}, as
 * {@code sys.maxsize}); the functions run Kaa's own protocols. What only makes sense against CPython's C API
 * (reference counts, allocators, sub-interpreters, legacy strings) is absent, so tests needing it fail or skip as
 * they would on any implementation without it.
 */
public final class TestCapiModule {
  private TestCapiModule() {}

  public static final String NAME = "_testcapi";

  private static final BigInteger UNSIGNED_64_MAX = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);

  public static PyModule create(Interpreter interp) {
    PyModule m = new PyModule(NAME, new PyStr("Kaa's counterpart of CPython's C-API test module."), interp);
    m.addFunctions(TestCapiModule.class);
    m.addFunctions(SequenceProtocol.class);
    m.addFunctions(ForeignThreads.class);
    m.addFunctions(Subinterpreters.class);
    m.put("CHAR_MIN", PyInt.of(Byte.MIN_VALUE));
    m.put("CHAR_MAX", PyInt.of(Byte.MAX_VALUE));
    m.put("UCHAR_MAX", PyInt.of(0xff));
    m.put("SHRT_MIN", PyInt.of(Short.MIN_VALUE));
    m.put("SHRT_MAX", PyInt.of(Short.MAX_VALUE));
    m.put("USHRT_MAX", PyInt.of(0xffff));
    m.put("INT_MIN", PyInt.of(Integer.MIN_VALUE));
    m.put("INT_MAX", PyInt.of(Integer.MAX_VALUE));
    m.put("UINT_MAX", PyInt.of(0xffff_ffffL));
    for (String c : new String[] {"LONG", "LLONG", "PY_SSIZE_T"}) {
      m.put(c + "_MIN", PyInt.of(Long.MIN_VALUE));
      m.put(c + "_MAX", PyInt.of(Long.MAX_VALUE));
    }
    m.put("ULONG_MAX", PyInt.of(UNSIGNED_64_MAX));
    m.put("ULLONG_MAX", PyInt.of(UNSIGNED_64_MAX));
    m.put("SIZE_MAX", PyInt.of(UNSIGNED_64_MAX));
    m.put("FLT_MAX", new PyFloat(Float.MAX_VALUE));
    m.put("FLT_MIN", new PyFloat(Float.MIN_NORMAL));
    m.put("DBL_MAX", new PyFloat(Double.MAX_VALUE));
    m.put("DBL_MIN", new PyFloat(Double.MIN_NORMAL));
    return m;
  }

  /** {@code PyObject_HasAttrString}: 1 when {@code getattr(o, name)} succeeds, else 0, whatever the error. */
  @PyMethod(value = "object_hasattrstring", doc = "PyObject_HasAttrString(o, name) over Kaa's getattr.")
  static PyObject objectHasattrstring(PyModule self, PyObject o, PyBytes name) {
    try {
      Attributes.get(o, new String(name.value, StandardCharsets.UTF_8));
      return PyInt.of(1);
    } catch (PyException e) {
      return PyInt.of(0);
    }
  }

  @PyMethod(value = "test_with_docstring", doc = "This is a pretty normal docstring.")
  static void testWithDocstring(PyModule self) {}

  /**
   * CPython's {@code bad_get}: a plain function used as a class's {@code __get__}; it instantiates the owner class
   * (whose {@code __new__} may delete the descriptor being called) and returns the descriptor's repr.
   */
  @PyMethod(value = "bad_get", doc = "A __get__ that calls its owner class, then returns repr(self).")
  static PyObject badGet(PyModule self, PyObject descriptor, PyObject instance, PyObject owner) {
    Abstract.call(owner);
    return Abstract.repr(descriptor);
  }

  /** {@code PyErr_NoMemory()}: raises MemoryError. */
  @PyMethod(value = "raise_memoryerror", doc = "Raises MemoryError.")
  static void raiseMemoryerror(PyModule self) {
    throw Errors.memoryError();
  }

  /** {@code Py_FatalError(message)} from the C function CPython's test helper is: the report, then SIGABRT. */
  @PyMethod(value = "fatal_error", doc = "fatal_error(message, release_gil=False): call Py_FatalError(message).")
  static void fatalError(PyModule self, PyObject message, @PyMethod.Opt PyObject releaseGil) {
    if (!(message instanceof PyBytes b)) {
      throw Errors.typeError("fatal_error() argument 1 must be read-only bytes-like object, not %s",
          message.type().name());
    }
    if (releaseGil != null) Abstract.isTrue(releaseGil);  // the process dies all the same, reported the same
    dev.kaa.modules.faulthandler.FatalReport.pyFatalError(self.interpreter(), "_testcapi_fatal_error_impl",
        new String(b.value, StandardCharsets.ISO_8859_1));
  }
}
