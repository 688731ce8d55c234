package dev.kaa.objects;

import static dev.kaa.objects.PyCalls.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kaa.bytecode.BinaryOps;
import dev.kaa.bytecode.CompareOps;
import org.junit.jupiter.api.Test;

/** list and tuple against CPython 3.12's results (expected values produced by python3.12). */
class PyListTest {
  @Test void tupleHashIsCPythons() {
    assertEquals(5740354900026072187L, Abstract.hash(PyTuple.EMPTY));
    assertEquals(-3550055125485641917L, Abstract.hash(tuple(1, 2)));
    assertEquals(7267574591690527098L, Abstract.hash(PyTuple.of(i(1), tuple(2, 3))));
  }

  @Test void reprs() {
    assertRepr("[]", new PyList());
    assertRepr("()", PyTuple.EMPTY);
    assertRepr("(1,)", tuple(1));
    assertRepr("(1, 2)", tuple(1, 2));
    PyList rec = list(1);
    rec.add(rec);
    assertRepr("[1, [...]]", rec);
    assertRepr("([1, [...]],)", PyTuple.of(rec));
  }

  @Test void operatorErrorsNameTheSequence() {
    assertRaises("TypeError: can't multiply sequence by non-int of type 'float'",
        () -> Abstract.binaryOp(list(1), new PyFloat(2.0), BinaryOps.MULTIPLY));
    assertRaises("TypeError: can't multiply sequence by non-int of type 'float'",
        () -> Abstract.binaryOp(new PyFloat(2.0), tuple(1), BinaryOps.MULTIPLY));
    assertRaises("TypeError: can only concatenate list (not \"tuple\") to list",
        () -> Abstract.binaryOp(list(1), tuple(1), BinaryOps.ADD));
    assertRaises("TypeError: can only concatenate tuple (not \"list\") to tuple",
        () -> Abstract.binaryOp(tuple(1), list(1), BinaryOps.INPLACE_ADD));
    assertRaises("OverflowError: cannot fit 'int' into an index-sized integer",
        () -> Abstract.binaryOp(tuple(1), PyInt.of(java.math.BigInteger.TEN.pow(20)), BinaryOps.MULTIPLY));
  }

  @Test void operators() {
    assertRepr("[1, 2, 1, 2]", Abstract.binaryOp(list(1, 2), i(2), BinaryOps.MULTIPLY));
    assertRepr("[]", Abstract.binaryOp(i(-1), list(1, 2), BinaryOps.MULTIPLY));
    assertRepr("(1, 2, 3)", Abstract.binaryOp(tuple(1), tuple(2, 3), BinaryOps.ADD));
    PyList l = list(1);
    assertEquals(l, Abstract.binaryOp(l, tuple(2), BinaryOps.INPLACE_ADD));
    assertRepr("[1, 2]", l);
    assertRepr("[1, 2, 1, 2]", Abstract.binaryOp(l, i(2), BinaryOps.INPLACE_MULTIPLY));
    assertRaises("TypeError: 'int' object is not iterable", () -> Abstract.binaryOp(l, i(1), BinaryOps.INPLACE_ADD));
  }

  @Test void comparisonsAreLexicographic() {
    assertEquals(PyBool.TRUE, Abstract.richCompare(list(1, 2), list(1, 3), CompareOps.LT));
    assertEquals(PyBool.TRUE, Abstract.richCompare(tuple(1, 2), tuple(1, 2, 0), CompareOps.LT));
    assertEquals(PyBool.FALSE, Abstract.richCompare(list(1), tuple(1), CompareOps.EQ));
    assertRaises("TypeError: '<' not supported between instances of 'int' and 'str'",
        () -> Abstract.richCompare(list(1, 2), listOf(i(1), s("a")), CompareOps.LT));
    assertRaises("TypeError: '<' not supported between instances of 'list' and 'tuple'",
        () -> Abstract.richCompare(list(1), tuple(1), CompareOps.LT));
    assertRaises("TypeError: unhashable type: 'list'", () -> Abstract.hash(list()));
  }

