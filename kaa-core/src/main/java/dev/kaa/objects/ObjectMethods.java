package dev.kaa.objects;

import dev.kaa.math.NumericHash;

/**
 * The methods of {@code object}, the root of every class: static methods taking self first, bound into
 * {@link PyType#OBJECT}'s dict. {@code object.__new__} makes the instances of Python classes whose layout is
 * object's ({@link PyInstance}); see docs/classes.md for subclasses of other built-ins.
 */
final class ObjectMethods {
  private ObjectMethods() {}

  /** {@code <module.Qualname object at 0x...>}; built-in types show their bare name, as CPython's object_repr. */
  @PyMethod("__repr__") static PyObject repr(PyObject self) {
    PyType t = self.type();
    PyObject module = TypeMethods.moduleOf(t);
    String name = module instanceof PyStr m && !m.value.equals("builtins") ? m.value + "." + t.qualname() : t.qualname();
    return new PyStr("<" + name + " object at " + Addresses.of(self) + ">");
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
    checkGenericApplies(self, "__setattr__");
    Attributes.genericSet(self, attributeName(name), value);
  }

  @PyMethod("__delattr__") static void delattr(PyObject self, PyObject name) {
    checkGenericApplies(self, "__delattr__");
    Attributes.genericSet(self, attributeName(name), null);
  }

  /**
   * CPython's "Carlo Verre hack" check: object's {@code __setattr__} called on an object whose built-in type sets
   * attributes its own way ({@code object.__setattr__(str, 'x', 1)} would bypass type's checks).
   */
  private static void checkGenericApplies(PyObject self, String method) {
    PyType t = self.type();
    while (t != null && t.hasFlag(PyType.HEAPTYPE)) t = t.base();
    if (t != null && !isObjects(t.lookup(method))) {
      throw Errors.typeError("can't apply this %s to %s object", method, t.name());
    }
  }

  static String attributeName(PyObject name) {
    if (name instanceof PyStr s) return s.value;
    throw Errors.typeError("attribute name must be string, not '%s'", name.type().name());
  }

  @PyMethod("__lt__") static PyObject lt(PyObject self, PyObject other) { return PyNotImplemented.VALUE; }

  @PyMethod("__le__") static PyObject le(PyObject self, PyObject other) { return PyNotImplemented.VALUE; }

  @PyMethod("__gt__") static PyObject gt(PyObject self, PyObject other) { return PyNotImplemented.VALUE; }

  @PyMethod("__ge__") static PyObject ge(PyObject self, PyObject other) { return PyNotImplemented.VALUE; }

  /** {@code object.__new__(cls, ...)}: extra arguments are an error unless the class overrides {@code __init__}. */
  @PyMethod(value = "__new__", kind = PyMethod.Kind.NEW) static PyObject newMethod(PyType cls,
      @PyMethod.Star PyObject[] args, @PyMethod.KwArgs PyDict kwargs) {
    return newInstance(cls, args.length + size(kwargs));
  }

  /** {@code object.__new__(cls)} given {@code nargs} further arguments (which it ignores, under CPython's rules). */
  static PyObject newInstance(PyType cls, int nargs) {
    if (nargs > 0) {
      if (!isObjects(cls.lookup("__new__"))) {
        throw Errors.typeError("object.__new__() takes exactly one argument (the type to instantiate)");
      }
      if (isObjects(cls.lookup("__init__"))) throw Errors.typeError("%s() takes no arguments", cls.name());
    }
    if (cls.staticBase() != PyType.OBJECT) throw Errors.typeError("cannot create '%s' instances", cls.builtinTpName());
    PyObject abstractMethods = cls.dictGet("__abstractmethods__");
    if (abstractMethods != null && Abstract.isTrue(abstractMethods)) throw abstractClassError(cls, abstractMethods);
    return PyInstance.of(cls);
  }

  private static PyException abstractClassError(PyType cls, PyObject methods) {
    java.util.List<String> names = new java.util.ArrayList<>();
    PyObject it = Abstract.iter(methods);
    for (PyObject m = Abstract.next(it); m != null; m = Abstract.next(it)) names.add(Abstract.repr(m).value);
    java.util.Collections.sort(names);
    return Errors.typeError("Can't instantiate abstract class %s without an implementation for abstract method%s %s",
        cls.name(), names.size() == 1 ? "" : "s", String.join(", ", names));
  }

  private static boolean isObjects(PyObject member) {
    return member instanceof PyBuiltinNew n && n.owner == PyType.OBJECT
        || member instanceof PyMethodDescriptor d && d.owner == PyType.OBJECT;
  }

  /** {@code object.__init__(self, ...)}: nothing to do; extra arguments are an error unless {@code __new__} took them. */
  @PyMethod("__init__") static void init(PyObject self, @PyMethod.Star PyObject[] args,
      @PyMethod.KwArgs PyDict kwargs) {
    if (args.length + size(kwargs) > 0) {
      PyType t = self.type();
      if (!isObjects(t.lookup("__init__"))) {
        throw Errors.typeError("object.__init__() takes exactly one argument (the instance to initialize)");
      }
      checkInitArguments(t, args.length + size(kwargs));
    }
  }

  /** {@code object.__init__} reached from {@code cls(...)} with {@code nargs} arguments. */
  static void checkInitArguments(PyType cls, int nargs) {
    if (nargs > 0 && isObjects(cls.lookup("__new__"))) {
      throw Errors.typeError("%s.__init__() takes exactly one argument (the instance to initialize)", cls.name());
    }
  }

