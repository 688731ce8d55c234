package dev.kaa.runtime;

import dev.kaa.objects.Abstract;
import dev.kaa.objects.Errors;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyTuple;
import dev.kaa.objects.PyType;
import dev.kaa.objects.Special;

/**
 * {@code isinstance} and {@code issubclass} with tuples of classes and the {@code __instancecheck__} /
 * {@code __subclasscheck__} hooks of metaclasses.
 */
final class TypeChecks {
  private TypeChecks() {}

  static boolean isInstance(PyObject obj, PyObject cls) {
    if (obj.type() == cls) return true;
    if (cls instanceof PyTuple t) {
      for (int i = 0; i < t.size(); i++) if (isInstance(obj, t.get(i))) return true;
      return false;
    }
    if (cls instanceof PyType type && type.type() == PyType.TYPE) return obj.type().isSubtypeOf(type);
    PyObject hook = cls.type().lookupSpecial(Special.INSTANCECHECK);
    if (hook != null) return Abstract.isTrue(Abstract.callSpecial(cls, Special.INSTANCECHECK, obj));
    if (cls instanceof PyType type) return obj.type().isSubtypeOf(type);
    throw Errors.typeError("isinstance() arg 2 must be a type, a tuple of types, or a union");
  }

  static boolean isSubclass(PyObject derived, PyObject cls) {
    if (cls instanceof PyTuple t) {
      for (int i = 0; i < t.size(); i++) if (isSubclass(derived, t.get(i))) return true;
      return false;
    }
    if (!(cls instanceof PyType type) || cls.type() != PyType.TYPE) {
      PyObject hook = cls.type().lookupSpecial(Special.SUBCLASSCHECK);
      if (hook != null) return Abstract.isTrue(Abstract.callSpecial(cls, Special.SUBCLASSCHECK, derived));
      if (!(cls instanceof PyType)) {
        throw Errors.typeError("issubclass() arg 2 must be a class, a tuple of classes, or a union");
      }
    }
    if (!(derived instanceof PyType d)) throw Errors.typeError("issubclass() arg 1 must be a class");
    return d.isSubtypeOf((PyType) cls);
  }
}
