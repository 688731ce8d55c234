package dev.kaa.objects.typing;

import dev.kaa.objects.Abstract;
import dev.kaa.objects.Attributes;
import dev.kaa.objects.PyBool;
import dev.kaa.objects.PyException;
import dev.kaa.objects.PyGetter;
import dev.kaa.objects.PyInt;
import dev.kaa.objects.PyMethod;
import dev.kaa.objects.PyNotImplemented;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyStr;
import dev.kaa.objects.PyTuple;
import dev.kaa.objects.PyType;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code Generic[T]} or {@code C[int]} (typing's {@code _GenericAlias}): an origin class with its arguments. As a base it
 * stands for its origin ({@code __mro_entries__}); called, it makes an instance of the origin.
 */
public final class PyGenericAlias extends PyObject {
  public static final PyType TYPE =
      new PyType("_GenericAlias", PyType.IMMUTABLE, PyGenericAlias.class, PyType.OBJECT);

  private final PyType origin;
  private final PyTuple args;

  PyGenericAlias(PyType origin, PyTuple args) {
    this.origin = origin;
    this.args = args;
  }

  @Override public PyType type() { return TYPE; }

  boolean isGenericItself() { return origin == PyGeneric.TYPE; }

  /** Adds the type parameters among the arguments to {@code into}, each once, in order. */
  void collectParameters(List<PyObject> into) {
    for (int i = 0; i < args.size(); i++) {
      PyObject a = args.get(i);
      boolean parameter = a instanceof PyTypeVar || a instanceof PyParamSpec || a instanceof PyTypeVarTuple;
      if (parameter && !into.contains(a)) into.add(a);
    }
  }

  @PyGetter("__origin__") PyObject originAttr() { return origin; }

  @PyGetter("__args__") PyObject argsAttr() { return args; }

  @PyGetter("__parameters__") PyObject parameters() {
    List<PyObject> params = new ArrayList<>();
    collectParameters(params);
    return PyTuple.wrap(params.toArray(new PyObject[0]));
  }

  /** Generic[...] gives way to a generic alias after it among the bases (typing's rule), which brings Generic in. */
  @PyMethod("__mro_entries__") PyObject mroEntries(PyObject bases) {
    if (origin == PyGeneric.TYPE && bases instanceof PyTuple t) {
      boolean after = false;
      for (int i = 0; i < t.size(); i++) {
        PyObject b = t.get(i);
        if (after && b instanceof PyGenericAlias) return PyTuple.EMPTY;
        after |= b == this;
      }
    }
    return PyTuple.wrap(new PyObject[] {origin});
  }

  /** Makes an instance of the origin and, where it can, records this alias as its {@code __orig_class__}. */
  @Override public PyObject call(PyObject[] argv, int from, int npos, String[] kwnames) {
    PyObject instance = origin.call(argv, from, npos, kwnames);
    try {
      Attributes.set(instance, "__orig_class__", this);
    } catch (PyException e) {
      // typing ignores instances that take no attributes (__slots__, built-ins)
    }
    return instance;
  }

  @PyMethod("__eq__") PyObject eq(PyObject other) {
    if (!(other instanceof PyGenericAlias a)) return PyNotImplemented.VALUE;
    return PyBool.of(a.origin == origin && Abstract.equals(a.args, args));
  }

  @PyMethod("__hash__") PyObject hash() { return PyInt.of(Abstract.hash(origin) * 31L + Abstract.hash(args)); }

  @PyMethod("__repr__") PyObject repr() {
    StringBuilder s = new StringBuilder(typeRepr(origin)).append('[');
    for (int i = 0; i < args.size(); i++) {
      if (i > 0) s.append(", ");
      s.append(typeRepr(args.get(i)));
    }
    if (args.size() == 0) s.append("()");
    return new PyStr(s.append(']').toString());
  }

  /** typing's {@code _type_repr}: classes by qualified name (built-ins bare), everything else by repr. */
  static String typeRepr(PyObject o) {
    if (o == PyGeneric.TYPE) return "typing.Generic";
    if (o instanceof PyType t) {
      PyObject module = Abstract.getAttrOrNull(t, "__module__");
      if (module instanceof PyStr m && !m.value.equals("builtins")) return m.value + "." + t.qualname();
      return t.qualname();
    }
    return Abstract.repr(o).value;
  }
}