  @PyGetter("__class__") static PyObject getClass(PyObject self) { return self.type(); }

  /** {@code obj.__class__ = C}: only between Python classes whose instances have the same layout. */
  @PySetter("__class__") static void setClass(PyObject self, PyObject value) {
    if (value == null) throw Errors.typeError("can't delete __class__ attribute");
    if (!(value instanceof PyType to)) {
      throw Errors.typeError("__class__ must be set to a class, not '%s' object", value.type().name());
    }
    PyType from = self.type();
    boolean mutable = self instanceof HeapInstance h && (h.classAssignableFromBuiltin()
        ? to.instanceClass().isInstance(self) : from.hasFlag(PyType.HEAPTYPE) && to.hasFlag(PyType.HEAPTYPE));
    if (!mutable) {
      throw Errors.typeError("__class__ assignment only supported for mutable types or ModuleType subclasses");
    }
    PyType toBase = to.solidBase(), fromBase = from.solidBase();
    boolean sameSlots = toBase == fromBase || (toBase.hasFlag(PyType.HEAPTYPE) && fromBase.hasFlag(PyType.HEAPTYPE)
        && toBase.base() == fromBase.base() && toBase.ownSlotNames.equals(fromBase.ownSlotNames));
    if (!sameSlots || to.hasInstanceDict() != from.hasInstanceDict()
        || to.slotCount() != from.slotCount() || !to.instanceClass().isInstance(self)) {
      throw Errors.typeError("__class__ assignment: '%s' object layout differs from '%s'", to.name(), from.name());
    }
    ((HeapInstance) self).setType(to);
  }

  /** Called on the base when a subclass is made; the default accepts no arguments (named after the subclass). */
  @PyMethod(value = "__init_subclass__", kind = PyMethod.Kind.CLASS) static void initSubclass(PyType cls,
      @PyMethod.Star PyObject[] args, @PyMethod.KwArgs PyDict kwargs) {
    if (size(kwargs) > 0) throw Errors.typeError("%s.__init_subclass__() takes no keyword arguments", cls.name());
    if (args.length > 0) {
      throw Errors.typeError("%s.__init_subclass__() takes no arguments (%d given)", cls.name(), args.length);
    }
  }

  @PyMethod(value = "__subclasshook__", kind = PyMethod.Kind.CLASS) static PyObject subclasshook(PyType cls,
      @PyMethod.Star PyObject[] args) {
    return PyNotImplemented.VALUE;
  }

  /** {@code format(obj, '')} is {@code str(obj)}; any other spec is an error for plain objects. */
  @PyMethod("__format__") static PyObject format(PyObject self, PyStr spec) {
    if (!spec.value.isEmpty()) {
      throw Errors.typeError("unsupported format string passed to %s.__format__", self.type().name());
    }
    return Abstract.str(self);
  }

  /**
   * The names in {@code self.__dict__} and along the MRO of {@code self.__class__}, both read as attributes, as
   * CPython's: either may be overridden, and one that cannot be read is left out.
   */
  @PyMethod("__dir__") static PyObject dir(PyObject self) {
    java.util.Set<String> names = new java.util.LinkedHashSet<>();
    if (Abstract.getAttrOrNull(self, "__dict__") instanceof PyDict d) {
      d.forEach((k, v) -> { if (k instanceof PyStr s) names.add(s.value); });
    }
    if (Abstract.getAttrOrNull(self, "__class__") instanceof PyType cls) {
      for (PyType t : cls.mro()) names.addAll(t.dictNames());
    }
    PyObject[] out = new PyObject[names.size()];
    int i = 0;
    for (String n : names) out[i++] = new PyStr(n);
    return new PyList(out);
  }

  /** {@code __getstate__}: the instance dict (None when empty or absent) and slot values, as CPython's default. */
  @PyMethod("__getstate__") static PyObject getstate(PyObject self) {
    PyDict d = self instanceof HasDict h ? h.dict() : null;
    PyObject state = d == null || d.size() == 0 ? PyNone.NONE : d;
    if (self instanceof HeapInstance h && h.slots() != null) {
      PyDict slots = new PyDict();
      for (PyType t : self.type().mro()) {
        for (String n : t.dictNames()) {
          if (t.dictGet(n) instanceof PyMemberDescriptor m && m.owner == t) {
            PyObject v = h.slots()[m.index];
            if (v != null) slots.put(new PyStr(n), v);
          }
        }
      }
      if (slots.size() > 0) state = PyTuple.of(state, slots);
    }
    return state;
  }

  @PyMethod("__reduce_ex__") static PyObject reduceEx(PyObject self, PyObject protocol) {
    return ObjectReduce.reduceEx(self, (int) Abstract.indexValue(protocol));
  }

  @PyMethod("__reduce__") static PyObject reduce(PyObject self) { return ObjectReduce.commonReduce(self, 0); }

  /** CPython's layout: a 16-byte header (refcount, type) and a pointer per {@code __slots__} value (docs/sys.md). */
  @PyMethod("__sizeof__") static PyObject sizeOf(PyObject self) { return PyInt.of(16 + 8L * self.type().slotCount()); }

  /** The number of {@code **kwargs} a built-in received (null when there were none). */
  private static int size(PyDict kwargs) { return kwargs == null ? 0 : kwargs.size(); }
}
