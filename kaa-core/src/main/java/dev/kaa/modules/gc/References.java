package dev.kaa.modules.gc;

import dev.kaa.objects.Abstract;
import dev.kaa.objects.HasDict;
import dev.kaa.objects.HeapInstance;
import dev.kaa.objects.PyBytes;
import dev.kaa.objects.PyComplex;
import dev.kaa.objects.PyDict;
import dev.kaa.objects.PyFloat;
import dev.kaa.objects.PyInt;
import dev.kaa.objects.PyList;
import dev.kaa.objects.PyNone;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PySet;
import dev.kaa.objects.PyStr;
import dev.kaa.objects.PyTuple;

/**
 * What {@code gc.is_tracked} and {@code gc.get_referents} can tell without CPython's per-type traversal: atoms
 * (numbers, strings, bytes, None) are not tracked and refer to nothing; the built-in containers refer to their items
 * (in CPython's visiting order), an instance of a Python class to its attributes' dict and its class.
 */
final class References {
  private References() {}

  static boolean tracked(PyObject o) {
    if (o instanceof HeapInstance) return true;
    if (o instanceof PyInt || o instanceof PyFloat || o instanceof PyComplex || o instanceof PyStr
        || o instanceof PyBytes || o == PyNone.NONE) {
      return false;
    }
    if (o instanceof PyTuple t) {
      for (int i = 0; i < t.size(); i++) if (tracked(t.get(i))) return true;
      return false;
    }
    if (o instanceof PyDict d) {
      boolean[] any = {false};
      d.forEach((k, v) -> any[0] |= tracked(k) || tracked(v));
      return any[0];
    }
    return true;
  }

  /** Adds to {@code out} the objects {@code o} refers to, as far as Kaa can tell. */
  static void referents(PyObject o, PyList out) {
    if (o instanceof PyList l) {
      for (int i = l.size() - 1; i >= 0; i--) out.add(l.get(i));
    } else if (o instanceof PyTuple t) {
      for (int i = t.size() - 1; i >= 0; i--) out.add(t.get(i));
    } else if (o instanceof PyDict d) {
      d.forEach((k, v) -> {
        if (!(k instanceof PyStr)) out.add(k);
        out.add(v);
      });
    } else if (o instanceof PySet) {  // frozenset too
      PyObject it = Abstract.iter(o);
      for (PyObject item = Abstract.next(it); item != null; item = Abstract.next(it)) out.add(item);
    } else if (o instanceof HeapInstance h) {
      if (h instanceof HasDict d && d.hasDict()) out.add(d.dict());
      out.add(o.type());
    }
  }
}