  @Test void indexingAndSlicing() {
    PyList l = list(1, 2, 3);
    assertRepr("3", Abstract.getItem(l, i(-1)));
    assertRepr("[3, 2, 1]", Abstract.getItem(l, slice(null, null, -1)));
    assertRepr("(2, 3)", Abstract.getItem(tuple(1, 2, 3), slice(1, null, null)));
    assertRaises("IndexError: list index out of range", () -> Abstract.getItem(l, i(3)));
    assertRaises("IndexError: tuple index out of range", () -> Abstract.getItem(tuple(), i(0)));
    assertRaises("TypeError: list indices must be integers or slices, not str", () -> Abstract.getItem(l, s("a")));
    assertRaises("TypeError: tuple indices must be integers or slices, not float",
        () -> Abstract.getItem(tuple(1), new PyFloat(1)));
    assertRaises("IndexError: cannot fit 'int' into an index-sized integer",
        () -> Abstract.getItem(l, PyInt.of(java.math.BigInteger.TEN.pow(20))));
  }

  @Test void sliceAssignmentAndDeletion() {
    PyList l = list(1, 2, 3, 4, 5, 6, 7, 8, 9);
    Abstract.delItem(l, slice(-2, null, -3));
    assertRepr("[1, 3, 4, 6, 7, 9]", l);
    Abstract.setItem(l, slice(1, 2, null), list(7, 7, 7));
    assertRepr("[1, 7, 7, 7, 4, 6, 7, 9]", l);
    Abstract.setItem(l, slice(null, null, 2), list(0, 0, 0, 0));
    assertRepr("[0, 7, 0, 7, 0, 6, 0, 9]", l);
    Abstract.setItem(l, slice(5, 2, null), l);
    assertRepr("[0, 7, 0, 7, 0, 0, 7, 0, 7, 0, 6, 0, 9, 6, 0, 9]", l);
    Abstract.delItem(l, slice(2, null, null));
    assertRepr("[0, 7]", l);
    assertRaises("ValueError: attempt to assign sequence of size 1 to extended slice of size 2",
        () -> { Abstract.setItem(l, slice(null, null, -1), list(1)); return null; });
    assertRaises("TypeError: must assign iterable to extended slice",
        () -> { Abstract.setItem(l, slice(null, null, 2), i(5)); return null; });
    assertRaises("TypeError: can only assign an iterable",
        () -> { Abstract.setItem(l, slice(1, 2, null), i(5)); return null; });
    assertRaises("IndexError: list assignment index out of range",
        () -> { Abstract.delItem(l, i(5)); return null; });
  }

  @Test void methods() {
    PyList l = list(3, 1, 2);
    call(l, "append", i(4));
    call(l, "insert", i(-100), i(0));
    call(l, "insert", i(100), i(9));
    assertRepr("[0, 3, 1, 2, 4, 9]", l);
    assertRepr("9", call(l, "pop"));
    assertRepr("0", call(l, "pop", i(0)));
    call(l, "remove", i(2));
    call(l, "reverse");
    assertRepr("[4, 1, 3]", l);
    assertRepr("2", call(l, "index", i(3)));
    assertRepr("1", call(l, "count", i(3)));
    assertRepr("[4, 1, 3]", call(l, "copy"));
    assertRepr("1", call(tuple(5, 6, 5), "index", i(6), i(-2)));
    assertRaises("ValueError: 7 is not in list", () -> call(l, "index", i(7)));
    assertRaises("ValueError: tuple.index(x): x not in tuple", () -> call(tuple(1), "index", i(7)));
    assertRaises("TypeError: slice indices must be integers or have an __index__ method",
        () -> call(l, "index", i(1), s("a")));
    assertRaises("ValueError: list.remove(x): x not in list", () -> call(l, "remove", i(9)));
    assertRaises("IndexError: pop from empty list", () -> call(new PyList(), "pop"));
    assertRaises("IndexError: pop index out of range", () -> call(l, "pop", i(9)));
    assertRaises("TypeError: insert expected 2 arguments, got 0", () -> call(l, "insert"));
    assertRaises("TypeError: list.count() takes exactly one argument (0 given)", () -> call(l, "count"));
    assertRaises("TypeError: list.clear() takes no arguments (1 given)", () -> call(l, "clear", i(1)));
    assertRaises("TypeError: index expected at least 1 argument, got 0", () -> call(l, "index"));
    call(l, "clear");
    assertRepr("[]", l);
    assertRepr("((1, 2),)", call(tuple(1, 2), "__getnewargs__"));
  }

