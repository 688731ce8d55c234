package dev.kaa.objects.typing;

import dev.kaa.objects.Abstract;
import dev.kaa.objects.Errors;
import dev.kaa.objects.PyBool;
import dev.kaa.objects.PyGetter;
import dev.kaa.objects.PyMethod;
import dev.kaa.objects.PyNone;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyStr;
import dev.kaa.objects.PyTuple;
import dev.kaa.objects.PyType;

/**
 * {@code typing.TypeVar}: made by PEP 695's {@code [T]}, {@code [T: bound]} or {@code [T: (a, b)]} (bound and
 * constraints evaluated lazily, on first read, by the function the compiler made for them), or by
 * {@code TypeVar('T', ..., bound=..., covariant=...)}. Substitution and {@code |} are typing's, as in CPython.
 */
public final class PyTypeVar extends PyObject {
  public static final PyType TYPE = new PyType("typing.TypeVar", PyType.IMMUTABLE, PyTypeVar.class, PyType.OBJECT);

  final String name;
  /** The function computing the bound (or the constraints tuple) until first read; null when there is none. */
  private PyObject evaluate;
  private final boolean constrained;
  private PyObject bound = PyNone.NONE;
  private PyObject constraints = PyTuple.EMPTY;
  private boolean covariant, contravariant, inferVariance = true;
  private PyObject module = new PyStr("typing");

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

  /** {@code TypeVar(name, *constraints, bound=None, covariant=False, contravariant=False, infer_variance=False)}. */
  @PyMethod(value = "__new__", kind = PyMethod.Kind.NEW, positionalOnly = 0)
  static PyObject make(PyType cls, PyObject name, @PyMethod.KwOnly @PyMethod.Opt PyObject bound,
      @PyMethod.KwOnly @PyMethod.Opt PyObject covariant, @PyMethod.KwOnly @PyMethod.Opt PyObject contravariant,
      @PyMethod.KwOnly @PyMethod.Opt PyObject infer_variance, @PyMethod.Star PyObject[] constraints) {
    if (!(name instanceof PyStr s)) {
      throw Errors.typeError("typevar() argument 'name' must be str, not %s", name.type().name());
    }
    boolean co = truth(covariant), contra = truth(contravariant), infer = truth(infer_variance);
    if (co && contra) throw Errors.valueError("Bivariant types are not supported.");
    if (infer && (co || contra)) throw Errors.valueError("Variance cannot be specified with infer_variance.");
    PyObject b = bound == null ? PyNone.NONE : TypingHelpers.typeCheck(bound, "Bound must be a type.");
    if (constraints.length == 1) throw Errors.typeError("A single constraint is not allowed");
    if (constraints.length > 1 && b != PyNone.NONE) {
      throw Errors.typeError("Constraints cannot be combined with bound=...");
    }
    PyTypeVar t = new PyTypeVar(s.value, null, constraints.length > 0);
    t.bound = b;
    t.constraints = PyTuple.of(constraints);
    t.covariant = co;
    t.contravariant = contra;
    t.inferVariance = infer;
    t.module = TypingHelpers.callerModule();
    return t;
  }

  static boolean truth(PyObject o) { return o != null && Abstract.isTrue(o); }

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

  @PyGetter("__covariant__") PyObject covariant() { return PyBool.of(covariant); }

  @PyGetter("__contravariant__") PyObject contravariant() { return PyBool.of(contravariant); }

  /** PEP 695's type variables always infer their variance. */
  @PyGetter("__infer_variance__") PyObject inferVariance() { return PyBool.of(inferVariance); }

  @PyGetter("__module__") PyObject module() { return module; }

  @PyMethod("__repr__") PyObject repr() {
    return new PyStr(TypingHelpers.variance(inferVariance, covariant, contravariant) + name);
  }

  @PyMethod("__or__") PyObject or(PyObject right) { return TypingHelpers.union(this, right); }

  @PyMethod("__ror__") PyObject ror(PyObject left) { return TypingHelpers.union(left, this); }

  @PyMethod("__typing_subst__") PyObject typingSubst(PyObject arg) {
    return TypingHelpers.call("_typevar_subst", this, arg);
  }

  @PyMethod("__reduce__") PyObject reduce() { return new PyStr(name); }

  @PyMethod("__mro_entries__") PyObject mroEntries(PyObject bases) { return TypingHelpers.noSubclass("TypeVar"); }
}
