package dev.kaa.objects;

/** {@code bool}: an {@code int} subclass with exactly two instances, and not subclassable. */
public final class PyBool extends PyInt {
  public static final PyType TYPE = new PyType("bool", PyType.IMMUTABLE, PyBool.class, PyInt.TYPE);
  public static final PyBool TRUE = new PyBool(1);
  public static final PyBool FALSE = new PyBool(0);

  private PyBool(long v) { super(v, null); }

  public static PyBool of(boolean b) { return b ? TRUE : FALSE; }

  @Override public PyType type() { return TYPE; }

  @Override @PyMethod("__repr__") public PyObject repr() { return new PyStr(this == TRUE ? "True" : "False"); }

  @Override public String toString() { return this == TRUE ? "True" : "False"; }
}
