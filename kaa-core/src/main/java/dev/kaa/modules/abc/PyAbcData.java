package dev.kaa.modules.abc;

import dev.kaa.objects.PyMethod;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyType;
import java.util.Collections;
import java.util.Set;
import java.util.WeakHashMap;

/**
 * {@code _abc._abc_data}: what an ABC ({@code cls._abc_impl}) remembers — the classes registered as virtual
 * subclasses, and the classes already found to be (or not to be) subclasses. The sets hold classes weakly, as
 * CPython's weak sets, so caching a check never keeps a class alive.
 */
final class PyAbcData extends PyObject {
  static final PyType TYPE = new PyType("_abc._abc_data", PyType.IMMUTABLE, PyAbcData.class, PyType.OBJECT);

  final Set<PyObject> registry = weakSet();
  final Set<PyObject> cache = weakSet();
  final Set<PyObject> negativeCache = weakSet();
  /** The module's invalidation counter when the negative cache was last valid. */
  long negativeCacheVersion;

  PyAbcData(long version) { this.negativeCacheVersion = version; }

  private static Set<PyObject> weakSet() { return Collections.newSetFromMap(new WeakHashMap<>()); }

  @Override public PyType type() { return TYPE; }

  @PyMethod(value = "__new__", kind = PyMethod.Kind.NEW)
  static PyObject make(PyType cls) { return new PyAbcData(0); }
}
