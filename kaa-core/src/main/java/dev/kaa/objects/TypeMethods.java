package dev.kaa.objects;

/**
 * The methods and attributes of {@code type}, the class of classes: static methods taking the class first, bound
 * into {@link PyType#TYPE}'s dict. Making a class is {@link TypeCreation}; attribute access on classes is
 * {@link TypeAttributes}; the instance and subclass checks are {@link InstanceChecks}.
 */
final class TypeMethods {
  private TypeMethods() {}

  /** True when {@code f} is {@code type.__call__} itself (a metaclass that does not override it). */
  static boolean isTypeCall(PyObject f) {
    return f instanceof PyMethodDescriptor d && d.owner == PyType.TYPE && d.function.name().equals("__call__");
  }

  /**
   * {@code cls(...)}: {@code type(x)} answers x's class; otherwise {@code __new__} makes the object and, when it is an
   * instance of cls, {@code __init__} initializes it with the same arguments.
   */
  static PyObject call(PyType cls, PyObject[] args, int from, int npos, String[] kwnames) {
    int nkw = kwnames == null ? 0 : kwnames.length;
    if (cls == PyType.TYPE) {
      if (npos == 1 && nkw == 0) return args[from].type();
      if (npos != 1 && npos != 3) throw Errors.typeError("type() takes 1 or 3 arguments");
    }
    PyObject obj = callNew(cls, args, from, npos, kwnames);
    PyType made = obj.type();
    if (!made.isSubtypeOf(cls)) return obj;
    PyObject init = made.lookupSpecial(Special.INIT);
    if (init instanceof PyMethodDescriptor d && d.owner == PyType.OBJECT) {
      ObjectMethods.checkInitArguments(made, npos + nkw);
      return obj;
    }
    PyObject r = Abstract.callMethod(obj, init, args, from, npos, kwnames);
    if (r != PyNone.NONE) throw Errors.typeError("__init__() should return None, not '%s'", r.type().name());
    return obj;
  }

  /** {@code cls.__new__(cls, ...)}, with a built-in {@code __new__} called directly. */
  private static PyObject callNew(PyType cls, PyObject[] args, int from, int npos, String[] kwnames) {
    PyObject f = cls.lookup("__new__");
    if (f instanceof PyBuiltinNew b) {
      if (b.owner == PyType.OBJECT) return ObjectMethods.newInstance(cls, npos + (kwnames == null ? 0 : kwnames.length));
      return b.construct(cls, args, from, npos, kwnames);
    }
    if (f instanceof PyStaticMethod s) f = s.callable;
    else f = TypeAttributes.get(cls, "__new__");
    int nkw = kwnames == null ? 0 : kwnames.length;
    PyObject[] withCls = new PyObject[npos + nkw + 1];
    withCls[0] = cls;
    System.arraycopy(args, from, withCls, 1, npos + nkw);
    return f.call(withCls, 0, npos + 1, kwnames);
  }

  @PyMethod("__call__") static PyObject callMethod(PyType self, @PyMethod.Star PyObject[] args,
      @PyMethod.KwArgs PyDict kwargs) {
    // type_call itself, not self(...): a metaclass's __call__ reaches here through super().__call__
    return Abstract.callWithKeywords((a, from, npos, names) -> call(self, a, from, npos, names), args, kwargs);
  }

  @PyMethod(value = "__new__", kind = PyMethod.Kind.NEW) static PyObject newType(PyType meta,
      @PyMethod.Star PyObject[] args, @PyMethod.KwArgs PyDict kwargs) {
    if (args.length != 3) {
      if (meta == PyType.TYPE && args.length == 1 && size(kwargs) > 0) {
        throw Errors.typeError("type() takes no keyword arguments");
      }
      throw Errors.typeError("type.__new__() takes exactly 3 arguments (%d given)", args.length);
    }
    return TypeCreation.newType(meta, args[0], args[1], args[2], kwargs);
  }

  /** {@code type.__init__}: the class is already made; only the argument count is checked. */
  @PyMethod("__init__") static void init(PyType self, @PyMethod.Star PyObject[] args, @PyMethod.KwArgs PyDict kwargs) {
    if (args.length == 1 && size(kwargs) != 0) throw Errors.typeError("type.__init__() takes no keyword arguments");
    if (args.length != 1 && args.length != 3) throw Errors.typeError("type.__init__() takes 1 or 3 arguments");
  }

