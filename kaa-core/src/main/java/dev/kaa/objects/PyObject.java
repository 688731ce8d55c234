package dev.kaa.objects;

/**
 * The root of every Python object. A built-in type's instances answer {@link #type()} with the type's shared constant
 * (no per-object field); instances of Python subclasses carry their type (and {@code __dict__}) in a subclass.
 * See docs/object-model.md.
 */
public abstract class PyObject {
  private static final PyObject[] NO_ARGS = new PyObject[0];

  /** {@code type(self)}. */
  public abstract PyType type();

  /**
   * Calls this object, in the vectorcall shape: {@code npos} positional arguments at {@code args[from..]}, then one
   * value per name in {@code kwnames} (null when there are none). Callables override this; the default finds
   * {@code __call__} on the type, as CPython's {@code slot_tp_call}.
   */
  public PyObject call(PyObject[] args, int from, int npos, String[] kwnames) {
    PyObject f = type().lookupSpecial(Special.CALL);
    if (f == null) throw Errors.typeError("'%s' object is not callable", type().name());
    return Abstract.callMethod(this, f, args, from, npos, kwnames);
  }

  public final PyObject call0() { return call(NO_ARGS, 0, 0, null); }

  public final PyObject call1(PyObject a) { return call(new PyObject[] {a}, 0, 1, null); }

  public final PyObject call2(PyObject a, PyObject b) { return call(new PyObject[] {a, b}, 0, 2, null); }
}
