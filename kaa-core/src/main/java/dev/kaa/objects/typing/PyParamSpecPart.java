package dev.kaa.objects.typing;

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
      new PyType("ParamSpecArgs", PyType.IMMUTABLE, PyParamSpecPart.class, PyType.OBJECT);
  public static final PyType KWARGS =
      new PyType("ParamSpecKwargs", PyType.IMMUTABLE, PyParamSpecPart.class, PyType.OBJECT);

  private final PyParamSpec origin;
  private final PyType kind;

  PyParamSpecPart(PyParamSpec origin, PyType kind) {
    this.origin = origin;
    this.kind = kind;
  }

  @Override public PyType type() { return kind; }

  @PyGetter("__origin__") PyObject origin() { return origin; }

  /** Two {@code P.args} are equal when they come from the same ParamSpec. */
  @PyMethod("__eq__") PyObject eq(PyObject other) {
    if (!(other instanceof PyParamSpecPart p) || p.kind != kind) return PyNotImplemented.VALUE;
    return PyBool.of(p.origin == origin);
  }

  @PyMethod("__repr__") PyObject repr() { return new PyStr(origin.name + (kind == ARGS ? ".args" : ".kwargs")); }
}