  /** {@code <class 'module.Qualname'>}; the module is left out for built-ins. */
  static String repr(PyType t) {
    PyObject module = moduleOf(t);
    if (module instanceof PyStr m && !m.value.equals("builtins")) return "<class '" + m.value + "." + t.qualname() + "'>";
    return "<class '" + t.qualname() + "'>";
  }

  @PyMethod("__repr__") static PyObject reprMethod(PyType self) { return new PyStr(repr(self)); }

  @PyMethod("__getattribute__") static PyObject getattribute(PyType self, PyObject name) {
    return TypeAttributes.get(self, ObjectMethods.attributeName(name));
  }

  @PyMethod("__setattr__") static void setattr(PyType self, PyObject name, PyObject value) {
    TypeAttributes.set(self, ObjectMethods.attributeName(name), value);
  }

  @PyMethod("__delattr__") static void delattr(PyType self, PyObject name) {
    TypeAttributes.set(self, ObjectMethods.attributeName(name), null);
  }

  /** The default method resolution order: C3, as computed when the class was made. */
  @PyMethod("mro") static PyObject mro(PyType self) {
    return new PyList(PyType.C3.linearize(self, self.bases().toArray(new PyType[0])));
  }

  @PyMethod("__subclasses__") static PyObject subclassesMethod(PyType self) {
    return new PyList(self.subclasses().toArray(new PyObject[0]));
  }

  @PyMethod("__instancecheck__") static PyObject instancecheck(PyType self, PyObject instance) {
    return PyBool.of(InstanceChecks.realIsInstance(instance, self));
  }

  @PyMethod("__subclasscheck__") static PyObject subclasscheck(PyType self, PyObject subclass) {
    return PyBool.of(InstanceChecks.realIsSubclass(subclass, self));
  }

  /** The namespace a class body runs in: a new dict, whatever the arguments. */
  @PyMethod(value = "__prepare__", kind = PyMethod.Kind.CLASS) static PyObject prepare(PyType meta,
      @PyMethod.Star PyObject[] args, @PyMethod.KwArgs PyDict kwargs) {
    return new PyDict();
  }

  @PyMethod("__dir__") static PyObject dir(PyType self) {
    java.util.Set<String> names = new java.util.TreeSet<>();
    for (PyType t : self.mro()) names.addAll(t.dictNames());
    PyObject[] out = new PyObject[names.size()];
    int i = 0;
    for (String n : names) out[i++] = new PyStr(n);
    return new PyList(out);
  }

  @PyMethod("__or__") static PyObject or(PyType self, PyObject other) { return PyUnionType.union(self, other); }

  @PyMethod("__ror__") static PyObject ror(PyType self, PyObject other) { return PyUnionType.union(other, self); }

  // ---- attributes

  @PyGetter("__name__") static PyObject getName(PyType self) { return new PyStr(self.name()); }

  @PySetter("__name__") static void setName(PyType self, PyObject value) {
    self.setName(checkNameValue(self, "__name__", value));
  }

  @PyGetter("__qualname__") static PyObject getQualname(PyType self) { return new PyStr(self.qualname()); }

  @PySetter("__qualname__") static void setQualname(PyType self, PyObject value) {
    self.setQualname(checkNameValue(self, "__qualname__", value));
  }

  private static String checkNameValue(PyType self, String attr, PyObject value) {
    if (value == null) {
      throw Errors.typeError("cannot delete '%s' attribute of immutable type '%s'", attr, self.name());
    }
    if (!(value instanceof PyStr s)) {
      throw Errors.typeError("can only assign string to %s.%s, not '%s'", self.name(), attr, value.type().name());
    }
    if (attr.equals("__name__")) checkTypeName(s.value);
    return s.value;
  }

  /** A class name as CPython keeps it, a C string in UTF-8: no NUL (ValueError), no lone surrogate (UnicodeEncodeError). */
  static void checkTypeName(String name) {
    if (name.indexOf('\0') >= 0) throw Errors.valueError("type name must not contain null characters");
    Codecs.requireUtf8(name);
  }

