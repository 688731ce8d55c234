package dev.kaa.objects;

/** {@code None}, the one instance of {@code NoneType}. */
public final class PyNone extends PyObject {
  public static final PyType TYPE = new PyType("NoneType", PyType.IMMUTABLE, PyType.OBJECT);
  public static final PyNone NONE = new PyNone();

  private PyNone() {}

  @Override public PyType type() { return TYPE; }

  @Override public String toString() { return "None"; }
}
