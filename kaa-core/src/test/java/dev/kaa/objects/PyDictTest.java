package dev.kaa.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PyDictTest {
  @Test void equalKeysOfDifferentTypesAreOneKey() {
    PyDict d = new PyDict();
    d.put(PyInt.of(1), new PyStr("int"));
    d.put(new PyFloat(1.0), new PyStr("float"));
    d.put(PyBool.TRUE, new PyStr("bool"));
    assertEquals(1, d.size());
    assertEquals("bool", d.get(PyInt.of(1)).toString());
    d.put(new PyStr("k"), PyNone.NONE);
    assertSame(PyNone.NONE, d.get(new PyStr("k")));     // an equal str, not the same object
  }

  /** Random puts and removes against a Java map; insertion order kept as Python's (re-insert goes last). */
  @Test void behavesAsAnOrderedMapUnderChurn() {
    Random rnd = new Random(7);
    PyDict d = new PyDict();
    Map<Long, Long> model = new HashMap<>();
    List<Long> order = new ArrayList<>();
    for (int step = 0; step < 200_000; step++) {
      long k = rnd.nextInt(2_000) - 1_000;
      if (rnd.nextInt(3) == 0) {
        PyObject removed = d.remove(PyInt.of(k));
        Long expected = model.remove(k);
        assertEquals(expected == null ? null : expected.toString(), removed == null ? null : removed.toString());
        order.remove(k);
      } else {
        long v = rnd.nextLong();
        d.put(PyInt.of(k), PyInt.of(v));
        if (model.put(k, v) == null) order.add(k);
      }
    }
    assertEquals(model.size(), d.size());
    List<Long> seen = new ArrayList<>();
    d.forEach((k, v) -> {
      seen.add(((PyInt) k).longValue());
      assertEquals(model.get(((PyInt) k).longValue()).longValue(), ((PyInt) v).longValue());
    });
    assertEquals(order, seen);
    assertNull(d.get(PyInt.of(5_000)));
  }
}
