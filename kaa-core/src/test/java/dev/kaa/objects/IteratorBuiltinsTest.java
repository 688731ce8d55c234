package dev.kaa.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** enumerate, zip, map, filter and reversed at the Java level; expected errors are python3.12's texts. */
class IteratorBuiltinsTest {
  /** A toy iterable over 0..n-1 (its iterator is a built-in-style IterNext), also a sequence for reversed(). */
  static final class Upto extends PyObject {
    static final PyType TYPE = new PyType("upto", PyType.IMMUTABLE, Upto.class, PyType.OBJECT);
    final int n;

    Upto(int n) { this.n = n; }

    @Override public PyType type() { return TYPE; }

    @PyMethod("__iter__") PyObject iter() { return new Counter(n); }

    @PyMethod("__len__") PyObject len() { return PyInt.of(n); }

    @PyMethod("__getitem__") PyObject getitem(PyObject i) {
      long k = ((PyInt) i).longValue();
      if (k >= n) throw Errors.indexError("out of range");
      return PyInt.of(k);
    }
  }

  static final class Counter extends PyObject implements IterNext {
    static final PyType TYPE = new PyType("counter", PyType.IMMUTABLE, Counter.class, PyType.OBJECT);
    int i;
    final int n;

    Counter(int n) { this.n = n; }

    @Override public PyType type() { return TYPE; }

    @Override public PyObject iterNext() { return i < n ? PyInt.of(i++) : null; }
  }

  /** An iterable yielding 1, 0. */
  static final class Reversedish extends PyObject {
    static final PyType TYPE = new PyType("reversedish", PyType.IMMUTABLE, Reversedish.class, PyType.OBJECT);

    @Override public PyType type() { return TYPE; }

    @PyMethod("__iter__") PyObject iter() { return new PyReversed(PyReversed.TYPE, new Upto(2), 2); }
  }

  private static PyObject make(PyType t, PyObject... args) {
    return ((PyBuiltinNew) t.lookup("__new__")).construct(t, args, 0, args.length, null);
  }

  private static PyObject makeKw(PyType t, String[] kw, PyObject... args) {
    return ((PyBuiltinNew) t.lookup("__new__")).construct(t, args, 0, args.length - kw.length, kw);
  }

