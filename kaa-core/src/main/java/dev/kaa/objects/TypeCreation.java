package dev.kaa.objects;

import dev.kaa.compile.Mangling;
import dev.kaa.parse.Identifiers;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code type.__new__(meta, name, bases, ns, **kwargs)}: how a class statement's namespace becomes a class, in
 * CPython's order — the most derived metaclass (deferring to it when it has its own {@code __new__}), the layout base
 * and its checks, {@code __slots__}, the namespace copied in (with {@code __qualname__} and {@code __classcell__}
 * taken out, functions for {@code __new__}/{@code __init_subclass__}/{@code __class_getitem__} wrapped), the MRO (a
 * metaclass may override {@code mro()}), then {@code __set_name__} on each attribute and the parent's
 * {@code __init_subclass__(**kwargs)}.
 */
final class TypeCreation {
  private TypeCreation() {}

  /** Built-in layouts with variable-size instances: a subclass cannot add {@code __slots__} values to them. */
  private static final Set<String> VARIABLE_SIZE = Set.of("int", "tuple", "bytes");

  static PyObject newType(PyType meta, PyObject nameArg, PyObject basesArg, PyObject nsArg, PyDict kwargs) {
    if (!(nameArg instanceof PyStr name)) throw argumentError(1, "str", nameArg);
    if (!(basesArg instanceof PyTuple bases)) throw argumentError(2, "tuple", basesArg);
    if (!(nsArg instanceof PyDict given)) throw argumentError(3, "dict", nsArg);
    PyDict ns = namespace(given);
    TypeMethods.checkTypeName(name.value);
    // CPython keeps a class's docstring in UTF-8 too (tp_doc): a lone surrogate cannot be encoded
    if (ns.getStr("__doc__") instanceof PyStr doc) Codecs.requireUtf8(doc.value);

    PyType winner = mostDerivedMetaclass(meta, bases);
    if (winner != meta) {
      PyObject winnerNew = winner.lookup("__new__");
      if (!(winnerNew instanceof PyBuiltinNew b && b.owner == PyType.TYPE)) {
        return Abstract.callWithKeywords(winner, new PyObject[] {name, bases, given}, kwargs);
      }
      meta = winner;
    }
    PyType[] baseTypes = new PyType[bases.size()];
    for (int i = 0; i < baseTypes.length; i++) baseTypes[i] = (PyType) bases.get(i);
    if (baseTypes.length == 0) baseTypes = new PyType[] {PyType.OBJECT};
    PyType base = bestBase(baseTypes);
    for (int i = 0; i < baseTypes.length; i++) {
      for (int j = 0; j < i; j++) {
        if (baseTypes[i] == baseTypes[j]) throw Errors.typeError("duplicate base class %s", baseTypes[i].name());
      }
    }
    Slots slots = Slots.of(name.value, ns, base).withSecondaryBases(base, baseTypes);

    PyType cls = new PyType(name.value, PyType.HEAPTYPE | PyType.BASETYPE, null, base, baseTypes);
    cls.setMetatype(meta);
    cls.instanceDict = base.instanceDict || slots.addDict;
    cls.instanceWeakref = base.instanceWeakref || slots.addWeakref;
    cls.slotCount = base.slotCount + slots.names.size();
    cls.ownSlots = !slots.names.isEmpty();
    cls.ownSlotNames = slots.names;

    PyObject classcell = fillNamespace(cls, ns);
    if (cls.dictGet("__module__") == null) setModuleFromCaller(cls);
    for (int i = 0; i < slots.names.size(); i++) {
      String n = slots.names.get(i);
      cls.dictPut(n, new PyMemberDescriptor(cls, n, base.slotCount + i));
    }
    // as CPython's type_new: a __dict__ or __weakref__ the class body defines (a property) is kept
    if (slots.addDict && cls.dictGet("__dict__") == null) {
      cls.dictPut("__dict__", InstanceAttributes.dictDescriptor(cls));
    }
    if (slots.addWeakref && cls.dictGet("__weakref__") == null) {
      cls.dictPut("__weakref__", InstanceAttributes.weakrefDescriptor(cls));
    }
    if (cls.dictGet("__doc__") == null) cls.dictPut("__doc__", PyNone.NONE);

    if (meta != PyType.TYPE && !(meta.lookup("mro") instanceof PyMethodDescriptor d && d.owner == PyType.TYPE)) {
      cls.setMro(customMro(cls));
    }
    if (classcell != null) setClassCell(cls, classcell);
    setNames(cls);
    initSubclass(cls, kwargs);
    return cls;
  }

