package dev.kaa.modules.itertools;

import dev.kaa.objects.Abstract;
import dev.kaa.objects.ExceptionTypes;
import dev.kaa.objects.IterNext;
import dev.kaa.objects.PyException;
import dev.kaa.objects.PyMethod;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyType;
import dev.kaa.objects.Special;
import dev.kaa.objects.SubclassableObject;

/**
 * What every itertools iterator shares: it is its own iterator, and the loop that drives it asks {@link #step} for
 * the next item. An instance of a Python subclass that overrides {@code __next__} is driven through that method, so
 * the fast path taken by {@code for} loops (which prefer {@link IterNext}) never skips the override.
 */
abstract class ItertoolsIterator extends SubclassableObject implements IterNext {
  ItertoolsIterator(PyType type) { super(type); }

  /** The next item, or null at the end. */
  abstract PyObject step();

  @Override public final PyObject iterNext() {
    PyType t = type();
    if (t.hasFlag(PyType.HEAPTYPE) && t.lookupSpecial(Special.NEXT) != t.staticBase().lookupSpecial(Special.NEXT)) {
      try {
        return Abstract.callSpecial(this, Special.NEXT);
      } catch (PyException e) {
        if (e.matches(ExceptionTypes.StopIteration)) return null;
        throw e;
      }
    }
    return step();
  }

  @PyMethod("__iter__") PyObject iter() { return this; }

  @PyMethod("__next__") PyObject next() {
    PyObject v = step();
    if (v == null) throw stopIteration();
    return v;
  }
}
