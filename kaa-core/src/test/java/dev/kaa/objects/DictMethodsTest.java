package dev.kaa.objects;

import static dev.kaa.objects.PyCalls.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.kaa.bytecode.BinaryOps;
import dev.kaa.bytecode.CompareOps;
import org.junit.jupiter.api.Test;

/** dict's methods, operators, iterators and views against CPython 3.12's results (produced by python3.12). */
class DictMethodsTest {
  /** {1: 'a', 2: 'b', 3: 'c'} */
  private static PyDict abc() {
    PyDict d = new PyDict();
    d.put(i(1), s("a"));
    d.put(i(2), s("b"));
    d.put(i(3), s("c"));
    return d;
  }

  private static PySet set(long... values) {
    PySet s = new PySet();
    s.updateWith(list(values));
    return s;
  }

  @Test void constructionFromPairsAndMappings() {
    PyDict d = new PyDict();
    call(d, "__init__", listOf(tuple(1, 2), listOf(s("x"), i(3))));
    assertRepr("{1: 2, 'x': 3}", d);
    PyDict e = new PyDict();
    call(e, "__init__", d);
    assertRepr("{1: 2, 'x': 3}", e);
    assertRaises("ValueError: dictionary update sequence element #0 has length 3; 2 is required",
        () -> call(new PyDict(), "__init__", listOf(tuple(1, 2, 3))));
    assertRaises("TypeError: cannot convert dictionary update sequence element #1 to a sequence",
        () -> call(new PyDict(), "__init__", listOf(tuple(1, 2), i(1))));
    assertRaises("TypeError: dict expected at most 1 argument, got 2", () -> call(new PyDict(), "__init__", i(1), i(2)));
    assertRaises("TypeError: update expected at most 1 argument, got 2", () -> call(new PyDict(), "update", i(1), i(2)));
    assertRepr("{'a': 0, 'b': 0}", PyDict.fromkeys(PyDict.TYPE, listOf(s("a"), s("b")), i(0)));
    PyDict k = new PyDict();
    Attributes.get(k, "__init__").call(new PyObject[] {listOf(tuple(1, 2)), i(3)}, 0, 1, new String[] {"x"});
    assertRepr("{1: 2, 'x': 3}", k);
    Attributes.get(k, "update").call(new PyObject[] {i(4)}, 0, 0, new String[] {"y"});
    assertRepr("{1: 2, 'x': 3, 'y': 4}", k);
    assertRaises("TypeError: list() takes no keyword arguments",
        () -> Attributes.get(new PyList(), "__init__").call(new PyObject[] {i(1)}, 0, 0, new String[] {"a"}));
  }

  @Test void methods() {
    PyDict d = abc();
    assertRepr("'b'", call(d, "get", i(2)));
    assertSame(PyNone.NONE, call(d, "get", i(9)));
    assertRepr("0", call(d, "get", i(9), i(0)));
    assertSame(PyNone.NONE, call(d, "setdefault", i(5)));
    assertEquals(4, d.size());
    assertSame(PyNone.NONE, call(d, "pop", i(5)));
    assertRepr("(3, 'c')", call(d, "popitem"));
    call(d, "__setitem__", i(4), s("d"));
    assertRepr("{1: 'a', 2: 'b', 4: 'd'}", d);
    assertRepr("{1: 'a', 2: 'b', 4: 'd'}", call(d, "copy"));
    assertRaises("TypeError: get expected at least 1 argument, got 0", () -> call(d, "get"));
    assertKeyError(i(9), () -> call(d, "pop", i(9)));
    assertKeyError(s("zz"), () -> Abstract.getItem(d, s("zz")));
    assertKeyError(s("popitem(): dictionary is empty"), () -> call(new PyDict(), "popitem"));
    assertRaises("TypeError: unhashable type: 'list'", () -> Abstract.getItem(d, list()));
    call(d, "clear");
    assertRepr("{}", d);
  }

