package dev.kaa.objects.typing;

import dev.kaa.objects.PyGetter;
import dev.kaa.objects.PyMethod;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyStr;
import dev.kaa.objects.PyTuple;
import dev.kaa.objects.PyType;

/** {@code *Ts}: what iterating a TypeVarTuple gives (typing's {@code Unpack[Ts]}), as in {@code *args: *Ts}. */
public final class PyUnpackedTypeVarTuple extends PyObject {
  public static final PyType TYPE =
      new PyType("typing._UnpackGenericAlias", PyType.IMMUTABLE, PyUnpackedTypeVarTuple.class, PyType.OBJECT);

  private final PyTypeVarTuple of;

  PyUnpackedTypeVarTuple(PyTypeVarTuple of) { this.of = of; }

  @Override public PyType type() { return TYPE; }

  @PyGetter("__args__") PyObject args() { return PyTuple.wrap(new PyObject[] {of}); }

  @PyMethod("__repr__") PyObject repr() { return new PyStr("typing.Unpack[" + of.name + "]"); }
}
