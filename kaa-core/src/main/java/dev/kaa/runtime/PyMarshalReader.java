package dev.kaa.runtime;

import dev.kaa.bytecode.Marshal;
import dev.kaa.bytecode.MarshalCodes;
import dev.kaa.bytecode.MarshalInput;
import dev.kaa.interp.PyCode;
import dev.kaa.math.FloatText;
import dev.kaa.objects.Codecs;
import dev.kaa.objects.Errors;
import dev.kaa.objects.ExceptionTypes;
import dev.kaa.objects.PyBool;
import dev.kaa.objects.PyBytes;
import dev.kaa.objects.PyComplex;
import dev.kaa.objects.PyDict;
import dev.kaa.objects.PyEllipsis;
import dev.kaa.objects.PyException;
import dev.kaa.objects.PyFloat;
import dev.kaa.objects.PyFrozenSet;
import dev.kaa.objects.PyInt;
import dev.kaa.objects.PyList;
import dev.kaa.objects.PyNone;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PySet;
import dev.kaa.objects.PyStr;
import dev.kaa.objects.PyTuple;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code marshal.loads}/{@code load}: CPython 3.12's marshal format back to Python objects (any version's codes),
 * with its errors — EOFError for data that ends too soon, ValueError "bad marshal data (...)", TypeError for a NULL
 * where an object must be. Code objects must be Kaa's ({@link Marshal}); CPython's carry CPython's bytecode and are
 * refused as bad data.
 */
final class PyMarshalReader {
  private final MarshalInput in;
  private final Interpreter interp;
  /** The objects written with {@link MarshalCodes#FLAG_REF}, by index; null while one is still being read. */
  private final List<PyObject> refs = new ArrayList<>();
  private int depth;

  PyMarshalReader(MarshalInput in, Interpreter interp) {
    this.in = in;
    this.interp = interp;
  }

  /** Reads one object (trailing bytes are left alone, as CPython leaves them). */
  PyObject readTop() {
    try {
      PyObject v = read();
      if (v == null) throw Errors.typeError("NULL object in marshal data for object");
      return v;
    } catch (MarshalInput.BadData e) {
      throw Errors.of(e.eof ? ExceptionTypes.EOFError : ExceptionTypes.ValueError, "%s", e.getMessage());
    }
  }

  /** The next object, or null for {@link MarshalCodes#NULL} (the end of a dict). */
  private PyObject read() {
    if (++depth > MarshalCodes.MAX_DEPTH) throw Errors.valueError("recursion limit exceeded");
    try {
      int code = in.readByteOrEof();
      if (code < 0) throw new MarshalInput.BadData("EOF read where object expected", true);
      boolean flag = (code & MarshalCodes.FLAG_REF) != 0;
      return switch (code & ~MarshalCodes.FLAG_REF) {
        case MarshalCodes.NULL -> null;
        case MarshalCodes.NONE -> PyNone.NONE;
        case MarshalCodes.STOPITER -> ExceptionTypes.StopIteration;
        case MarshalCodes.ELLIPSIS -> PyEllipsis.ELLIPSIS;
        case MarshalCodes.FALSE -> PyBool.FALSE;
        case MarshalCodes.TRUE -> PyBool.TRUE;
        case MarshalCodes.INT -> ref(flag, PyInt.of(in.readInt32()));
        case MarshalCodes.INT64 -> ref(flag, PyInt.of(in.readInt64()));
        case MarshalCodes.LONG -> ref(flag, PyInt.of(in.readLongDigits()));
        case MarshalCodes.FLOAT -> ref(flag, new PyFloat(readFloatText()));
        case MarshalCodes.BINARY_FLOAT -> ref(flag, new PyFloat(in.readDouble()));
        case MarshalCodes.COMPLEX -> {
          double real = readFloatText();
          yield ref(flag, new PyComplex(real, readFloatText()));
        }
        case MarshalCodes.BINARY_COMPLEX -> {
          double real = in.readDouble();
          yield ref(flag, new PyComplex(real, in.readDouble()));
        }
        case MarshalCodes.STRING -> ref(flag, new PyBytes(in.readBytes(size("bytes object"))));
        case MarshalCodes.SHORT_ASCII -> ref(flag, new PyStr(in.readAscii(in.readUnsignedByte())));
        case MarshalCodes.SHORT_ASCII_INTERNED -> ref(flag, interned(in.readAscii(in.readUnsignedByte())));
        case MarshalCodes.ASCII -> ref(flag, new PyStr(in.readAscii(size("string"))));
        case MarshalCodes.ASCII_INTERNED -> ref(flag, interned(in.readAscii(size("string"))));
        case MarshalCodes.UNICODE -> ref(flag, new PyStr(readUtf8()));
        case MarshalCodes.INTERNED -> ref(flag, interned(readUtf8()));
        case MarshalCodes.SMALL_TUPLE -> readTuple(flag, in.readUnsignedByte());
        case MarshalCodes.TUPLE -> readTuple(flag, size("tuple"));
        case MarshalCodes.LIST -> readList(flag);
        case MarshalCodes.DICT -> readDict(flag);
        case MarshalCodes.SET, MarshalCodes.FROZENSET -> readSet(flag, (code & ~MarshalCodes.FLAG_REF) == MarshalCodes.SET);
        case MarshalCodes.CODE -> {
          int index = reserve(flag);
          yield fill(index, PyCode.of(Marshal.readCodeBody(in, null, 0)));
        }
        case MarshalCodes.REF -> {
          int index = in.readInt32();
          if (index < 0 || index >= refs.size() || refs.get(index) == null) {
            throw new MarshalInput.BadData("bad marshal data (invalid reference)", false);
          }
          yield refs.get(index);
        }
        default -> throw new MarshalInput.BadData("bad marshal data (unknown type code)", false);
      };
    } finally {
      depth--;
    }
  }

