package dev.kaa.objects.typing;

import dev.kaa.objects.Errors;
import dev.kaa.objects.PyBool;
import dev.kaa.objects.PyGetter;
import dev.kaa.objects.PyMethod;
import dev.kaa.objects.PyNone;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyStr;
import dev.kaa.objects.PyType;

/**
 * {@code typing.ParamSpec}, made by PEP 695's {@code [**P]} or {@code ParamSpec('P', ...)}, with {@code P.args} and
 * {@code P.kwargs}; substitution is typing's, as in CPython.
 */
public final class PyParamSpec extends PyObject {
  public static final PyType TYPE = new PyType("typing.ParamSpec", PyType.IMMUTABLE, PyParamSpec.class, PyType.OBJECT);

  final String name;
  private PyObject bound = PyNone.NONE;
  private boolean covariant, contravariant, inferVariance = true;
  private PyObject module = new PyStr("typing");

  public PyParamSpec(PyObject name) { this.name = ((PyStr) name).value; }

  /** {@code ParamSpec(name, *, bound=None, covariant=False, contravariant=False, infer_variance=False)}. */
  @PyMethod(value = "__new__", kind = PyMethod.Kind.NEW, positionalOnly = 0)
  static PyObject make(PyType cls, PyObject name, @PyMethod.KwOnly @PyMethod.Opt PyObject bound,
      @PyMethod.KwOnly @PyMethod.Opt PyObject covariant, @PyMethod.KwOnly @PyMethod.Opt PyObject contravariant,
      @PyMethod.KwOnly @PyMethod.Opt PyObject infer_variance) {
    if (!(name instanceof PyStr)) {
      throw Errors.typeError("paramspec() argument 'name' must be str, not %s", name.type().name());
    }
    boolean co = PyTypeVar.truth(covariant), contra = PyTypeVar.truth(contravariant);
    boolean infer = PyTypeVar.truth(infer_variance);
    if (co && contra) throw Errors.valueError("Bivariant types are not supported.");
    if (infer && (co || contra)) throw Errors.valueError("Variance cannot be specified with infer_variance.");
    PyParamSpec p = new PyParamSpec(name);
    p.bound = bound == null ? PyNone.NONE : TypingHelpers.typeCheck(bound, "Bound must be a type.");
    p.covariant = co;
    p.contravariant = contra;
    p.inferVariance = infer;
    p.module = TypingHelpers.callerModule();
    return p;
  }

  @Override public PyType type() { return TYPE; }

  @PyGetter("__name__") PyObject nameAttr() { return new PyStr(name); }

  @PyGetter("__bound__") PyObject bound() { return bound; }

  @PyGetter("__covariant__") PyObject covariant() { return PyBool.of(covariant); }

  @PyGetter("__contravariant__") PyObject contravariant() { return PyBool.of(contravariant); }

  @PyGetter("__infer_variance__") PyObject inferVariance() { return PyBool.of(inferVariance); }

  @PyGetter("__module__") PyObject module() { return module; }

  @PyGetter("args") PyObject args() { return new PyParamSpecPart(this, PyParamSpecPart.ARGS); }

  @PyGetter("kwargs") PyObject kwargs() { return new PyParamSpecPart(this, PyParamSpecPart.KWARGS); }

  @PyMethod("__repr__") PyObject repr() {
    return new PyStr(TypingHelpers.variance(inferVariance, covariant, contravariant) + name);
  }

  @PyMethod("__or__") PyObject or(PyObject right) { return TypingHelpers.union(this, right); }

  @PyMethod("__ror__") PyObject ror(PyObject left) { return TypingHelpers.union(left, this); }

  @PyMethod("__typing_subst__") PyObject typingSubst(PyObject arg) {
    return TypingHelpers.call("_paramspec_subst", this, arg);
  }

  @PyMethod("__typing_prepare_subst__") PyObject prepareSubst(PyObject alias, PyObject args) {
    return TypingHelpers.call("_paramspec_prepare_subst", this, alias, args);
  }

  @PyMethod("__reduce__") PyObject reduce() { return new PyStr(name); }

  @PyMethod("__mro_entries__") PyObject mroEntries(PyObject bases) { return TypingHelpers.noSubclass("ParamSpec"); }
}
