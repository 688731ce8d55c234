package dev.kaa.objects;

import dev.kaa.strings.PyStrIndex;

/**
 * {@code iter(str)}: {@code str_ascii_iterator} over an ASCII string, {@code str_iterator} otherwise (the names
 * CPython 3.12 shows), both walking the code points of the string.
 */
final class PyStrIterator extends PyObject implements IterNext {
  static final PyType ASCII_TYPE = new PyType("str_ascii_iterator", PyType.IMMUTABLE, PyStrIterator.class,
      PyType.OBJECT);
  static final PyType TYPE = new PyType("str_iterator", PyType.IMMUTABLE, PyStrIterator.class, PyType.OBJECT);

  /** The string, for pickling; null once exhausted. */
  private PyStr source;
  private final PyStrIndex text;
  private final boolean ascii;
  private int next;

  PyStrIterator(PyStr s) {
    this.source = s;
    this.text = s.index();
    this.ascii = dev.kaa.strings.StrPredicates.isascii(s.value);
  }

  @Override public PyType type() { return ascii ? ASCII_TYPE : TYPE; }

  @Override public PyObject iterNext() {
    if (source == null) return null;
    if (next >= text.length()) {
      source = null;
      return null;
    }
    return PyStr.ofCodePoint(text.codePointAt(next++));
  }

  @PyMethod("__iter__") PyObject iter() { return this; }

  @PyMethod("__next__") PyObject next() {
    return IterNext.nextOrStop(this);
  }

  @PyMethod("__length_hint__") PyObject lengthHint() {
    return PyInt.of(source == null ? 0 : Math.max(0, text.length() - next));
  }

  @PyMethod("__reduce__") PyObject reduce() {
    return source == null ? IteratorPickling.exhausted(PyStr.EMPTY) : IteratorPickling.resume(source, next);
  }

  @PyMethod("__setstate__") void setState(PyObject state) {
    long i = IteratorPickling.index(state);
    if (source != null) next = IteratorPickling.clip(i, 0, text.length());
  }
}