  private static PyException argumentError(int n, String expected, PyObject got) {
    return Errors.typeError("type.__new__() argument %d must be %s, not %s", n, expected, got.type().name());
  }

  /** The metaclass that is a subclass of every base's metaclass and of {@code meta}. */
  static PyType mostDerivedMetaclass(PyType meta, PyTuple bases) {
    PyType winner = meta;
    for (int i = 0; i < bases.size(); i++) {
      PyType t = bases.get(i).type();
      if (winner.isSubtypeOf(t)) continue;
      if (t.isSubtypeOf(winner)) {
        winner = t;
        continue;
      }
      throw Errors.typeError("metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass "
          + "of the metaclasses of all its bases");
    }
    return winner;
  }

  /** CPython's best_base: the base with the most derived solid base, which all the others' must be on one line with. */
  private static PyType bestBase(PyType[] bases) {
    PyType base = null, winner = null;
    for (PyType b : bases) {
      if (!b.hasFlag(PyType.BASETYPE)) {
        String name = b.hasFlag(PyType.HEAPTYPE) ? b.name() : b.builtinTpName();
        throw Errors.typeError("type '%s' is not an acceptable base type", name);
      }
      PyType candidate = b.solidBase();
      if (winner == null || candidate.isSubtypeOf(winner) && candidate != winner) {
        winner = candidate;
        base = b;
      } else if (!winner.isSubtypeOf(candidate)) {
        throw Errors.typeError("multiple bases have instance lay-out conflict");
      }
    }
    return base;
  }

  /** A class's {@code __slots__}: what it adds to its base's instances. */
  private record Slots(List<String> names, boolean addDict, boolean addWeakref) {
    /** Bases other than the primary one may give a class with __slots__ a __dict__ or __weakref__ (CPython's type_new). */
    Slots withSecondaryBases(PyType base, PyType[] bases) {
      boolean dict = addDict, weak = addWeakref;
      for (PyType b : bases) {
        if (b == base) continue;
        dict |= !base.instanceDict && b.instanceDict;
        weak |= !base.instanceWeakref && b.instanceWeakref;
      }
      return dict == addDict && weak == addWeakref ? this : new Slots(names, dict, weak);
    }

