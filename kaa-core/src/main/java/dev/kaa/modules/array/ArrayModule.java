package dev.kaa.modules.array;

import dev.kaa.objects.Abstract;
import dev.kaa.objects.Attributes;
import dev.kaa.objects.Errors;
import dev.kaa.objects.PyBytes;
import dev.kaa.objects.PyList;
import dev.kaa.objects.ModuleImport;
import dev.kaa.objects.PyMethod;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyStr;
import dev.kaa.objects.PyType;
import dev.kaa.runtime.Interpreter;
import dev.kaa.runtime.PyModule;

/** The {@code array} module: the {@link PyArray} type and the reconstructor its pickles call. */
public final class ArrayModule {
  private ArrayModule() {}

  public static final String NAME = "array";

  public static PyModule create(Interpreter interp) {
    PyModule m = new PyModule(NAME, new PyStr(ArrayDoc.MODULE), interp);
    m.addFunctions(ArrayModule.class);
    m.put("array", PyArray.TYPE);
    m.put("ArrayType", PyArray.TYPE);
    m.put("typecodes", new PyStr(TypeCode.ALL));
    registerAsMutableSequence();
    return m;
  }

  /** Arrays are {@code collections.abc.MutableSequence}s by registration, as CPython's module does at import. */
  private static void registerAsMutableSequence() {
    PyObject abc = Attributes.get(ModuleImport.importModule("collections.abc"), "abc");
    PyObject mutableSequence = Attributes.get(abc, "MutableSequence");
    Abstract.call(Attributes.get(mutableSequence, "register"), PyArray.TYPE);
  }

  /** {@code array._array_reconstructor}, as the current interpreter's module holds it (what pickles name). */
  static PyObject reconstructor() {
    return Attributes.get(ModuleImport.importModule(NAME), "_array_reconstructor");
  }

  /**
   * Rebuilds a pickled array from its bytes in machine format {@code mformat_code}: the bytes as they are when the
   * format is this machine's, else their values read out and converted to {@code typecode}'s items.
   */
  @PyMethod(value = "_array_reconstructor", doc = "Internal. Used for pickling support.")
  static PyObject reconstruct(PyModule self, PyObject arraytype, PyObject typecode, PyObject mformat_code,
      PyObject items) {
    if (!(arraytype instanceof PyType cls)) {
      throw Errors.typeError("first argument must be a type object, not %s", arraytype.type().name());
    }
    if (!cls.isSubtypeOf(PyArray.TYPE)) {
      throw Errors.typeError("%s is not a subtype of array.array", cls.builtinTpName());
    }
    if (!(typecode instanceof PyStr s) || s.length() != 1) {
      throw Errors.typeError("_array_reconstructor() argument 2 must be a unicode character, not %s",
          typecode.type().name());
    }
    long formatNumber = Abstract.index(mformat_code).isLong() ? Abstract.index(mformat_code).longValue() : -1;
    if (!(items instanceof PyBytes)) {
      throw Errors.typeError("fourth argument should be bytes, not %s", items.type().name());
    }
    TypeCode code = TypeCode.of(s.value.codePointAt(0));
    if (code == null) throw Errors.valueError("second argument must be a valid type code");
    MachineFormat format = MachineFormat.of(formatNumber);
    if (format == null) throw Errors.valueError("third argument must be a valid machine format code.");
    PyArray result = (PyArray) PyArray.make(cls, new PyObject[] {typecode}, null);
    if (format == MachineFormat.nativeOf(code)) {
      result.frombytes(items);
      return result;
    }
    byte[] bytes = dev.kaa.objects.Buffers.required(items);
    if (bytes.length % format.size != 0) throw Errors.valueError("string length not a multiple of item size");
    if (format.kind == MachineFormat.Kind.TEXT) result.fromunicode(new PyStr(format.decode(bytes)));
    else result.fromlist(new PyList(format.values(bytes)));
    return result;
  }
}
