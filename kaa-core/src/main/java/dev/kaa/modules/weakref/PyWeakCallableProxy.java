package dev.kaa.modules.weakref;

import dev.kaa.objects.Abstract;
import dev.kaa.objects.PyDict;
import dev.kaa.objects.PyMethod;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.SharedMethods;
import dev.kaa.objects.PyType;

/** {@code weakref.CallableProxyType}: a proxy to a callable object, itself callable. */
final class PyWeakCallableProxy extends PyWeakProxy {
  static final PyType CALLABLE_TYPE = new PyType("weakref.CallableProxyType", PyType.IMMUTABLE,
      PyWeakCallableProxy.class, PyType.OBJECT);

  static {
    SharedMethods.bind(CALLABLE_TYPE, PyWeakProxy.class, name -> true);
  }

  PyWeakCallableProxy(WeakrefRegistry.Referent referent, PyObject callback) { super(referent, callback); }

  @Override public PyType type() { return CALLABLE_TYPE; }

  @PyMethod("__call__") PyObject callPy(@PyMethod.Star PyObject[] args, @PyMethod.KwArgs PyDict kwargs) {
    return Abstract.callWithKeywords(object(), args, kwargs);
  }

  @Override public PyObject call(PyObject[] args, int from, int npos, String[] kwnames) {
    return object().call(args, from, npos, kwnames);
  }
}
