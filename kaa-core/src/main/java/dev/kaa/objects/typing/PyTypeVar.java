package dev.kaa.objects.typing;

import dev.kaa.objects.Abstract;
import dev.kaa.objects.PyBool;
import dev.kaa.objects.PyGetter;
import dev.kaa.objects.PyMethod;
import dev.kaa.objects.PyNone;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyStr;
import dev.kaa.objects.PyTuple;
import dev.kaa.objects.PyType;

/**
 * {@code typing.TypeVar} as PEP 695 makes it: {@code [T]}, {@code [T: bound]} or {@code [T: (a, b)]}. The bound and
 * the constraints are evaluated lazily, on first read, by the function the compiler made for them.
 */
public final class PyTypeVar extends PyObject {
  public static final PyType TYPE = new PyType("TypeVar", PyType.IMMUTABLE, PyTypeVar.class, PyType.OBJECT);

  final String name;
  /** The function computing the bound (or the constraints tuple) until first read; null when there is none. */
  private PyObject evaluate;
  private final boolean constrained;
  private PyObject bound = PyNone.NONE;
  private PyObject constraints = PyTuple.EMPTY;

  private PyTypeVar(String name, PyObject evaluate, boolean constrained) {
    this.name = name;
    this.evaluate = evaluate;
    this.constrained = constrained;
  }

  /** {@code [T]}. */
  public static PyTypeVar of(PyObject name) { return new PyTypeVar(((PyStr) name).value, null, false); }

  /** {@code [T: bound]}, the bound computed by {@code evaluate} on first read. */
  public static PyTypeVar bounded(PyObject name, PyObject evaluate) {
    return new PyTypeVar(((PyStr) name).value, evaluate, false);
  }

  /** {@code [T: (a, b)]}, the constraints computed by {@code evaluate} on first read. */
  public static PyTypeVar constrained(PyObject name, PyObject evaluate) {
    return new PyTypeVar(((PyStr) name).value, evaluate, true);
  }

  @Override public PyType type() { return TYPE; }

  private void evaluated() {
    if (evaluate == null) return;
    PyObject v = Abstract.call(evaluate);
    evaluate = null;
    if (constrained) constraints = v;
    else bound = v;
  }

  @PyGetter("__name__") PyObject nameAttr() { return new PyStr(name); }

  @PyGetter("__bound__") PyObject boundAttr() {
    evaluated();
    return bound;
  }

  @PyGetter("__constraints__") PyObject constraintsAttr() {
    evaluated();
    return constraints;
  }

  @PyGetter("__covariant__") PyObject covariant() { return PyBool.FALSE; }

  @PyGetter("__contravariant__") PyObject contravariant() { return PyBool.FALSE; }

  /** PEP 695's type variables always infer their variance. */
  @PyGetter("__infer_variance__") PyObject inferVariance() { return PyBool.TRUE; }

  @PyGetter("__module__") PyObject module() { return new PyStr("typing"); }

  @PyMethod("__repr__") PyObject repr() { return new PyStr(name); }
}
