package dev.kaa.objects.typing;

import dev.kaa.objects.PyBool;
import dev.kaa.objects.PyGetter;
import dev.kaa.objects.PyMethod;
import dev.kaa.objects.PyNone;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyStr;
import dev.kaa.objects.PyType;

/** {@code typing.ParamSpec} as PEP 695 makes it ({@code [**P]}), with {@code P.args} and {@code P.kwargs}. */
public final class PyParamSpec extends PyObject {
  public static final PyType TYPE = new PyType("ParamSpec", PyType.IMMUTABLE, PyParamSpec.class, PyType.OBJECT);

  final String name;

  public PyParamSpec(PyObject name) { this.name = ((PyStr) name).value; }

  @Override public PyType type() { return TYPE; }

  @PyGetter("__name__") PyObject nameAttr() { return new PyStr(name); }

  @PyGetter("__bound__") PyObject bound() { return PyNone.NONE; }

  @PyGetter("__covariant__") PyObject covariant() { return PyBool.FALSE; }

  @PyGetter("__contravariant__") PyObject contravariant() { return PyBool.FALSE; }

  @PyGetter("__infer_variance__") PyObject inferVariance() { return PyBool.TRUE; }

  @PyGetter("__module__") PyObject module() { return new PyStr("typing"); }

  @PyGetter("args") PyObject args() { return new PyParamSpecPart(this, PyParamSpecPart.ARGS); }

  @PyGetter("kwargs") PyObject kwargs() { return new PyParamSpecPart(this, PyParamSpecPart.KWARGS); }

  @PyMethod("__repr__") PyObject repr() { return new PyStr(name); }
}