  /** {@code __module__}: a heap type's own dict entry; "builtins" for built-in types. */
  static PyObject moduleOf(PyType t) {
    if (!t.hasFlag(PyType.HEAPTYPE)) return new PyStr(t.builtinModule());
    PyObject m = t.dictGet("__module__");
    if (m == null) throw Errors.attributeError("__module__");
    return m;
  }

  @PyGetter("__module__") static PyObject getModule(PyType self) { return moduleOf(self); }

  @PySetter("__module__") static void setModule(PyType self, PyObject value) {
    if (value == null) {
      throw Errors.typeError("cannot delete '__module__' attribute of immutable type '%s'", self.name());
    }
    self.dictPut("__module__", value);
  }

  /** {@code __doc__}: the class's own {@code __doc__} entry, through its {@code __get__} if it has one. */
  @PyGetter("__doc__") static PyObject getDoc(PyType self) {
    PyObject doc = self.dictGet("__doc__");
    if (doc == null) return PyNone.NONE;
    PyObject get = doc.type().lookupSpecial(Special.GET);
    if (get != null) return Abstract.callGet(doc, get, PyNone.NONE, self);
    return doc;
  }

  @PySetter("__doc__") static void setDoc(PyType self, PyObject value) {
    if (value == null) throw Errors.typeError("cannot delete '__doc__' attribute of immutable type '%s'", self.name());
    if (!self.hasFlag(PyType.HEAPTYPE)) {
      throw Errors.typeError("cannot set '__doc__' attribute of immutable type '%s'", self.name());
    }
    self.dictPut("__doc__", value);
  }

  @PyGetter("__dict__") static PyObject getDict(PyType self) { return PyMappingProxy.ofType(self); }

  @PyGetter("__bases__") static PyObject getBases(PyType self) {
    return PyTuple.wrap(self.bases().toArray(new PyObject[0]));
  }

  /** {@code C.__bases__ = (...)} (typing.NamedTuple sets it), allowed when the instance layout stays the same. */
  @PySetter("__bases__") static void setBases(PyType self, PyObject value) {
    if (!self.hasFlag(PyType.HEAPTYPE)) {
      throw Errors.typeError("cannot set '__bases__' attribute of immutable type '%s'", self.name());
    }
    if (value == null) throw Errors.typeError("cannot delete '__bases__' attribute of immutable type '%s'", self.name());
    if (!(value instanceof PyTuple t)) {
      throw Errors.typeError("can only assign tuple to %s.__bases__, not %s", self.name(), value.type().name());
    }
    if (t.size() == 0) throw Errors.typeError("can only assign non-empty tuple to %s.__bases__, not ()", self.name());
    PyType[] bases = new PyType[t.size()];
    for (int i = 0; i < bases.length; i++) {
      if (!(t.get(i) instanceof PyType b)) {
        throw Errors.typeError("%s.__bases__ must be tuple of classes, not '%s'", self.name(), t.get(i).type().name());
      }
      if (b == self || b.isSubtypeOf(self)) throw Errors.typeError("a __bases__ item causes an inheritance cycle");
      bases[i] = b;
    }
    PyType newBase = bases[0];
    PyType oldBase = self.base();  // CPython compares deallocators: every heap type shares one, a built-in has its own
    boolean heap = newBase.hasFlag(PyType.HEAPTYPE);
    if (heap != oldBase.hasFlag(PyType.HEAPTYPE) || !heap && newBase.instanceClass() != oldBase.instanceClass()) {
      throw Errors.typeError("__bases__ assignment: '%s' deallocator differs from '%s'", newBase.name(),
          self.base().name());
    }
    if (newBase.slotCount() != self.base().slotCount() || newBase.hasInstanceDict() != self.base().hasInstanceDict()) {
      throw Errors.typeError("__bases__ assignment: '%s' object layout differs from '%s'", newBase.name(),
          self.base().name());
    }
    self.replaceBases(bases, newBase);
  }

  @PyGetter("__base__") static PyObject getBase(PyType self) {
    return self.base() == null ? PyNone.NONE : self.base();
  }

  @PyGetter("__mro__") static PyObject getMro(PyType self) { return PyTuple.wrap(self.mro().toArray(new PyObject[0])); }