  @Test void operatorsAndEquality() {
    PyDict d = abc(), e = new PyDict();
    e.put(i(4), s("d"));
    assertRepr("{1: 'a', 2: 'b', 3: 'c', 4: 'd'}", Abstract.binaryOp(d, e, BinaryOps.OR));
    assertRepr("{4: 'd', 1: 'a', 2: 'b', 3: 'c'}", Abstract.binaryOp(e, d, BinaryOps.OR));
    Abstract.binaryOp(e, listOf(tuple(5, 6)), BinaryOps.INPLACE_OR);
    assertRepr("{4: 'd', 5: 6}", e);
    PyDict reordered = new PyDict();
    reordered.put(i(3), s("c"));
    reordered.put(i(2), s("b"));
    reordered.put(i(1), s("a"));
    assertEquals(PyBool.TRUE, Abstract.richCompare(d, reordered, CompareOps.EQ));
    assertRaises("TypeError: '<' not supported between instances of 'dict' and 'dict'",
        () -> Abstract.richCompare(d, d, CompareOps.LT));
    assertRaises("TypeError: unhashable type: 'dict'", () -> Abstract.hash(d));
    PyDict rec = new PyDict();
    rec.put(i(1), rec);
    assertRepr("{1: {...}}", rec);
  }

  @Test void iterationNoticesChanges() {
    PyDict d = abc();
    PyObject it = Abstract.iter(d);
    assertRepr("1", Abstract.next(it));
    d.put(i(9), i(9));
    assertRaises("RuntimeError: dictionary changed size during iteration", () -> Abstract.next(it));
    assertEquals(null, Abstract.next(it));
    PyDict d2 = abc();
    PyObject it2 = Abstract.iter(d2);
    Abstract.next(it2);
    d2.remove(i(1));
    d2.put(i(4), i(4));
    assertRepr("2", Abstract.next(it2));
    assertRepr("3", Abstract.next(it2));
    assertRaises("RuntimeError: dictionary keys changed during iteration", () -> Abstract.next(it2));
    PyDict e = abc();
    assertRepr("[(3, 'c'), (2, 'b'), (1, 'a')]",
        new PyList(Sequences.toArray(call(call(e, "items"), "__reversed__"))));
    assertEquals("dict_reversekeyiterator", call(e, "__reversed__").type().name());
    assertEquals("dict_valueiterator", Abstract.iter(call(e, "values")).type().name());
  }

  @Test void views() {
    PyDict d = abc();
    PyObject keys = call(d, "keys"), items = call(d, "items"), values = call(d, "values");
    assertRepr("dict_keys([1, 2, 3])", keys);
    assertRepr("dict_values(['a', 'b', 'c'])", values);
    assertRepr("dict_items([(1, 'a'), (2, 'b'), (3, 'c')])", items);
    assertRepr("{2, 3}", Abstract.binaryOp(keys, set(2, 3, 9), BinaryOps.AND));
    assertRepr("{2}", Abstract.binaryOp(set(2, 9), keys, BinaryOps.AND));
    assertRepr("{1, 2, 3, 7}", Abstract.binaryOp(list(7), keys, BinaryOps.OR));
    assertRepr("{5}", Abstract.binaryOp(set(1, 5), keys, BinaryOps.SUBTRACT));
    assertRepr("{2, 3, 5}", Abstract.binaryOp(keys, set(1, 5), BinaryOps.XOR));
    assertRepr("{(1, 'a')}", Abstract.binaryOp(items, listOf(PyTuple.of(i(1), s("a"))), BinaryOps.AND));
    assertEquals(PyBool.TRUE, Abstract.richCompare(keys, set(1, 2, 3), CompareOps.EQ));
    assertEquals(PyBool.TRUE, Abstract.richCompare(keys, set(1, 2, 3, 4), CompareOps.LT));
    assertEquals(PyBool.FALSE, Abstract.richCompare(values, call(d, "values"), CompareOps.EQ));
    assertEquals(true, Abstract.contains(items, PyTuple.of(i(1), s("a"))));
    assertEquals(PyBool.TRUE, call(keys, "isdisjoint", list(5)));
    assertRaises("TypeError: unhashable type: 'dict_keys'", () -> Abstract.hash(keys));
    assertRaises("TypeError: 'int' object is not iterable", () -> Abstract.binaryOp(keys, i(1), BinaryOps.SUBTRACT));
    d.put(i(4), s("d"));
    assertEquals(4, Abstract.len(keys));  // live
  }

  @Test void missingIsAskedOnlyBySubclasses() {
    PyType counter = new PyType("Counter", PyType.HEAPTYPE | PyType.BASETYPE, PyDict.TYPE);
    PyDict d = new PyDict.Derived(counter);
    counter.dictPut("__missing__", new PyObject() {
      @Override public PyType type() { return PyType.OBJECT; }

      @Override public PyObject call(PyObject[] args, int from, int npos, String[] kw) { return i(0); }
    });
    assertRepr("0", Abstract.getItem(d, s("x")));
  }
}
