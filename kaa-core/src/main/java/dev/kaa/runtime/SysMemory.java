package dev.kaa.runtime;

import dev.kaa.objects.Abstract;
import dev.kaa.objects.Errors;
import dev.kaa.objects.PyBool;
import dev.kaa.objects.PyByteArray;
import dev.kaa.objects.PyBytes;
import dev.kaa.objects.PyComplex;
import dev.kaa.objects.PyFloat;
import dev.kaa.objects.PyInt;
import dev.kaa.objects.PyMethod;
import dev.kaa.objects.PyNone;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyStr;
import dev.kaa.objects.PyType;
import dev.kaa.objects.Special;
import java.util.Set;

/**
 * What {@code sys} tells of memory. The JVM lays objects out its own way and counts no references, so the figures
 * are CPython's model of the object (docs/sys.md): {@code getsizeof} is {@code __sizeof__} plus CPython's
 * collector header for the types it tracks, {@code getrefcount} a fixed 2.
 */
final class SysMemory {
  private SysMemory() {}

  /** The size of the garbage collector's header before a tracked object, and of a class instance's dict pointers. */
  private static final int GC_HEADER = 16, MANAGED_DICT = 16;

  /** The built-in types whose instances CPython's collector does not track (atoms: they refer to nothing). */
  private static final Set<PyType> UNTRACKED = Set.of(PyInt.TYPE, PyBool.TYPE, PyFloat.TYPE, PyComplex.TYPE,
      PyStr.TYPE, PyBytes.TYPE, PyByteArray.TYPE, PyNone.TYPE);

  @PyMethod("getsizeof") static PyObject getsizeof(PyModule self, PyObject object, @PyMethod.Opt PyObject dflt) {
    PyObject sizeof = object.type().lookup("__sizeof__");
    if (sizeof == null) {
      if (dflt != null) return dflt;
      throw Errors.typeError("Type %s doesn't define __sizeof__", object.type().name());
    }
    PyObject result = Abstract.callMethod(object, sizeof);
    long size = Abstract.indexValue(result);
    if (size < 0) throw Errors.valueError("__sizeof__() should return >= 0");
    PyType type = object.type();
    if (!isUntracked(type)) size += GC_HEADER;
    if (type.hasFlag(PyType.HEAPTYPE) && type.hasInstanceDict()) size += MANAGED_DICT;
    return PyInt.of(size);
  }

  /** Untracked: the atoms, and their subclasses that add no {@code __dict__}. */
  private static boolean isUntracked(PyType type) {
    if (type == PyType.OBJECT) return true;
    for (PyType t = type; t != null; t = t.base()) {
      if (UNTRACKED.contains(t)) return !type.hasInstanceDict() || t == type;
    }
    return false;
  }

  /** No reference counts on the JVM: 2, what CPython reports for an object only a variable and the call refer to. */
  @PyMethod("getrefcount") static PyObject getrefcount(PyModule self, PyObject object) { return PyInt.of(2); }

  /** CPython's count of memory blocks its allocator holds; the JVM's heap has none to count. */
  @PyMethod("getallocatedblocks") static PyObject getallocatedblocks(PyModule self) { return PyInt.of(0); }

  @PyMethod("getunicodeinternedsize") static PyObject getunicodeinternedsize(PyModule self) {
    return PyInt.of(self.interpreter.interned.size());
  }

  /** Kaa's attribute caches follow the types' changes themselves: nothing to clear. */
  @PyMethod("_clear_type_cache") static void clearTypeCache(PyModule self) {}

  /** CPython's allocator statistics; the JVM's are its own tools' (jcmd GC.heap_info). */
  @PyMethod("_debugmallocstats") static void debugmallocstats(PyModule self) {}

  @PyMethod("intern") static PyObject intern(PyModule self, PyObject string) {
    if (!(string instanceof PyStr s) || s.type() != PyStr.TYPE) {
      throw Errors.typeError("intern() argument must be str, not %s", string.type().name());
    }
    return self.interpreter.interned.computeIfAbsent(s.value, k -> s);
  }
}