  /** {@code __abstractmethods__}: set by {@code abc}; a non-empty one makes the class abstract. */
  @PyGetter("__abstractmethods__") static PyObject getAbstractMethods(PyType self) {
    PyObject v = self == PyType.TYPE ? null : self.dictGet("__abstractmethods__");
    if (v == null) throw Errors.attributeError("__abstractmethods__");
    return v;
  }

  @PySetter("__abstractmethods__") static void setAbstractMethods(PyType self, PyObject value) {
    if (value == null) {
      if (!self.hasFlag(PyType.HEAPTYPE) || !self.dictRemove("__abstractmethods__")) {
        throw Errors.attributeError("__abstractmethods__");
      }
      return;
    }
    self.dictPut("__abstractmethods__", value);
  }

  /** {@code __annotations__}: the class's own, made empty on first read as CPython does. */
  @PyGetter("__annotations__") static PyObject getAnnotations(PyType self) {
    PyObject a = self.dictGet("__annotations__");
    if (a != null) {
      PyObject get = a.type().lookupSpecial(Special.GET);
      if (get != null) return Abstract.callGet(a, get, PyNone.NONE, self);
      return a;
    }
    if (!self.hasFlag(PyType.HEAPTYPE)) {
      throw Errors.attributeError("type object '%s' has no attribute '__annotations__'", self.name());
    }
    PyDict fresh = new PyDict();
    self.dictPut("__annotations__", fresh);
    return fresh;
  }

  @PySetter("__annotations__") static void setAnnotations(PyType self, PyObject value) {
    if (!self.hasFlag(PyType.HEAPTYPE)) {
      throw Errors.typeError("cannot set '__annotations__' attribute of immutable type '%s'", self.name());
    }
    if (value != null) self.dictPut("__annotations__", value);
    else if (!self.dictRemove("__annotations__")) throw Errors.attributeError("__annotations__");
  }

  @PyGetter("__type_params__") static PyObject getTypeParams(PyType self) {
    PyObject p = self.dictGet("__type_params__");
    return p != null ? p : PyTuple.EMPTY;
  }

  @PySetter("__type_params__") static void setTypeParams(PyType self, PyObject value) {
    if (!self.hasFlag(PyType.HEAPTYPE)) {
      throw Errors.typeError("cannot set '__type_params__' attribute of immutable type '%s'", self.name());
    }
    if (value == null) {
      throw Errors.typeError("cannot delete '__type_params__' attribute of immutable type '%s'", self.name());
    }
    self.dictPut("__type_params__", value);
  }

  /**
   * {@code __flags__}: CPython's tp_flags bits that Python code reads (copyreg tests HEAPTYPE, inspect and typing
   * BASETYPE/IS_ABSTRACT, some code the "fast subclass" bits); layout-only bits are left out.
   */
  @PyGetter("__flags__") static PyObject getFlags(PyType self) {
    boolean heap = self.hasFlag(PyType.HEAPTYPE);
    long f = 1L << 12;  // READY
    if (heap) f |= (1L << 9) | (1L << 14);  // HEAPTYPE, HAVE_GC
    else if (self.hasFlag(PyType.IMMUTABLE)) f |= 1L << 8;  // IMMUTABLETYPE
    if (self.hasFlag(PyType.BASETYPE)) f |= 1L << 10;
    f |= self.collectionFlags();
    PyObject abstracts = self.lookup("__abstractmethods__");
    if (abstracts != null && !(abstracts instanceof PyGetSetDescriptor) && Abstract.isTrue(abstracts)) f |= 1L << 20;
    PyType[] fast = {PyInt.TYPE, PyList.TYPE, PyTuple.TYPE, PyBytes.TYPE, PyStr.TYPE, PyDict.TYPE,
        ExceptionTypes.BaseException, PyType.TYPE};
    for (int i = 0; i < fast.length; i++) {
      if (self.isSubtypeOf(fast[i])) f |= 1L << (24 + i);
    }
    return PyInt.of(f);
  }

  /** The number of {@code **kwargs} a built-in received (null when there were none). */
  private static int size(PyDict kwargs) { return kwargs == null ? 0 : kwargs.size(); }
}
