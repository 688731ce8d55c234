package dev.kaa.objects;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code types.UnionType}: {@code int | str}. The arguments are flattened ({@code (a | b) | c}) and deduplicated; a
 * union of one class is that class. Equality ignores order. {@code isinstance(x, int | str)} checks the arguments.
 */
public final class PyUnionType extends PyObject {
  public static final PyType TYPE = new PyType("types.UnionType", PyType.IMMUTABLE, PyUnionType.class,
      PyType.OBJECT);

  public final PyTuple args;

  private PyUnionType(PyTuple args) { this.args = args; }

  @Override public PyType type() { return TYPE; }

  /** {@code a | b} for classes, None, generic aliases and unions; NotImplemented for anything else. */
  static PyObject union(PyObject a, PyObject b) {
    if (!unionable(a) || !unionable(b)) return PyNotImplemented.VALUE;
    List<PyObject> items = new ArrayList<>();
    for (PyObject side : new PyObject[] {a, b}) {
      if (side instanceof PyUnionType u) {
        for (int i = 0; i < u.args.size(); i++) add(items, u.args.get(i));
      } else {
        add(items, side == PyNone.NONE ? PyNone.TYPE : side);
      }
    }
    if (items.size() == 1) return items.get(0);
    return new PyUnionType(PyTuple.wrap(items.toArray(new PyObject[0])));
  }

  private static void add(List<PyObject> items, PyObject item) {
    for (PyObject x : items) if (Abstract.equals(x, item)) return;
    items.add(item);
  }

  private static boolean unionable(PyObject o) {
    return o == PyNone.NONE || o instanceof PyType || o instanceof PyGenericAlias || o instanceof PyUnionType;
  }

  @PyMethod("__repr__") PyObject repr() {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < args.size(); i++) {
      PyObject a = args.get(i);
      b.append(i == 0 ? "" : " | ").append(a == PyNone.TYPE ? "None" : PyGenericAlias.itemRepr(a));
    }
    return new PyStr(b.toString());
  }

  @PyMethod("__or__") PyObject or(PyObject other) { return union(this, other); }

  @PyMethod("__ror__") PyObject ror(PyObject other) { return union(other, this); }

  @PyMethod("__eq__") PyObject eq(PyObject other) {
    if (!(other instanceof PyUnionType o)) return PyNotImplemented.VALUE;
    return PyBool.of(containsAll(this, o) && containsAll(o, this));
  }

  private static boolean containsAll(PyUnionType a, PyUnionType b) {
    for (int i = 0; i < b.args.size(); i++) {
      boolean found = false;
      for (int j = 0; j < a.args.size() && !found; j++) found = Abstract.equals(a.args.get(j), b.args.get(i));
      if (!found) return false;
    }
    return true;
  }

  /** Independent of the order, as equality is. */
  /** The hash of the frozenset of the arguments, as typing.Union's: {@code hash(int | str) == hash(Union[int, str])}. */
  @PyMethod("__hash__") PyObject hash() { return PyInt.of(Abstract.hash(PyFrozenSet.of(args))); }

  @PyMethod("__getitem__") PyObject getItem(PyObject item) {
    throw Errors.typeError("%s is not a generic class", Abstract.repr(this).value);
  }

  @PyGetter("__args__") PyObject argsAttr() { return args; }

  @PyGetter("__parameters__") PyObject parameters() { return PyTuple.EMPTY; }
}
