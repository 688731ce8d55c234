package dev.kaa.objects;

import static dev.kaa.objects.PyCalls.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kaa.bytecode.BinaryOps;
import dev.kaa.bytecode.CompareOps;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** set and frozenset against CPython 3.12 (expected values produced by python3.12), including iteration order. */
class SetMethodsTest {
  private static PySet set(long... values) {
    PySet s = new PySet();
    s.updateWith(list(values));
    return s;
  }

  @Test void iterationOrderIsCPythons() {
    assertRepr("{9, 1}", set(9, 1));
    assertRepr("{1, 9}", set(1, 9));
    assertRepr("{8, 1, 2, 32}", set(1, 2, 8, 32));
    assertRepr("frozenset({1, 2})", PyFrozenSet.of(list(2, 1)));
    assertRepr("set()", new PySet());
    assertRepr("frozenset()", new PyFrozenSet());
  }

  @Test void hashOfFrozensetIsCPythons() {
    assertEquals(133146708735736L, Abstract.hash(new PyFrozenSet()));
    assertEquals(-1826646154956904602L, Abstract.hash(PyFrozenSet.of(list(1, 2))));
    assertRaises("TypeError: unhashable type: 'set'", () -> Abstract.hash(set(1)));
  }

  @Test void methodsAndErrors() {
    PySet s = set(1, 2);
    call(s, "add", i(3));
    call(s, "discard", i(7));
    call(s, "remove", i(1));
    assertRepr("{2, 3}", s);
    assertRepr("2", call(s, "pop"));
    assertKeyError(i(2), () -> call(s, "remove", i(2)));
    assertKeyError(s("pop from an empty set"), () -> call(new PySet(), "pop"));
    assertRaises("TypeError: set.add() takes exactly one argument (0 given)", () -> call(s, "add"));
    assertRaises("TypeError: set expected at most 1 argument, got 2", () -> call(s, "__init__", i(1), i(2)));
    assertRepr("{1, 2, 3, 4}", call(set(1), "union", list(2, 3), tuple(4)));
    assertRepr("{2}", call(set(1, 2, 3), "intersection", list(2, 3), tuple(2)));
    assertRepr("{1}", call(set(1, 2, 3), "difference", list(2), tuple(3)));
    PyFrozenSet f = PyFrozenSet.of(list(1));
    assertEquals(f, call(f, "copy"));
    assertEquals(PyBool.FALSE, call(set(1), "__contains__", PyFrozenSet.of(list())));
    PySet ofSets = new PySet();
    ofSets.put(PyFrozenSet.of(list(1)));
    assertEquals(true, ofSets.has(set(1)));  // a set key is looked up as the frozenset it equals
    assertRaises("AttributeError: 'frozenset' object has no attribute 'add'", () -> Attributes.get(f, "add"));
  }

  @Test void comparisonsAreSubsetOrder() {
    assertEquals(PyBool.TRUE, Abstract.richCompare(set(1, 2), set(1, 2, 3), CompareOps.LT));
    assertEquals(PyBool.FALSE, Abstract.richCompare(set(1, 2), set(1, 2), CompareOps.LT));
    assertEquals(PyBool.TRUE, Abstract.richCompare(set(1), PyFrozenSet.of(list(1)), CompareOps.EQ));
    assertEquals(PyBool.TRUE, Abstract.richCompare(set(1, 3), set(3), CompareOps.GE));
    assertRaises("TypeError: unsupported operand type(s) for |: 'set' and 'list'",
        () -> Abstract.binaryOp(set(1), list(1), BinaryOps.OR));
  }

  @Test void iterationNoticesSizeChanges() {
    PySet s = set(1, 2);
    PyObject it = Abstract.iter(s);
    Abstract.next(it);
    s.put(i(5));
    assertRaises("RuntimeError: Set changed size during iteration", () -> Abstract.next(it));
    assertRaises("RuntimeError: Set changed size during iteration", () -> Abstract.next(it));
  }

  /**
   * 300 random cases (adds, discards, then every operation) from python3.12; each line holds the inputs and the reprs
   * CPython printed, so order, dummies, resizes and the frozenset hash are all checked.
   */
  @Test void randomCasesMatchCPython() throws IOException {
    Path file = Path.of("src/test/resources/containers/set-cases.txt");
    int checks = 0;
    for (String line : Files.readAllLines(file)) {
      String[] parts = line.split("#", 2);
      String[] in = parts[0].split("\\|", -1);
      String[] expected = parts[1].split("#");
      PyList xs = ints(in[0]), removed = ints(in[1]), ys = ints(in[2]);
      PySet s = new PySet();
      for (int k = 0; k < xs.size(); k++) call(s, "add", xs.get(k));
      for (int k = 0; k < removed.size(); k++) call(s, "discard", removed.get(k));
      PySet t = new PySet();
      t.updateWith(ys);
      List<PyObject> got = new ArrayList<>(List.of(s, Abstract.binaryOp(s, t, BinaryOps.OR),
          Abstract.binaryOp(s, t, BinaryOps.AND), Abstract.binaryOp(s, t, BinaryOps.SUBTRACT),
          Abstract.binaryOp(t, s, BinaryOps.SUBTRACT), Abstract.binaryOp(s, t, BinaryOps.XOR),
          Abstract.binaryOp(t, s, BinaryOps.XOR)));
      PySet fromList = new PySet();
      fromList.updateWith(xs);
      got.add(fromList);
      got.add(PyFrozenSet.of(s));
      for (String m : new String[] {"union", "intersection", "difference", "symmetric_difference"}) {
        got.add(call(s, m, ys));
      }
      for (String m : new String[] {"update", "intersection_update", "difference_update",
          "symmetric_difference_update"}) {
        PyObject u = call(s, "copy");
        call(u, m, ys);
        got.add(u);
      }
      PySet popped = (PySet) call(s, "copy");
      for (int k = 0; k < 2 && popped.size() > 0; k++) call(popped, "pop");
      got.add(popped);
      got.add(Abstract.callSpecial(PyFrozenSet.of(s), Special.HASH));
      PySet fromDict = new PySet();
      fromDict.updateWith(PyDict.fromkeys(PyDict.TYPE, xs, null));
      got.add(fromDict);
      for (int k = 0; k < expected.length; k++, checks++) assertEquals(expected[k], repr(got.get(k)), line);
    }
    assertEquals(6000, checks);
  }

  private static PyList ints(String text) {
    PyList l = new PyList();
    for (String t : text.trim().split(" ")) if (!t.isEmpty()) l.add(PyInt.of(Long.parseLong(t)));
    return l;
  }
}
