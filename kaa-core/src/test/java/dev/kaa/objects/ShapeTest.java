package dev.kaa.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class ShapeTest {
  private static final int HEAP = PyType.HEAPTYPE | PyType.BASETYPE;

  private static PyInstance with(PyType c, String... names) {
    PyInstance o = new PyInstance(c);
    for (int i = 0; i < names.length; i++) Attributes.set(o, names[i], PyInt.of(i));
    return o;
  }

  @Test void instancesSetUpAlikeShareAShapeAndOrderMatters() {
    PyType c = new PyType("C", HEAP, PyType.OBJECT);
    PyInstance a = with(c, "x", "y"), b = with(c, "x", "y"), swapped = with(c, "y", "x");
    assertSame(a.shape(), b.shape());
    assertNotSame(a.shape(), swapped.shape());
    assertEquals(1, a.shape().indexOf("y"));
    assertEquals(0, swapped.shape().indexOf("y"));
    assertEquals("{'y': 0, 'x': 1}", Abstract.repr(swapped.dict()).value);
  }

  @Test void aNewInstanceHasRoomForWhatItsClassHadBefore() {
    PyType c = new PyType("C", HEAP, PyType.OBJECT);
    with(c, "a", "b", "c");
    PyInstance o = with(c, "a", "b", "c");
    assertEquals(3, o.shape().size());
    assertEquals(3, o.shape().widest());
  }

  @Test void theDictIsMadeOnceAndThenHoldsTheAttributes() {
    PyType c = new PyType("C", HEAP, PyType.OBJECT);
    PyInstance o = with(c, "x", "y");
    PyDict d = o.dict();
    assertNull(o.shape());
    assertSame(d, o.dict());
    Attributes.set(o, "z", PyInt.of(5));
    assertSame(PyInt.of(5), d.getStr("z"));
    d.put(new PyStr("x"), PyInt.of(7));
    assertSame(PyInt.of(7), Attributes.get(o, "x"));
  }

  @Test void deletingLeavesTheShapeForADict() {
    PyType c = new PyType("C", HEAP, PyType.OBJECT);
    PyInstance o = with(c, "x", "y");
    Attributes.set(o, "x", null);
    assertNull(o.shape());
    assertEquals("{'y': 1}", Abstract.repr(o.dict()).value);
  }

  @Test void tooManyAttributesOrShapesTakeADict() {
    PyType c = new PyType("C", HEAP, PyType.OBJECT);
    String[] names = new String[Shape.MAX_ATTRIBUTES + 1];
    for (int i = 0; i < names.length; i++) names[i] = "a" + i;
    PyInstance wide = with(c, names);
    assertNull(wide.shape());
    assertEquals(names.length, wide.dict().size());
    PyType d = new PyType("D", HEAP, PyType.OBJECT);
    PyInstance last = null;
    for (int i = 0; i < Shape.MAX_SHAPES; i++) last = with(d, "n" + i);
    assertNull(last.shape());
    assertSame(PyInt.of(0), Attributes.get(last, "n" + (Shape.MAX_SHAPES - 1)));
    assertNotNull(with(d, "n0").shape());  // shapes made before the limit still serve
  }

  @Test void slotsOnlyInstancesHaveNeither() {
    PyType c = new PyType("C", HEAP, PyType.OBJECT);
    c.instanceDict = false;
    PyInstance o = new PyInstance(c);
    assertNull(o.shape());
    assertNull(o.dict());
    assertEquals(false, o.hasDict());
  }
}
