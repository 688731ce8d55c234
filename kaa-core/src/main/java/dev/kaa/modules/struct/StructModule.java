package dev.kaa.modules.struct;

import dev.kaa.objects.Errors;
import dev.kaa.objects.PyBytes;
import dev.kaa.objects.PyInt;
import dev.kaa.objects.PyMethod;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyStr;
import dev.kaa.runtime.Interpreter;
import dev.kaa.runtime.PyModule;

/**
 * The {@code _struct} module under CPython's {@code struct.py}: the functions take a format (str or bytes), parsed
 * once and cached per interpreter ({@link StructState}), and do what the matching {@link PyStruct} method does.
 */
public final class StructModule {
  private StructModule() {}

  public static final String NAME = "_struct";

  private static final String DOC = "Functions to convert between Python values and C structs.\n"
      + "Python bytes objects are used to hold the data representing the C struct\n"
      + "and also as format strings (explained below) to describe the layout of data\n"
      + "in the C struct.\n\n"
      + "The optional first format char indicates byte order, size and alignment:\n"
      + "  @: native order, size & alignment (default)\n"
      + "  =: native order, std. size & alignment\n"
      + "  <: little-endian, std. size & alignment\n"
      + "  >: big-endian, std. size & alignment\n"
      + "  !: same as >\n\n"
      + "The remaining chars indicate types of args and must match exactly;\n"
      + "these can be preceded by a decimal repeat count:\n"
      + "  x: pad byte (no data); c:char; b:signed byte; B:unsigned byte;\n"
      + "  ?: _Bool (requires C99; if not available, char is used instead)\n"
      + "  h:short; H:unsigned short; i:int; I:unsigned int;\n"
      + "  l:long; L:unsigned long; f:float; d:double; e:half-float.\n"
      + "Special cases (preceding decimal count indicates length):\n"
      + "  s:string (array of char); p: pascal string (with count byte).\n"
      + "Special cases (only available in native format):\n"
      + "  n:ssize_t; N:size_t;\n"
      + "  P:an integer type that is wide enough to hold a pointer.\n"
      + "Special case (not in native mode unless 'long long' in platform C):\n"
      + "  q:long long; Q:unsigned long long\n"
      + "Whitespace between formats is ignored.\n\n"
      + "The variable struct.error is an exception raised on errors.\n";

  public static PyModule create(Interpreter interp) {
    PyModule m = new PyModule(NAME, new PyStr(DOC), interp);
    m.addFunctions(StructModule.class);
    m.put("Struct", PyStruct.TYPE);
    m.put("error", StructState.current().error);
    return m;
  }

  private static StructFormat format(PyObject fmt) {
    String text = PyStruct.formatText(fmt);
    return StructState.current().format((fmt instanceof PyBytes ? "b" : "s") + text, text);
  }

  private static PyObject formatArg(PyObject[] args) {
    if (args.length == 0) throw Errors.typeError("missing format argument");
    return args[0];
  }

  @PyMethod static PyObject pack(PyModule self, @PyMethod.Star PyObject[] args) {
    return PyStruct.pack(format(formatArg(args)), args, 1);
  }

  @PyMethod("pack_into") static void packInto(PyModule self, @PyMethod.Star PyObject[] args) {
    PyStruct.packInto(format(formatArg(args)), args, 1);
  }

  @PyMethod static PyObject unpack(PyModule self, PyObject format, PyObject buffer) {
    return PyStruct.unpack(format(format), buffer);
  }

  @PyMethod(value = "unpack_from", positionalOnly = 1)
  static PyObject unpackFrom(PyModule self, PyObject format, PyObject buffer, @PyMethod.Opt PyObject offset) {
    return PyStruct.unpackFrom(format(format), buffer, offset);
  }

  @PyMethod("iter_unpack") static PyObject iterUnpack(PyModule self, PyObject format, PyObject buffer) {
    return PyStruct.iterUnpack(format(format), buffer);
  }

  @PyMethod static PyObject calcsize(PyModule self, PyObject format) {
    return PyInt.of(format(format).size);
  }

  @PyMethod("_clearcache") static void clearCache(PyModule self) {
    StructState.current().clearCache();
  }
}
