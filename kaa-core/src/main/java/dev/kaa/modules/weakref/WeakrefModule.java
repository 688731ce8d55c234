package dev.kaa.modules.weakref;

import dev.kaa.objects.Errors;
import dev.kaa.objects.PyDict;
import dev.kaa.objects.PyInt;
import dev.kaa.objects.PyList;
import dev.kaa.objects.PyMethod;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyStr;
import dev.kaa.runtime.Interpreter;
import dev.kaa.runtime.PyModule;

/** The {@code _weakref} module, what {@code weakref.py} is built on. See docs/weakref.md. */
public final class WeakrefModule {
  private WeakrefModule() {}

  public static final String NAME = "_weakref";

  public static PyModule create(Interpreter interp) {
    PyModule m = new PyModule(NAME, new PyStr("Weak-reference support module."), interp);
    m.addFunctions(WeakrefModule.class);
    m.put("ref", PyWeakRef.TYPE);
    m.put("ReferenceType", PyWeakRef.TYPE);
    m.put("ProxyType", PyWeakProxy.TYPE);
    m.put("CallableProxyType", PyWeakCallableProxy.CALLABLE_TYPE);
    return m;
  }

  private static WeakrefRegistry registry(PyModule self) { return WeakrefRegistry.of(self.interpreter()); }

  @PyMethod("getweakrefcount") static PyObject getweakrefcount(PyModule self, PyObject object) {
    return PyInt.of(object.type().weakrefable() ? registry(self).count(object) : 0);
  }

  @PyMethod("getweakrefs") static PyObject getweakrefs(PyModule self, PyObject object) {
    PyList out = new PyList();
    if (object.type().weakrefable()) for (WeakLink r : registry(self).refs(object)) out.add((PyObject) r);
    return out;
  }

  @PyMethod("proxy") static PyObject proxy(PyModule self, PyObject object, @PyMethod.Opt PyObject callback) {
    return PyWeakProxy.make(object, callback);
  }

  /** Deletes {@code dct[key]} when it is a weakref whose object died (WeakValueDictionary's clean-up). */
  @PyMethod("_remove_dead_weakref") static void removeDeadWeakref(PyModule self, PyObject dct, PyObject key) {
    if (!(dct instanceof PyDict d)) {
      throw Errors.typeError("_remove_dead_weakref() argument 1 must be dict, not %s", dct.type().name());
    }
    PyObject value = d.get(key);
    if (value instanceof PyWeakRef r && r.get() == null) d.remove(key);
  }
}
