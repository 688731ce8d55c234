package dev.kaa.objects;

/**
 * {@code tuple}: a fixed {@code PyObject[]}, never modified after construction (the array is owned by the tuple:
 * {@link #wrap} takes it without copying, so callers must not keep writing to it). The empty tuple is a singleton.
 */
public class PyTuple extends PyObject {
  public static final PyType TYPE = new PyType("tuple", PyType.IMMUTABLE | PyType.BASETYPE, PyTuple.class,
      PyType.OBJECT);
  public static final PyTuple EMPTY = new PyTuple(new PyObject[0]);

  final PyObject[] items;

  protected PyTuple(PyObject[] items) { this.items = items; }

  /** A tuple of these items (copied). */
  public static PyTuple of(PyObject... items) { return items.length == 0 ? EMPTY : new PyTuple(items.clone()); }

  /** A tuple owning {@code items} (not copied). */
  public static PyTuple wrap(PyObject[] items) { return items.length == 0 ? EMPTY : new PyTuple(items); }

  @Override public PyType type() { return TYPE; }

  public final int size() { return items.length; }

  public final PyObject get(int i) { return items[i]; }

  /** A copy of the items. */
  public final PyObject[] toArray() { return items.clone(); }
}