    static Slots of(String className, PyDict ns, PyType base) {
      PyObject declared = ns.getStr("__slots__");
      boolean variableSize = VARIABLE_SIZE.contains(base.solidBase().staticBase().name());
      // CPython adds __weakref__ only to bases of fixed size (no tp_itemsize): class I(int) has none
      if (declared == null) return new Slots(List.of(), !base.instanceDict, !base.instanceWeakref && !variableSize);
      List<PyObject> items = new ArrayList<>();
      if (declared instanceof PyStr) {
        items.add(declared);
      } else if (declared instanceof PyTuple t) {
        for (int i = 0; i < t.size(); i++) items.add(t.get(i));
      } else {
        PyObject it = Abstract.iter(declared);
        for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it)) items.add(x);
      }
      boolean addDict = false, addWeakref = false;
      Set<String> names = new TreeSet<>();
      for (PyObject item : items) {
        if (!(item instanceof PyStr s)) {
          throw Errors.typeError("__slots__ items must be strings, not '%s'", item.type().name());
        }
        if (s.value.isEmpty() || Identifiers.firstInvalid(s.value) >= 0) {
          throw Errors.typeError("__slots__ must be identifiers");
        }
        if (s.value.equals("__dict__")) {
          if (base.instanceDict || addDict) throw Errors.typeError("__dict__ slot disallowed: we already got one");
          addDict = true;
        } else if (s.value.equals("__weakref__")) {
          if (base.instanceWeakref || addWeakref) {
            throw Errors.typeError("__weakref__ slot disallowed: we already got one");
          }
          addWeakref = true;
        } else {
          String mangled = Mangling.mangle(className, s.value);
          // the compiler's own entries leave the namespace below, so a slot may take their names
          boolean compilers = mangled.equals("__qualname__") || mangled.equals("__classcell__");
          if (!compilers && ns.getStr(mangled) != null) {
            throw Errors.valueError("'%s' in __slots__ conflicts with class variable", mangled);
          }
          names.add(mangled);
        }
      }
      if (!names.isEmpty() && variableSize) {
        throw Errors.typeError("nonempty __slots__ not supported for subtype of '%s'", base.name());
      }
      return new Slots(new ArrayList<>(names), addDict, addWeakref);
    }
  }

  /**
   * Copies the class body's namespace into the class: {@code __qualname__} becomes the qualname, and the
   * {@code __classcell__} (returned) is kept out; {@code __eq__} without {@code __hash__} makes the class unhashable.
   */
  /** The class body's namespace, copied as dict.update would when it iterates otherwise (an OrderedDict's order). */
  private static PyDict namespace(PyDict given) {
    if (PyDict.iteratesAsDict(given)) return given;
    PyDict copy = new PyDict();
    copy.updateFrom(given);
    return copy;
  }

  private static PyObject fillNamespace(PyType cls, PyDict ns) {
    PyObject[] classcell = {null};
    ns.forEach((k, v) -> {
      if (!(k instanceof PyStr key)) return;
      switch (key.value) {
        case "__qualname__" -> {
          if (!(v instanceof PyStr q)) {
            throw Errors.typeError("type __qualname__ must be a str, not %s", v.type().name());
          }
          cls.setQualname(q.value);
        }
        case "__classcell__" -> classcell[0] = v;
        case "__new__" -> cls.dictPut(key.value, isFunction(v) ? new PyStaticMethod(v) : v);
        case "__init_subclass__", "__class_getitem__" ->
            cls.dictPut(key.value, isFunction(v) ? new PyClassMethod(v) : v);
        default -> cls.dictPut(key.value, v);
      }
    });
    if (cls.dictGet("__eq__") != null && cls.dictGet("__hash__") == null) cls.dictPut("__hash__", PyNone.NONE);
    return classcell[0];
  }

  /** {@code type(name, bases, ns)} without {@code __module__}: the calling code's module, as CPython takes it. */
  private static void setModuleFromCaller(PyType cls) {
    dev.kaa.interp.Frame caller = dev.kaa.interp.Frames.current();
    PyObject name = caller == null ? null : dev.kaa.interp.Frames.globals().getStr("__name__");
    if (name != null) cls.dictPut("__module__", name);
  }

  /** A Python function ({@code def} or {@code lambda}), which type.__new__ wraps where CPython does. */
  private static boolean isFunction(PyObject v) {
    PyType t = v.type();
    return t.name().equals("function") && !t.hasFlag(PyType.HEAPTYPE);
  }

  /** The class cell of zero-argument {@code super()} and {@code __class__}: now the class exists, fill it. */
  private static void setClassCell(PyType cls, PyObject cell) {
    if (!(cell instanceof dev.kaa.interp.PyCell c)) {
      throw Errors.typeError("__classcell__ must be a nonlocal cell, not %s", TypeMethods.repr(cell.type()));
    }
    c.contents = cls;
  }

  /** The MRO a metaclass's {@code mro()} gives, checked to hold only classes. */
  private static PyType[] customMro(PyType cls) {
    PyObject result = Abstract.call(Attributes.get(cls, "mro"));
    List<PyType> out = new ArrayList<>();
    PyObject it = Abstract.iter(result);
    for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it)) {
      if (!(x instanceof PyType t)) throw Errors.typeError("mro() returned a non-class ('%s')", x.type().name());
      out.add(t);
    }
    return out.toArray(new PyType[0]);
  }

  /** {@code attr.__set_name__(cls, name)} for every attribute that has it, a failure noted as CPython does. */
  private static void setNames(PyType cls) {
    for (String name : new ArrayList<>(cls.dictNames())) {
      PyObject v = cls.dictGet(name);
      PyObject setName = v.type().lookupSpecial(Special.SET_NAME);
      if (setName == null) continue;
      try {
        Abstract.callMethod(v, setName, cls, new PyStr(name));
      } catch (PyException e) {
        addNote(e, String.format("Error calling __set_name__ on '%s' instance %s in '%s'", v.type().name(),
            Abstract.repr(new PyStr(name)).value, cls.name()));
        throw e;
      }
    }
  }

  private static void addNote(PyException e, String note) {
    PyDict d = e.value().dict();
    PyList notes = d.getStr("__notes__") instanceof PyList l ? l : new PyList();
    notes.add(new PyStr(note));
    d.put(new PyStr("__notes__"), notes);
  }

  /** {@code super(cls, cls).__init_subclass__(**kwargs)}. */
  private static void initSubclass(PyType cls, PyDict kwargs) {
    PyObject f = PySuper.lookup(cls, cls, "__init_subclass__");  // checked: a custom mro() may leave cls out
    Abstract.callWithKeywords(f, new PyObject[0], kwargs);
  }
}
