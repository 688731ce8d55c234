package dev.kaa.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The member kinds of built-in types beyond plain methods: __new__, class methods, getset attributes; and slicing. */
class MemberKindsTest {
  static class Cell extends PyObject {
    static final PyType TYPE = new PyType("cellish", PyType.IMMUTABLE | PyType.BASETYPE, Cell.class, PyType.OBJECT);
    PyObject value = PyNone.NONE;
    PyType madeAs = TYPE;

    @Override public PyType type() { return TYPE; }

    @PyMethod(value = "__new__", kind = PyMethod.Kind.NEW) static PyObject make(PyType cls, @PyMethod.Opt PyObject v) {
      Cell c = new Cell();
      c.madeAs = cls;
      if (v != null) c.value = v;
      return c;
    }

    @PyMethod(kind = PyMethod.Kind.CLASS) static PyObject which(PyType cls) { return cls; }

    @PyGetter("value") PyObject getValue() { return value; }

    @PySetter("value") void setValue(PyObject v) {
      if (v == null) throw Errors.typeError("can't delete value");
      value = v;
    }

    @PyGetter("fixed") PyObject fixed() { return PyInt.of(7); }
  }

  @Test void newChecksItsClassArgumentAsCPython() {
    PyObject nw = Cell.TYPE.lookup("__new__");
    Cell c = (Cell) nw.call2(Cell.TYPE, PyInt.of(3));
    assertSame(Cell.TYPE, c.madeAs);
    assertEquals("cellish.__new__(): not enough arguments",
        assertThrows(PyException.class, nw::call0).pyMessage());
    assertEquals("cellish.__new__(X): X is not a type object (int)",
        assertThrows(PyException.class, () -> nw.call1(PyInt.of(1))).pyMessage());
    assertEquals("cellish.__new__(int): int is not a subtype of cellish",
        assertThrows(PyException.class, () -> nw.call1(PyInt.TYPE)).pyMessage());
    assertEquals("cellish expected at most 1 argument, got 2",  // as float(1, 2)
        assertThrows(PyException.class, () -> nw.call(new PyObject[] {Cell.TYPE, PyNone.NONE, PyNone.NONE}, 0, 3,
            null)).pyMessage());
  }

  @Test void classMethodBindsToTheClass() {
    PyObject descr = Cell.TYPE.lookup("which");
    assertInstanceOf(PyClassMethodDescriptor.class, descr);
    PyObject bound = Attributes.get(new Cell(), "which");
    assertSame(Cell.TYPE, bound.call0());
  }

  @Test void getSetAttributes() {
    Cell c = new Cell();
    Attributes.set(c, "value", PyInt.of(5));
    assertEquals(5, ((PyInt) Attributes.get(c, "value")).longValue());
    assertEquals(7, ((PyInt) Attributes.get(c, "fixed")).longValue());
    assertEquals("attribute 'fixed' of 'cellish' objects is not writable",
        assertThrows(PyException.class, () -> Attributes.set(c, "fixed", PyNone.NONE)).pyMessage());
    assertEquals("can't delete value", assertThrows(PyException.class, () -> Attributes.set(c, "value", null))
        .pyMessage());
    PyGetSetDescriptor d = (PyGetSetDescriptor) Cell.TYPE.lookup("value");
    assertEquals("descriptor 'value' for 'cellish' objects doesn't apply to a 'int' object",
        assertThrows(PyException.class, () -> d.get(PyInt.of(1))).pyMessage());
  }

  private static PySlice.Indices slice(Object start, Object stop, Object step, long len) {
    return new PySlice(box(start), box(stop), box(step)).indices(len);
  }

  private static PyObject box(Object o) { return o == null ? PyNone.NONE : PyInt.of((Integer) o); }

  /** Expected values from python3.12: slice(a, b, c).indices(n) and len(range(n)[a:b:c]). */
  @Test void sliceIndicesAsCPython() {
    assertEquals(new PySlice.Indices(0, 10, 1, 10), slice(null, null, null, 10));
    assertEquals(new PySlice.Indices(9, -1, -1, 10), slice(null, null, -1, 10));
    assertEquals(new PySlice.Indices(7, 2, -2, 3), slice(-3, 2, -2, 10));
    assertEquals(new PySlice.Indices(10, 10, 1, 0), slice(50, 60, null, 10));
    assertEquals(new PySlice.Indices(0, 3, 3, 1), slice(-50, 3, 3, 10));
    assertEquals("slice step cannot be zero", assertThrows(PyException.class, () -> slice(1, 2, 0, 5)).pyMessage());
    assertEquals("slice indices must be integers or None or have an __index__ method",
        assertThrows(PyException.class, () -> new PySlice(new PyStr("a"), PyNone.NONE, PyNone.NONE).indices(3))
            .pyMessage());
  }
}
