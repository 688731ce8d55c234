package dev.kaa.modules.abc;

import dev.kaa.objects.Abstract;
import dev.kaa.objects.Attributes;
import dev.kaa.objects.CollectionFlags;
import dev.kaa.objects.Errors;
import dev.kaa.objects.ExceptionTypes;
import dev.kaa.objects.PyBool;
import dev.kaa.objects.PyFrozenSet;
import dev.kaa.objects.PyInt;
import dev.kaa.objects.PyMethod;
import dev.kaa.objects.PyNotImplemented;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PySet;
import dev.kaa.objects.PyStr;
import dev.kaa.objects.PyTuple;
import dev.kaa.objects.PyType;
import dev.kaa.modules.itertools.IterableItems;
import dev.kaa.runtime.Interpreter;
import dev.kaa.runtime.PyModule;

/**
 * The {@code _abc} module: the machinery behind {@code abc.ABCMeta} (registration, the subclass checks and their
 * caches, abstract-method bookkeeping). {@code abc.py} uses it instead of the pure-Python {@code _py_abc}; the caches
 * make {@code isinstance(x, collections.abc.Mapping)} one set lookup after the first check.
 */
public final class AbcModule extends PyModule {
  /** Bumped by every registration: negative caches older than it are stale (CPython's abc_invalidation_counter). */
  private long invalidationCounter;

  private AbcModule(Interpreter interp) {
    super("_abc", new PyStr("Module contains faster C implementation of abc.ABCMeta"), interp);
  }

  public static PyModule create(Interpreter interp) {
    AbcModule m = new AbcModule(interp);
    m.addFunctions(AbcModule.class);
    m.put("_abc_data", PyAbcData.TYPE);
    return m;
  }

  private static AbcModule state(PyModule m) { return (AbcModule) m; }

  /** {@code cls._abc_impl}, which must be the data {@code _abc_init} made. */
  private static PyAbcData impl(PyObject cls) {
    PyObject impl = Attributes.get(cls, "_abc_impl");
    if (!(impl instanceof PyAbcData d)) throw Errors.typeError("_abc_impl is set to a wrong type");
    return d;
  }

  @PyMethod(value = "get_cache_token", doc = "Returns the current ABC cache token.")
  static PyObject getCacheToken(PyModule m) { return PyInt.of(state(m).invalidationCounter); }

  @PyMethod(value = "_abc_init", doc = "Internal ABC helper for class set-up. Should be never used outside abc module.")
  static void abcInit(PyModule m, PyObject cls) {
    computeAbstractMethods(cls);
    if (cls instanceof PyType t) CollectionFlags.initFromAbcFlags(t);
    Attributes.set(cls, "_abc_impl", new PyAbcData(state(m).invalidationCounter));
  }

  /** {@code cls.__abstractmethods__}: its own abstract members, and inherited abstract names still abstract here. */
  private static void computeAbstractMethods(PyObject cls) {
    PySet abstracts = new PySet();
    PyObject ns = Attributes.get(cls, "__dict__");
    for (PyObject key : IterableItems.of(Abstract.callMethod(ns, Attributes.get(ns, "keys")))) {
      if (isAbstract(Abstract.getItem(ns, key))) abstracts.put(key);
    }
    PyObject bases = Attributes.get(cls, "__bases__");
    if (!(bases instanceof PyTuple baseTuple)) throw Errors.typeError("__bases__ is not tuple");
    for (int i = 0; i < baseTuple.size(); i++) {
      PyObject inherited = Abstract.getAttrOrNull(baseTuple.get(i), "__abstractmethods__");
      if (inherited == null) continue;
      for (PyObject key : IterableItems.of(inherited)) {
        if (!(key instanceof PyStr name)) continue;
        PyObject value = Abstract.getAttrOrNull(cls, name.value);
        if (value != null && isAbstract(value)) abstracts.put(key);
      }
    }
    PyFrozenSet frozen = new PyFrozenSet();
    frozen.updateWith(abstracts);
    Attributes.set(cls, "__abstractmethods__", frozen);
  }

  private static boolean isAbstract(PyObject value) {
    PyObject flag = Abstract.getAttrOrNull(value, "__isabstractmethod__");
    return flag != null && Abstract.isTrue(flag);
  }

