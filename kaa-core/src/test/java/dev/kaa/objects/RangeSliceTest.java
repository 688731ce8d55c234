package dev.kaa.objects;

import static dev.kaa.objects.PyCalls.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kaa.bytecode.CompareOps;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/** range and slice objects against CPython 3.12's results (produced by python3.12). */
class RangeSliceTest {
  private static PyObject range(long... args) {
    PyObject[] all = new PyObject[args.length + 1];
    all[0] = PyRange.TYPE;
    for (int k = 0; k < args.length; k++) all[k + 1] = i(args[k]);
    return PyRange.TYPE.lookup("__new__").call(all, 0, all.length, null);
  }

  private static PyInt big(String digits) { return PyInt.of(new BigInteger(digits)); }

  @Test void constructionAndRepr() {
    assertRepr("range(0, 10)", range(10));
    assertRepr("range(0, 10, 2)", range(0, 10, 2));
    assertRepr("range(5, 0, -1)", range(5, 0, -1));
    PyObject newRange = PyRange.TYPE.lookup("__new__");
    assertRaises("TypeError: range expected at least 1 argument, got 0", () -> newRange.call1(PyRange.TYPE));
    assertRaises("TypeError: range expected at most 3 arguments, got 4", () -> range(1, 2, 3, 4));
    assertRaises("ValueError: range() arg 3 must not be zero", () -> range(1, 2, 0));
    assertRaises("TypeError: 'float' object cannot be interpreted as an integer",
        () -> newRange.call2(PyRange.TYPE, new PyFloat(1)));
  }

  @Test void lengthIndexingAndSlicing() {
    PyObject r = range(10);
    assertRepr("10", call(r, "__len__"));
    assertRepr("0", call(range(3, 3), "__len__"));
    assertRepr("9", Abstract.getItem(r, i(-1)));
    assertRepr("7", Abstract.getItem(range(1, 20, 3), i(2)));
    assertRepr("range(9, -1, -1)", Abstract.getItem(r, slice(null, null, -1)));
    assertRepr("range(3, 24, 6)", Abstract.getItem(range(0, 30, 3), slice(1, 8, 2)));
    assertRepr("[8, 6, 4]", new PyList(Sequences.toArray(Abstract.getItem(r, slice(-2, -8, -2)))));
    assertRaises("IndexError: range object index out of range", () -> Abstract.getItem(range(3), i(3)));
    assertRaises("TypeError: range indices must be integers or slices, not str", () -> Abstract.getItem(r, s("a")));
    PyObject huge = PyRange.TYPE.lookup("__new__").call2(PyRange.TYPE, big("100000000000000000000"));
    assertRepr("10000000000000000000", Abstract.getItem(huge, big("10000000000000000000")));
    assertRepr("range(0, 100000000000000000000, 2)", Abstract.getItem(huge, slice(null, null, 2)));
    assertRaises("OverflowError: Python int too large to convert to C ssize_t", () -> call(huge, "__len__"));
    assertEquals("longrange_iterator", Abstract.iter(huge).type().name());
  }

  @Test void membershipAndSearch() {
    PyObject r = range(0, 10, 2);
    assertEquals(true, Abstract.contains(r, i(4)));
    assertEquals(false, Abstract.contains(r, i(5)));
    assertEquals(true, Abstract.contains(r, new PyFloat(4.0)));
    assertRepr("2", call(r, "index", i(4)));
    assertRepr("1", call(range(5), "count", i(3)));
    assertRaises("ValueError: 7 is not in range", () -> call(range(5), "index", i(7)));
    assertRaises("ValueError: sequence.index(x): x not in sequence", () -> call(range(5), "index", s("a")));
  }

  @Test void iterationEqualityAndHash() {
    assertRepr("[7, 4, 1]", new PyList(Sequences.toArray(call(range(1, 10, 3), "__reversed__"))));
    assertRepr("[3, 1, -1]", new PyList(Sequences.toArray(range(3, -3, -2))));
    assertEquals(PyBool.TRUE, Abstract.richCompare(range(0), range(5, 5), CompareOps.EQ));
    assertEquals(PyBool.TRUE, Abstract.richCompare(range(0, 3, 2), range(0, 4, 2), CompareOps.EQ));
    assertEquals(PyBool.FALSE, Abstract.richCompare(range(0, 3), range(0, 3, 2), CompareOps.EQ));
    assertEquals(Abstract.hash(range(0)), Abstract.hash(range(9, 9)));
    assertRaises("TypeError: '<' not supported between instances of 'range' and 'range'",
        () -> Abstract.richCompare(range(3), range(4), CompareOps.LT));
  }

  @Test void sliceObjects() {
    PySlice s = slice(1, 10, 2);
    assertRepr("slice(1, 10, 2)", s);
    assertRepr("(1, 5, 2)", call(s, "indices", i(5)));
    assertRepr("(9, -1, -1)", call(slice(null, null, -1), "indices", i(10)));
    assertRepr("1", Attributes.get(s, "start"));
    assertEquals(PyBool.TRUE, Abstract.richCompare(slice(1, 2, 3), slice(1, 2, 3), CompareOps.EQ));
    assertEquals(PyBool.TRUE, Abstract.richCompare(slice(1, 2, 3), slice(1, 3, 3), CompareOps.LT));
    assertEquals(-2340833382717974474L, Abstract.hash(slice(1, 2, 3)));
    assertRaises("ValueError: length should not be negative", () -> call(s, "indices", i(-1)));
    assertRaises("TypeError: slice expected at most 3 arguments, got 4", () -> PySlice.TYPE.lookup("__new__")
        .call(new PyObject[] {PySlice.TYPE, i(1), i(2), i(3), i(4)}, 0, 5, null));
  }
}