  @Test void sortIsStableAndComparesWithLessThanOnly() {
    PyList l = list(5, 3, 9, 1, 7, 2, 8, 0, 4, 6, 15, 13, 19, 11, 17, 12, 18, 10, 14, 16, 3, 3, 1);
    call(l, "sort");
    assertRepr("[0, 1, 1, 2, 3, 3, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19]", l);
    PyList pairs = listOf(tuple(1, 0), tuple(0, 1), tuple(1, 2), tuple(0, 3));
    PyObject key = new PyObject() {
      @Override public PyType type() { return PyType.OBJECT; }

      @Override public PyObject call(PyObject[] args, int from, int npos, String[] kw) {
        return Abstract.getItem(args[from], i(0));
      }
    };
    callKw(pairs, "sort", "key", key);
    assertRepr("[(0, 1), (0, 3), (1, 0), (1, 2)]", pairs);
    Attributes.get(pairs, "sort").call(new PyObject[] {key, PyBool.TRUE}, 0, 0, new String[] {"key", "reverse"});
    assertRepr("[(1, 0), (1, 2), (0, 1), (0, 3)]", pairs);
    assertRaises("TypeError: sort() takes no positional arguments", () -> call(l, "sort", i(1)));
    assertRaises("TypeError: '<' not supported between instances of 'str' and 'int'",
        () -> call(listOf(i(3), s("a")), "sort"));
    assertRaises("TypeError: 'int' object is not callable", () -> callKw(list(2, 1), "sort", "key", i(1)));
  }

  @Test void sortNoticesModification() {
    PyList l = list(2, 1);
    int[] sizeSeen = {-1};
    PyObject key = new PyObject() {
      @Override public PyType type() { return PyType.OBJECT; }

      @Override public PyObject call(PyObject[] args, int from, int npos, String[] kw) {
        if (sizeSeen[0] < 0) sizeSeen[0] = l.size();
        l.add(i(9));
        return args[from];
      }
    };
    assertRaises("ValueError: list modified during sort", () -> callKw(l, "sort", "key", key));
    assertEquals(0, sizeSeen[0]);  // the list looks empty while it is sorted
    assertRepr("[1, 2]", l);
  }

  @Test void iterationFollowsTheListAsItChanges() {
    PyList l = list(1, 2);
    PyObject it = Abstract.iter(l);
    assertRepr("1", Abstract.next(it));
    l.add(i(3));
    assertRepr("2", Abstract.next(it));
    assertRepr("3", Abstract.next(it));
    assertEquals(null, Abstract.next(it));
    l.add(i(4));
    assertEquals(null, Abstract.next(it));  // exhausted stays exhausted
    PyObject rev = call(l, "__reversed__");
    assertEquals("list_reverseiterator", rev.type().name());
    assertRepr("4", Abstract.next(rev));
    call(l, "clear");
    assertEquals(null, Abstract.next(rev));
    assertEquals("tuple_iterator", Abstract.iter(tuple()).type().name());
  }

  @Test void constructorsCheckTheirArguments() {
    PyObject newList = PyList.TYPE.lookup("__new__");
    PyList made = (PyList) newList.call1(PyList.TYPE);
    call(made, "__init__", tuple(1, 2));
    assertRepr("[1, 2]", made);
    assertRaises("TypeError: list expected at most 1 argument, got 2", () -> call(made, "__init__", i(1), i(2)));
    assertRaises("TypeError: 'int' object is not iterable", () -> call(made, "__init__", i(1)));
    PyObject newTuple = PyTuple.TYPE.lookup("__new__");
    assertRepr("(1, 2)", newTuple.call2(PyTuple.TYPE, list(1, 2)));
    assertRaises("TypeError: tuple expected at most 1 argument, got 2",
        () -> newTuple.call(new PyObject[] {PyTuple.TYPE, i(1), i(2)}, 0, 3, null));
    assertRepr("72", call(list(1, 2, 3), "__sizeof__"));
  }
}