  @PyMethod(value = "_abc_register", doc = "Internal ABC helper for subclasss registration. Should be never used "
      + "outside abc module.")
  static PyObject abcRegister(PyModule m, PyObject cls, PyObject subclass) {
    if (!(subclass instanceof PyType)) throw Errors.typeError("Can only register classes");
    if (Abstract.isSubclass(subclass, cls)) return subclass;  // already a subclass
    if (Abstract.isSubclass(cls, subclass)) {
      throw Errors.of(ExceptionTypes.RuntimeError, "Refusing to create an inheritance cycle");
    }
    impl(cls).registry.add(subclass);
    state(m).invalidationCounter++;
    if (cls instanceof PyType abc) CollectionFlags.register(abc, (PyType) subclass);
    return subclass;
  }

  @PyMethod(value = "_abc_instancecheck", doc = "Internal ABC helper for instance checks. Should be never used "
      + "outside abc module.")
  static PyObject abcInstancecheck(PyModule m, PyObject cls, PyObject instance) {
    PyAbcData impl = impl(cls);
    PyObject subclass = Attributes.get(instance, "__class__");
    if (impl.cache.contains(subclass)) return PyBool.TRUE;
    PyType subtype = instance.type();
    if (subtype == subclass) {
      if (impl.negativeCacheVersion == state(m).invalidationCounter && impl.negativeCache.contains(subclass)) {
        return PyBool.FALSE;
      }
      return subclassCheck(cls, subclass);
    }
    PyObject result = subclassCheck(cls, subclass);
    if (Abstract.isTrue(result)) return result;
    return subclassCheck(cls, subtype);
  }

  private static PyObject subclassCheck(PyObject cls, PyObject subclass) {
    return Abstract.callMethod(cls, Attributes.get(cls, "__subclasscheck__"), subclass);
  }

  @PyMethod(value = "_abc_subclasscheck", doc = "Internal ABC helper for subclasss checks. Should be never used "
      + "outside abc module.")
  static PyObject abcSubclasscheck(PyModule m, PyObject cls, PyObject subclass) {
    if (!(subclass instanceof PyType subtype)) throw Errors.typeError("issubclass() arg 1 must be a class");
    PyAbcData impl = impl(cls);
    if (impl.cache.contains(subclass)) return PyBool.TRUE;
    long counter = state(m).invalidationCounter;
    if (impl.negativeCacheVersion < counter) {
      impl.negativeCache.clear();
      impl.negativeCacheVersion = counter;
    } else if (impl.negativeCache.contains(subclass)) {
      return PyBool.FALSE;
    }
    PyObject ok = Abstract.callMethod(cls, Attributes.get(cls, "__subclasshook__"), subclass);
    if (ok == PyBool.TRUE) {
      impl.cache.add(subclass);
      return PyBool.TRUE;
    }
    if (ok == PyBool.FALSE) {
      impl.negativeCache.add(subclass);
      return PyBool.FALSE;
    }
    if (ok != PyNotImplemented.VALUE) {
      throw Errors.of(ExceptionTypes.AssertionError,
          "__subclasshook__ must return either False, True, or NotImplemented");
    }
    if (subtype.mro().contains(cls)) {
      impl.cache.add(subclass);
      return PyBool.TRUE;
    }
    for (PyObject registered : impl.registry.toArray(new PyObject[0])) {
      if (Abstract.isSubclass(subclass, registered)) {
        impl.cache.add(subclass);
        return PyBool.TRUE;
      }
    }
    PyObject subclasses = Abstract.callMethod(cls, Attributes.get(cls, "__subclasses__"));
    for (PyObject scls : IterableItems.of(subclasses)) {
      if (Abstract.isSubclass(subclass, scls)) {
        impl.cache.add(subclass);
        return PyBool.TRUE;
      }
    }
    impl.negativeCache.add(subclass);
    return PyBool.FALSE;
  }

  @PyMethod(value = "_get_dump", doc = "Internal ABC helper for cache and registry debugging.")
  static PyObject getDump(PyModule m, PyObject cls) {
    PyAbcData impl = impl(cls);
    return PyTuple.of(setOf(impl.registry), setOf(impl.cache), setOf(impl.negativeCache),
        PyInt.of(impl.negativeCacheVersion));
  }

  private static PySet setOf(java.util.Set<PyObject> classes) {
    PySet s = new PySet();
    for (PyObject c : classes.toArray(new PyObject[0])) s.put(c);
    return s;
  }

  @PyMethod(value = "_reset_registry", doc = "Internal ABC helper to reset registry of a given class.")
  static void resetRegistry(PyModule m, PyObject cls) { impl(cls).registry.clear(); }

  @PyMethod(value = "_reset_caches", doc = "Internal ABC helper to reset both caches of a given class.")
  static void resetCaches(PyModule m, PyObject cls) {
    PyAbcData impl = impl(cls);
    impl.cache.clear();
    impl.negativeCache.clear();
  }
}
