package dev.kaa.objects.typing;

import dev.kaa.objects.Abstract;
import dev.kaa.objects.PyGetter;
import dev.kaa.objects.PyMethod;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyStr;
import dev.kaa.objects.PyTuple;
import dev.kaa.objects.PyType;

/** {@code typing.TypeVarTuple} as PEP 695 makes it ({@code [*Ts]}). */
public final class PyTypeVarTuple extends PyObject {
  public static final PyType TYPE =
      new PyType("TypeVarTuple", PyType.IMMUTABLE, PyTypeVarTuple.class, PyType.OBJECT);

  final String name;

  public PyTypeVarTuple(PyObject name) { this.name = ((PyStr) name).value; }

  @Override public PyType type() { return TYPE; }

  @PyGetter("__name__") PyObject nameAttr() { return new PyStr(name); }

  @PyGetter("__module__") PyObject module() { return new PyStr("typing"); }

  /** {@code *Ts} in an annotation unpacks the TypeVarTuple into its one unpacked form. */
  @PyMethod("__iter__") PyObject iter() {
    return Abstract.iter(PyTuple.wrap(new PyObject[] {new PyUnpackedTypeVarTuple(this)}));
  }

  @PyMethod("__repr__") PyObject repr() { return new PyStr(name); }
}