  /** A 32-bit size, refused when negative with CPython's message for {@code what}. */
  private int size(String what) {
    int n = in.readInt32();
    if (n < 0) throw new MarshalInput.BadData("bad marshal data (" + what + " size out of range)", false);
    return n;
  }

  private PyObject ref(boolean flag, PyObject v) {
    if (flag) refs.add(v);
    return v;
  }

  /** Reserves the reference index of a container whose items are read before it exists (tuples, frozensets). */
  private int reserve(boolean flag) {
    if (!flag) return -1;
    refs.add(null);
    return refs.size() - 1;
  }

  private PyObject fill(int index, PyObject v) {
    if (index >= 0) refs.set(index, v);
    return v;
  }

  private PyStr interned(String s) {
    return interp == null ? new PyStr(s) : interp.interned.computeIfAbsent(s, PyStr::new);
  }

  private String readUtf8() {
    byte[] data = in.readBytes(size("string"));
    return Codecs.decode(data, "utf-8", "surrogatepass");
  }

  private double readFloatText() {
    int n = in.readByteOrEof();
    if (n < 0) throw new MarshalInput.BadData("EOF read where object expected", true);
    String text = in.readAscii(n);
    try {
      return FloatText.parse(text);
    } catch (PyException | NumberFormatException e) {
      throw Errors.valueError("could not convert string to float: '%s'", text);
    }
  }

  /** The items of a sequence that CPython reads one by one (a huge size in bad data ends at EOF, not in memory). */
  private List<PyObject> readItems(int n, String what) {
    List<PyObject> items = new ArrayList<>(Math.min(n, 1024));
    for (int i = 0; i < n; i++) {
      PyObject x = read();
      if (x == null) throw Errors.typeError("NULL object in marshal data for %s", what);
      items.add(x);
    }
    return items;
  }

  private PyObject readTuple(boolean flag, int n) {
    int index = reserve(flag);
    return fill(index, PyTuple.wrap(readItems(n, "tuple").toArray(new PyObject[0])));
  }

  private PyObject readList(boolean flag) {
    int n = size("list");
    PyList list = new PyList();
    ref(flag, list);
    for (int i = 0; i < n; i++) {
      PyObject x = read();
      if (x == null) throw Errors.typeError("NULL object in marshal data for list");
      list.add(x);
    }
    return list;
  }

  private PyObject readDict(boolean flag) {
    PyDict dict = new PyDict();
    ref(flag, dict);
    while (true) {
      PyObject key = read();
      if (key == null) break;
      PyObject value = read();
      if (value == null) break;
      dict.put(key, value);
    }
    return dict;
  }

  private PyObject readSet(boolean flag, boolean mutable) {
    int n = size("set");
    if (mutable) {
      PySet set = new PySet();
      ref(flag, set);
      for (PyObject x : readItems(n, "set")) set.put(x);
      return set;
    }
    int index = reserve(flag);
    return fill(index, PyFrozenSet.of(PyTuple.wrap(readItems(n, "set").toArray(new PyObject[0]))));
  }
}
