package dev.kaa.objects.typing;

import dev.kaa.objects.Abstract;
import dev.kaa.objects.Attributes;
import dev.kaa.objects.PyBool;
import dev.kaa.objects.PyGetter;
import dev.kaa.objects.PyMethod;
import dev.kaa.objects.PyNotImplemented;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyStr;
import dev.kaa.objects.PyType;

/** {@code P.args} ({@code typing.ParamSpecArgs}) and {@code P.kwargs} ({@code typing.ParamSpecKwargs}). */
public final class PyParamSpecPart extends PyObject {
  public static final PyType ARGS =
      new PyType("typing.ParamSpecArgs", PyType.IMMUTABLE, PyParamSpecPart.class, PyType.OBJECT);
  public static final PyType KWARGS =
      new PyType("typing.ParamSpecKwargs", PyType.IMMUTABLE, PyParamSpecPart.class, PyType.OBJECT);

  private final PyObject origin;
  private final PyType kind;

  PyParamSpecPart(PyObject origin, PyType kind) {
    this.origin = origin;
    this.kind = kind;
  }

  /** {@code ParamSpecArgs(origin)} / {@code ParamSpecKwargs(origin)}. */
  @PyMethod(value = "__new__", kind = PyMethod.Kind.NEW)
  static PyObject make(PyType cls, PyObject origin) { return new PyParamSpecPart(origin, cls); }

  @Override public PyType type() { return kind; }

  @PyGetter("__origin__") PyObject origin() { return origin; }

  /** Two {@code P.args} are equal when they come from the same ParamSpec. */
  @PyMethod("__eq__") PyObject eq(PyObject other) {
    if (!(other instanceof PyParamSpecPart p) || p.kind != kind) return PyNotImplemented.VALUE;
    return PyBool.of(p.origin == origin);
  }

  @PyMethod("__repr__") PyObject repr() {
    String name = origin instanceof PyParamSpec p ? p.name : Abstract.str(Attributes.get(origin, "__name__")).value;
    return new PyStr(name + (kind == ARGS ? ".args" : ".kwargs"));
  }

  @PyMethod("__mro_entries__") PyObject mroEntries(PyObject bases) {
    return TypingHelpers.noSubclass(kind == ARGS ? "ParamSpecArgs" : "ParamSpecKwargs");
  }
}
