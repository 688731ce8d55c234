package dev.kaa.modules.itertools;

import dev.kaa.bytecode.BinaryOps;
import dev.kaa.objects.Abstract;
import dev.kaa.objects.Errors;
import dev.kaa.objects.PyComplex;
import dev.kaa.objects.PyInt;
import dev.kaa.objects.PyMethod;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyStr;
import dev.kaa.objects.PyTuple;
import dev.kaa.objects.PyType;
import dev.kaa.objects.Special;

/**
 * {@code count(start=0, step=1)}: start, start+step, ... As CPython, an int start that fits in 64 bits with step 1
 * counts in a Java long (no addition through the number protocol) until it would overflow; anything else adds with
 * {@code +}, so floats, Fractions and Decimals count too.
 */
final class PyCount extends ItertoolsIterator {
  static final PyType TYPE = new PyType("itertools.count", PyType.IMMUTABLE | PyType.BASETYPE, PyCount.class,
      PyType.OBJECT);

  /** The next value in the fast mode; {@link #value} is null then. */
  private long fast;
  /** The next value in the general mode. */
  private PyObject value;
  private final PyObject step;

  private PyCount(PyType type, PyObject start, PyObject step) {
    super(type);
    this.step = step;
    boolean stepOne = step instanceof PyInt s && s.isLong() && s.longValue() == 1;
    if (stepOne && start instanceof PyInt i && i.isLong() && i.longValue() != Long.MAX_VALUE) fast = i.longValue();
    else value = start;
  }

  @PyMethod(value = "__new__", kind = PyMethod.Kind.NEW, positionalOnly = 0)
  static PyObject make(PyType cls, @PyMethod.Opt PyObject start, @PyMethod.Opt PyObject step) {
    if (start == null) start = PyInt.ZERO;
    if (step == null) step = PyInt.ONE;
    if (!isNumber(start) || !isNumber(step)) throw Errors.typeError("a number is required");
    return new PyCount(cls, start, step);
  }

  /** CPython's PyNumber_Check: something int(), float() or complex() accepts. */
  private static boolean isNumber(PyObject o) {
    PyType t = o.type();
    return o instanceof PyComplex || t.lookupSpecial(Special.INDEX) != null || t.lookupSpecial(Special.INT) != null
        || t.lookupSpecial(Special.FLOAT) != null;
  }

  @Override PyObject step() {
    if (value == null) {
      PyObject v = PyInt.of(fast);
      if (++fast == Long.MAX_VALUE) value = PyInt.of(fast);
      return v;
    }
    PyObject v = value;
    value = Abstract.binaryOp(v, step, BinaryOps.ADD);
    return v;
  }

  private PyObject current() { return value == null ? PyInt.of(fast) : value; }

  private boolean stepIsOne() { return step.getClass() == PyInt.class && Abstract.equals(step, PyInt.ONE); }

  @PyMethod("__repr__") PyObject repr() {
    String name = type().name();
    String start = Abstract.repr(current()).value;
    if (stepIsOne()) return new PyStr(name + "(" + start + ")");
    return new PyStr(name + "(" + start + ", " + Abstract.repr(step).value + ")");
  }

  @PyMethod("__reduce__") PyObject reduce() {
    PickleDeprecation.warn();
    PyObject args = value == null ? PyTuple.of(current()) : PyTuple.of(value, step);
    return PyTuple.of(type(), args);
  }
}
