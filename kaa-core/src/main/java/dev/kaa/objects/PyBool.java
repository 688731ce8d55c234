package dev.kaa.objects;

/**
 * {@code bool}: an {@code int} subclass with exactly two instances, and not subclassable. Everything is int's except
 * repr, construction (truth of the argument) and {@code & | ^}, which stay bool when both operands are bool.
 */
public final class PyBool extends PyInt {
  public static final PyType TYPE = new PyType("bool", PyType.IMMUTABLE, PyBool.class, PyInt.TYPE);
  public static final PyBool TRUE = new PyBool(1);
  public static final PyBool FALSE = new PyBool(0);

  private PyBool(long v) { super(v, null); }

  public static PyBool of(boolean b) { return b ? TRUE : FALSE; }

  @Override public PyType type() { return TYPE; }

  @PyMethod(value = "__new__", kind = PyMethod.Kind.NEW)
  static PyObject make(PyType cls, @PyMethod.Opt PyObject x) {
    return of(x != null && Abstract.isTrue(x));
  }

  @Override @PyMethod("__repr__") public PyObject repr() { return new PyStr(this == TRUE ? "True" : "False"); }

  @Override @PyMethod("__and__") public PyObject and(PyObject other) {
    return other instanceof PyBool ? of(this == TRUE && other == TRUE) : super.and(other);
  }

  @Override @PyMethod("__rand__") public PyObject rand(PyObject other) { return and(other); }

  @Override @PyMethod("__or__") public PyObject or(PyObject other) {
    return other instanceof PyBool ? of(this == TRUE || other == TRUE) : super.or(other);
  }

  @Override @PyMethod("__ror__") public PyObject ror(PyObject other) { return or(other); }

  @Override @PyMethod("__xor__") public PyObject xor(PyObject other) {
    return other instanceof PyBool ? of(this != other) : super.xor(other);
  }

  @Override @PyMethod("__rxor__") public PyObject rxor(PyObject other) { return xor(other); }

  /** {@code ~True} is -2, as for the int 1, with 3.12's DeprecationWarning. */
  @Override @PyMethod("__invert__") public PyObject invert() {
    DeprecatedResults.boolInversion();
    return super.invert();
  }

  @Override public String toString() { return this == TRUE ? "True" : "False"; }
}
