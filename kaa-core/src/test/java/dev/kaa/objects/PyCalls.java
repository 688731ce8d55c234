package dev.kaa.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.function.Supplier;

/** Test shorthand for the container tests: build values, call Python-visible methods, compare reprs and errors. */
final class PyCalls {
  private PyCalls() {}

  static PyInt i(long v) { return PyInt.of(v); }

  static PyStr s(String v) { return new PyStr(v); }

  static PyList list(long... values) {
    PyList l = new PyList();
    for (long v : values) l.add(PyInt.of(v));
    return l;
  }

  static PyList listOf(PyObject... items) { return new PyList(items.clone()); }

  static PyTuple tuple(long... values) {
    PyObject[] items = new PyObject[values.length];
    for (int k = 0; k < values.length; k++) items[k] = PyInt.of(values[k]);
    return PyTuple.wrap(items);
  }

  static PySlice slice(Object start, Object stop, Object step) {
    return new PySlice(box(start), box(stop), box(step));
  }

  private static PyObject box(Object o) { return o == null ? PyNone.NONE : PyInt.of((Integer) o); }

  /** {@code o.name(*args)}. */
  static PyObject call(PyObject o, String name, PyObject... args) {
    return Attributes.get(o, name).call(args, 0, args.length, null);
  }

  /** {@code o.name(**{kw: value})}. */
  static PyObject callKw(PyObject o, String name, String kw, PyObject value) {
    return Attributes.get(o, name).call(new PyObject[] {value}, 0, 0, new String[] {kw});
  }

  static String repr(PyObject o) { return Abstract.repr(o).value; }

  static void assertRepr(String expected, PyObject o) { assertEquals(expected, repr(o)); }

  /** Asserts a {@code KeyError(key)}: the key itself is the exception's one argument. */
  static void assertKeyError(PyObject key, Supplier<?> action) {
    PyException e = assertThrows(PyException.class, action::get);
    assertEquals("KeyError", e.pyType().name());
    assertEquals(repr(PyTuple.of(key)), repr(e.value().args));
  }

  /** Asserts the Python exception raised, as its traceback's last line ({@code TypeError: message}). */
  static void assertRaises(String expected, Supplier<?> action) {
    assertEquals(expected, assertThrows(PyException.class, action::get).getMessage());
  }
}
