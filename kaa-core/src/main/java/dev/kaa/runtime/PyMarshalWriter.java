package dev.kaa.runtime;

import dev.kaa.bytecode.Marshal;
import dev.kaa.bytecode.MarshalCodes;
import dev.kaa.bytecode.MarshalOutput;
import dev.kaa.format.FloatFormat;
import dev.kaa.interp.PyCode;
import dev.kaa.objects.Abstract;
import dev.kaa.objects.Buffers;
import dev.kaa.objects.Errors;
import dev.kaa.objects.ExceptionTypes;
import dev.kaa.objects.PyBool;
import dev.kaa.objects.PyBytes;
import dev.kaa.objects.PyComplex;
import dev.kaa.objects.PyDict;
import dev.kaa.objects.PyEllipsis;
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
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code marshal.dumps}: Python data in CPython 3.12's marshal format, byte for byte where Kaa can know what CPython
 * would write (docs/pyc.md). Code objects are written as {@link Marshal} writes them (Kaa's own layout).
 *
 * <p>CPython decides whether to add an object to the reference list ({@link MarshalCodes#FLAG_REF}) by its reference
 * count: an object referenced once — a list just built by a display — is written plain. Kaa has no reference counts,
 * so it flags what CPython's count would almost always make shared: the value given (usually a variable) and, inside
 * it, every object but the containers a program builds as it runs (lists, dicts, sets, frozensets, bytearrays), which
 * are flagged only when they occur more than once; ints, floats, strs, bytes and tuples inside are taken to be the
 * compiler's constants, which CPython shares. str is "interned" (CPython's {@code Z}/{@code A}/{@code t} codes) when
 * it is made of ASCII letters, digits and underscores, as the compiler interns such constants, or was interned with
 * {@code sys.intern}.
 */
final class PyMarshalWriter {
  private final MarshalOutput out = new MarshalOutput();
  private final int version;
  private final Interpreter interp;
  private final Map<PyObject, Integer> refs = new IdentityHashMap<>();
  /** Interned strs by value: in CPython equal interned strs are one object, so the second is a reference. */
  private final Map<String, Integer> internedRefs = new java.util.HashMap<>();
  /** Mutable containers that occur more than once in the value (found before writing). */
  private final Map<PyObject, Boolean> sharedContainers = new IdentityHashMap<>();
  private int depth;

  private PyMarshalWriter(int version, Interpreter interp) {
    this.version = version;
    this.interp = interp;
  }

  /** {@code marshal.dumps(value, version)}. */
  static byte[] dumps(PyObject value, int version, Interpreter interp) {
    PyMarshalWriter w = new PyMarshalWriter(version, interp);
    if (version >= 3) w.findSharedContainers(value);
    w.write(value, true);
    return w.out.toByteArray();
  }

  private void findSharedContainers(PyObject root) {
    Map<PyObject, Boolean> seen = new IdentityHashMap<>();
    List<PyObject> pending = new ArrayList<>();
    pending.add(root);
    while (!pending.isEmpty()) {
      PyObject v = pending.remove(pending.size() - 1);
      if (!isExactContainer(v)) continue;
      if (seen.put(v, Boolean.TRUE) != null) {
        sharedContainers.put(v, Boolean.TRUE);
        continue;
      }
      if (v instanceof PyDict d) {
        d.forEach((k, val) -> {
          pending.add(k);
          pending.add(val);
        });
      } else {
        forEachItem(v, pending::add);
      }
    }
  }

  private static boolean isExactContainer(PyObject v) {
    PyObject t = v.type();
    return t == PyList.TYPE || t == PyTuple.TYPE || t == PyDict.TYPE || t == PySet.TYPE || t == PyFrozenSet.TYPE;
  }

  /** Containers a program builds as it runs (displays, calls): in CPython usually referenced once, so not flagged. */
  private static boolean isMadeAtRunTime(PyObject v) {
    PyObject t = v.type();
    return t == PyList.TYPE || t == PyDict.TYPE || t == PySet.TYPE || t == PyFrozenSet.TYPE
        || !(v instanceof PyBytes) && Buffers.exports(v);
  }

  private static void forEachItem(PyObject container, java.util.function.Consumer<PyObject> action) {
    if (container instanceof PyList l) {
      for (PyObject x : l.toArray()) action.accept(x);
    } else if (container instanceof PyTuple t) {
      for (PyObject x : t.toArray()) action.accept(x);
    } else {
      PyObject it = Abstract.iter(container);
      for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it)) action.accept(x);
    }
  }

  private void write(PyObject v, boolean top) {
    if (++depth > MarshalCodes.MAX_DEPTH) throw Errors.valueError("object too deeply nested to marshal");
    try {
      if (v == PyNone.NONE) {
        out.writeByte(MarshalCodes.NONE);
      } else if (v == ExceptionTypes.StopIteration) {
        out.writeByte(MarshalCodes.STOPITER);
      } else if (v == PyEllipsis.ELLIPSIS) {
        out.writeByte(MarshalCodes.ELLIPSIS);
      } else if (v == PyBool.FALSE) {
        out.writeByte(MarshalCodes.FALSE);
      } else if (v == PyBool.TRUE) {
        out.writeByte(MarshalCodes.TRUE);
      } else if (!writeReference(v)) {
        boolean flag = version >= 3 && (top || !isMadeAtRunTime(v) || sharedContainers.containsKey(v));
        if (flag) {
          int index = refs.size() + internedRefs.size();
          if (v.type() == PyStr.TYPE && isInterned((PyStr) v)) internedRefs.put(((PyStr) v).value, index);
          else refs.put(v, index);
        }
        int at = out.size();
        writeValue(v);
        if (flag) out.orByte(at, MarshalCodes.FLAG_REF);
      }
    } finally {
      depth--;
    }
  }

  /** Writes {@code r} and the index when {@code v} was written before; false otherwise. */
  private boolean writeReference(PyObject v) {
    if (version < 3) return false;
    Integer index = v.type() == PyStr.TYPE && isInterned((PyStr) v) ? internedRefs.get(((PyStr) v).value) : refs.get(v);
    if (index == null) return false;
    out.writeByte(MarshalCodes.REF);
    out.writeInt32(index);
    return true;
  }

  private void writeValue(PyObject v) {
    PyObject type = v.type();
    if (type == PyInt.TYPE) {
      PyInt i = (PyInt) v;
      if (i.isLong()) out.writeInt(i.longValue());
      else out.writeInt(i.bigValue());
    } else if (type == PyFloat.TYPE) {
      writeFloat(MarshalCodes.FLOAT, MarshalCodes.BINARY_FLOAT, ((PyFloat) v).value);
    } else if (type == PyComplex.TYPE) {
      PyComplex c = (PyComplex) v;
      if (version > 1) {
        out.writeByte(MarshalCodes.BINARY_COMPLEX);
        out.writeDouble(c.real);
        out.writeDouble(c.imag);
      } else {
        out.writeByte(MarshalCodes.COMPLEX);
        writeFloatText(c.real);
        writeFloatText(c.imag);
      }
    } else if (type == PyStr.TYPE) {
      PyStr s = (PyStr) v;
      out.writeStr(s.value, isInterned(s), version);
    } else if (type == PyTuple.TYPE) {
      PyObject[] items = ((PyTuple) v).toArray();
      if (version >= 4 && items.length < 256) {
        out.writeByte(MarshalCodes.SMALL_TUPLE);
        out.writeByte(items.length);
      } else {
        out.writeByte(MarshalCodes.TUPLE);
        out.writeInt32(items.length);
      }
      for (PyObject x : items) write(x, false);
    } else if (type == PyList.TYPE) {
      PyObject[] items = ((PyList) v).toArray();
      out.writeByte(MarshalCodes.LIST);
      out.writeInt32(items.length);
      for (PyObject x : items) write(x, false);
    } else if (type == PyDict.TYPE) {
      out.writeByte(MarshalCodes.DICT);
      ((PyDict) v).forEach((k, val) -> {
        write(k, false);
        write(val, false);
      });
      out.writeByte(MarshalCodes.NULL);
    } else if (type == PySet.TYPE || type == PyFrozenSet.TYPE) {
      out.writeByte(type == PySet.TYPE ? MarshalCodes.SET : MarshalCodes.FROZENSET);
      out.writeInt32(((PySet) v).size());
      forEachItem(v, x -> write(x, false));
    } else if (v instanceof PyCode c) {
      Marshal.writeCode(out, c.code);
    } else if (Buffers.exports(v)) {
      out.writeByte(MarshalCodes.STRING);
      out.writeSizedBytes(Buffers.required(v));
    } else {
      throw Errors.valueError("unmarshallable object");
    }
  }

  private void writeFloat(int textCode, int binaryCode, double d) {
    if (version > 1) {
      out.writeByte(binaryCode);
      out.writeDouble(d);
    } else {
      out.writeByte(textCode);
      writeFloatText(d);
    }
  }

  /** Versions 0 and 1: the float as {@code '%.17g'} text, after a length byte. */
  private void writeFloatText(double d) {
    byte[] text = FloatFormat.format(d, ".17g").getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    out.writeByte(text.length);
    out.writeBytes(text);
  }

  private boolean isInterned(PyStr s) {
    if (interp != null && interp.interned.get(s.value) == s) return true;
    String t = s.value;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_')) return false;
    }
    return true;
  }
}
