package dev.kaa.modules.string;

import dev.kaa.objects.IterNext;
import dev.kaa.objects.PyMethod;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyType;
import java.util.Iterator;

/**
 * {@code formatteriterator} and {@code fieldnameiterator}: the items of a Java iterator that parses as it goes, so a
 * malformed part of the string is reported only when the iteration reaches it, as CPython's are.
 */
final class LazyIterator extends PyObject implements IterNext {
  static final PyType FORMATTER = new PyType("formatteriterator", PyType.IMMUTABLE, LazyIterator.class, PyType.OBJECT);
  static final PyType FIELD_NAME = new PyType("fieldnameiterator", PyType.IMMUTABLE, LazyIterator.class,
      PyType.OBJECT);

  private final PyType type;
  private final Iterator<PyObject> items;

  LazyIterator(PyType type, Iterator<PyObject> items) {
    this.type = type;
    this.items = items;
  }

  @Override public PyType type() { return type; }

  @Override public PyObject iterNext() { return items.hasNext() ? items.next() : null; }

  @PyMethod("__iter__") PyObject iter() { return this; }

  @PyMethod("__next__") PyObject next() { return IterNext.nextOrStop(this); }
}
