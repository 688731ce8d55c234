package dev.kaa.objects;

import dev.kaa.math.NumericHash;

/**
 * The methods of {@code object}, the root of every class: static methods taking self first, bound into
 * {@link PyType#OBJECT}'s dict. Attribute access, {@code __init__}/{@code __new__} and the rest of {@code object}'s
 * protocol arrive with instances of Python classes.
 */
final class ObjectMethods {
  private ObjectMethods() {}

  @PyMethod("__repr__") static PyObject repr(PyObject self) {
    return new PyStr("<" + self.type().name() + " object at 0x" + Long.toHexString(NumericHash.identityHash(self))
        + ">");
  }

  @PyMethod("__str__") static PyObject str(PyObject self) { return Abstract.repr(self); }

  @PyMethod("__hash__") static PyObject hash(PyObject self) { return PyInt.of(NumericHash.identityHash(self)); }

  @PyMethod("__eq__") static PyObject eq(PyObject self, PyObject other) {
    return self == other ? PyBool.TRUE : PyNotImplemented.VALUE;
  }

  /** By default {@code !=} is the inverse of {@code ==}, unless {@code ==} has no answer. */
  @PyMethod("__ne__") static PyObject ne(PyObject self, PyObject other) {
    PyObject eq = Abstract.callSpecial(self, Special.EQ, other);
    return eq == PyNotImplemented.VALUE ? eq : PyBool.of(!Abstract.isTrue(eq));
  }

  @PyMethod("__getattribute__") static PyObject getattribute(PyObject self, PyObject name) {
    return Attributes.genericGet(self, attributeName(name));
  }

  @PyMethod("__setattr__") static void setattr(PyObject self, PyObject name, PyObject value) {
    Attributes.genericSet(self, attributeName(name), value);
  }

  @PyMethod("__delattr__") static void delattr(PyObject self, PyObject name) {
    Attributes.genericSet(self, attributeName(name), null);
  }

  private static String attributeName(PyObject name) {
    if (name instanceof PyStr s) return s.value;
    throw Errors.typeError("attribute name must be string, not '%s'", name.type().name());
  }

  @PyMethod("__lt__") static PyObject lt(PyObject self, PyObject other) { return PyNotImplemented.VALUE; }

  @PyMethod("__le__") static PyObject le(PyObject self, PyObject other) { return PyNotImplemented.VALUE; }

  @PyMethod("__gt__") static PyObject gt(PyObject self, PyObject other) { return PyNotImplemented.VALUE; }

  @PyMethod("__ge__") static PyObject ge(PyObject self, PyObject other) { return PyNotImplemented.VALUE; }
}