  /** Everything the iterator yields, each item rendered by {@code render}. */
  private static List<String> drain(PyObject it) {
    List<String> out = new ArrayList<>();
    for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it)) out.add(render(x));
    return out;
  }

  private static String render(PyObject x) {
    if (x instanceof PyTuple t) {
      List<String> parts = new ArrayList<>();
      for (int i = 0; i < t.size(); i++) parts.add(render(t.get(i)));
      return parts.toString();
    }
    return String.valueOf(((PyInt) x).longValue());
  }

  private static String error(Runnable r) { return assertThrows(PyException.class, r::run).getMessage(); }

  @Test void enumerateCountsFromStart() {
    assertEquals(List.of("[5, 0]", "[6, 1]"), drain(make(PyEnumerate.TYPE, new Upto(2), PyInt.of(5))));
    assertEquals(List.of("[-1, 0]", "[0, 1]"), drain(makeKw(PyEnumerate.TYPE, new String[] {"start"}, new Upto(2),
        PyInt.of(-1))));
    PyObject big = make(PyEnumerate.TYPE, new Upto(2), PyInt.of(Long.MAX_VALUE));
    assertEquals("[9223372036854775807, 0]", render(Abstract.next(big)));
    assertEquals("9223372036854775808", ((PyInt) ((PyTuple) Abstract.next(big)).get(0)).bigValue().toString());
    assertEquals("TypeError: enumerate() missing required argument 'iterable'", error(() -> make(PyEnumerate.TYPE)));
    assertEquals("TypeError: 'int' object is not iterable", error(() -> make(PyEnumerate.TYPE, PyInt.of(1))));
    assertEquals("TypeError: 'str' object cannot be interpreted as an integer",
        error(() -> make(PyEnumerate.TYPE, new Upto(1), new PyStr("a"))));
    assertEquals("TypeError: enumerate() takes at most 2 arguments (3 given)",
        error(() -> make(PyEnumerate.TYPE, new Upto(1), PyInt.of(1), PyInt.of(2))));
  }

  @Test void zipStopsAtTheShortestOrComplainsWhenStrict() {
    assertEquals(List.of("[0, 0]", "[1, 1]"), drain(make(PyZip.TYPE, new Upto(2), new Upto(3))));
    assertEquals(List.of(), drain(make(PyZip.TYPE)));
    String[] strict = {"strict"};
    assertEquals("ValueError: zip() argument 2 is longer than argument 1",
        error(() -> drain(makeKw(PyZip.TYPE, strict, new Upto(1), new Upto(2), PyBool.TRUE))));
    assertEquals("ValueError: zip() argument 2 is shorter than argument 1",
        error(() -> drain(makeKw(PyZip.TYPE, strict, new Upto(2), new Upto(1), PyBool.TRUE))));
    assertEquals("ValueError: zip() argument 3 is shorter than arguments 1-2",
        error(() -> drain(makeKw(PyZip.TYPE, strict, new Upto(2), new Upto(2), new Upto(1), PyBool.TRUE))));
    assertEquals("ValueError: zip() argument 3 is longer than arguments 1-2",
        error(() -> drain(makeKw(PyZip.TYPE, strict, new Upto(1), new Upto(1), new Upto(2), PyBool.TRUE))));
    assertEquals(List.of("[0]", "[1]"), drain(makeKw(PyZip.TYPE, strict, new Upto(2), PyBool.TRUE)));
    assertEquals("TypeError: 'a' is an invalid keyword argument for zip()",
        error(() -> makeKw(PyZip.TYPE, new String[] {"a"}, PyInt.of(1))));
  }

  @Test void mapAndFilter() {
    PyObject neg = PyInt.TYPE.lookup("__bool__");
    assertEquals(List.of("0", "1", "1"), drain(make(PyMap.TYPE, neg, new Upto(3))));
    PyObject lt = PyInt.TYPE.lookup("__lt__");
    assertEquals(List.of("1", "0"), drain(make(PyMap.TYPE, lt, new Upto(2), new Reversedish())));
    assertEquals("TypeError: map() must have at least two arguments.", error(() -> make(PyMap.TYPE, neg)));
    assertEquals("TypeError: map() takes no keyword arguments",
        error(() -> makeKw(PyMap.TYPE, new String[] {"x"}, neg, new Upto(1), PyInt.of(1))));
    assertEquals(List.of("1", "2"), drain(make(PyFilter.TYPE, PyNone.NONE, new Upto(3))));
    assertEquals(List.of("1", "2"), drain(make(PyFilter.TYPE, PyBool.TYPE, new Upto(3))));
    assertEquals("TypeError: filter expected 2 arguments, got 1", error(() -> make(PyFilter.TYPE, PyNone.NONE)));
    assertEquals("TypeError: 'int' object is not iterable", error(() -> make(PyFilter.TYPE, PyNone.NONE,
        PyInt.of(1))));
  }

  @Test void reversedWalksTheSequenceProtocol() {
    PyObject r = make(PyReversed.TYPE, new Upto(3));
    assertEquals(3, ((PyInt) Abstract.callSpecial(r, Special.LENGTH_HINT)).longValue());
    assertEquals(List.of("2", "1", "0"), drain(r));
    assertNull(Abstract.next(r));
    assertEquals("TypeError: 'int' object is not reversible", error(() -> make(PyReversed.TYPE, PyInt.of(1))));
    assertEquals("TypeError: reversed expected 1 argument, got 0", error(() -> make(PyReversed.TYPE)));
  }
}
