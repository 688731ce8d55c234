package dev.kaa.objects;

/**
 * {@code isinstance} and {@code issubclass} (CPython's PyObject_IsInstance/IsSubclass): tuples of classes (nested),
 * the metaclass hooks {@code __instancecheck__}/{@code __subclasscheck__}, the {@code __class__} fallback, and the
 * "abstract" classes that are not types but have a {@code __bases__} tuple.
 */
final class InstanceChecks {
  private InstanceChecks() {}

  static boolean isInstance(PyObject inst, PyObject cls) {
    if (inst.type() == cls) return true;
    if (cls instanceof PyType t && t.type() == PyType.TYPE) return realIsInstance(inst, t);
    if (cls instanceof PyUnionType u) cls = u.args;
    if (cls instanceof PyTuple tuple) {
      for (int i = 0; i < tuple.size(); i++) if (isInstance(inst, tuple.get(i))) return true;
      return false;
    }
    PyObject checker = cls.type().lookupSpecial(Special.INSTANCECHECK);
    if (checker != null) return Abstract.isTrue(Abstract.callMethod(cls, checker, inst));
    return realIsInstance(inst, cls);
  }

  static boolean isSubclass(PyObject derived, PyObject cls) {
    if (cls instanceof PyType t && t.type() == PyType.TYPE) {
      return derived == cls || realIsSubclass(derived, cls);
    }
    if (cls instanceof PyUnionType u) cls = u.args;
    if (cls instanceof PyTuple tuple) {
      for (int i = 0; i < tuple.size(); i++) if (isSubclass(derived, tuple.get(i))) return true;
      return false;
    }
    PyObject checker = cls.type().lookupSpecial(Special.SUBCLASSCHECK);
    if (checker != null) return Abstract.isTrue(Abstract.callMethod(cls, checker, derived));
    return realIsSubclass(derived, cls);
  }

  /** {@code type.__instancecheck__}: the class, or the instance's {@code __class__} when that differs. */
  static boolean realIsInstance(PyObject inst, PyObject cls) {
    if (cls instanceof PyType t) {
      if (inst.type().isSubtypeOf(t)) return true;
      PyObject c = Abstract.getAttrOrNull(inst, "__class__");
      return c != inst.type() && c instanceof PyType ct && ct.isSubtypeOf(t);
    }
    if (bases(cls) == null) {
      throw Errors.typeError("isinstance() arg 2 must be a type, a tuple of types, or a union");
    }
    PyObject c = Abstract.getAttrOrNull(inst, "__class__");
    return c != null && abstractIsSubclass(c, cls);
  }

  /** {@code type.__subclasscheck__}: the MRO for types, else the {@code __bases__} graph. */
  static boolean realIsSubclass(PyObject derived, PyObject cls) {
    if (derived instanceof PyType d && cls instanceof PyType c) return d.isSubtypeOf(c);
    if (bases(derived) == null) throw Errors.typeError("issubclass() arg 1 must be a class");
    if (bases(cls) == null) {
      throw Errors.typeError("issubclass() arg 2 must be a class, a tuple of classes, or a union");
    }
    return abstractIsSubclass(derived, cls);
  }

  /** {@code derived.__bases__} when it is a tuple, else null (not a class). */
  private static PyTuple bases(PyObject derived) {
    return Abstract.getAttrOrNull(derived, "__bases__") instanceof PyTuple t ? t : null;
  }

  private static boolean abstractIsSubclass(PyObject derived, PyObject cls) {
    while (derived != cls) {
      PyTuple bases = bases(derived);
      if (bases == null || bases.size() == 0) return false;
      for (int i = 1; i < bases.size(); i++) if (abstractIsSubclass(bases.get(i), cls)) return true;
      derived = bases.get(0);
    }
    return true;
  }
}
