package dev.kaa.modules.mmap;

import dev.kaa.objects.IterNext;
import dev.kaa.objects.PyBytes;
import dev.kaa.objects.PyMethod;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyType;

/** Iteration over a map as over a sequence whose items are one-byte bytes objects (CPython's sequence iterator). */
final class MmapIterator extends PyObject implements IterNext {
  static final PyType TYPE = new PyType("iterator", PyType.IMMUTABLE, MmapIterator.class, PyType.OBJECT);

  private PyMmap map;
  private int index;

  MmapIterator(PyMmap map) { this.map = map; }

  @Override public PyType type() { return TYPE; }

  @Override public PyObject iterNext() {
    if (map == null) return null;
    byte[] item = map.itemAt(index);
    if (item == null) {
      map = null;
      return null;
    }
    index++;
    return new PyBytes(item);
  }

  @PyMethod("__iter__") PyObject iter() { return this; }

  @PyMethod("__next__") PyObject next() { return IterNext.nextOrStop(this); }
}
