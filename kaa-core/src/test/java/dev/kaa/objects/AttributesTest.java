package dev.kaa.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class AttributesTest {
  private static String error(Runnable r) { return assertThrows(PyException.class, r::run).getMessage(); }

  private static final int HEAP = PyType.HEAPTYPE | PyType.BASETYPE;

  @Test void instanceDictThenClassAttribute() {
    PyType c = new PyType("C", HEAP, PyType.OBJECT);
    PyInstance o = new PyInstance(c);
    c.dictPut("x", PyInt.of(1));
    assertSame(PyInt.of(1), Attributes.get(o, "x"));
    Attributes.set(o, "x", PyInt.of(2));
    assertSame(PyInt.of(2), Attributes.get(o, "x"));              // the instance shadows the class
    Attributes.set(o, "x", null);
    assertSame(PyInt.of(1), Attributes.get(o, "x"));
    assertEquals("AttributeError: 'C' object has no attribute 'x'", error(() -> Attributes.set(o, "x", null)));
    assertEquals("AttributeError: 'C' object has no attribute 'y'", error(() -> Attributes.get(o, "y")));
  }

  @Test void builtinMethodsBindAndBuiltinsHaveNoInstanceDict() {
    PyObject bound = Attributes.get(new PyStr("a"), "__add__");
    assertEquals("ab", bound.call1(new PyStr("b")).toString());
    assertEquals("AttributeError: 'int' object has no attribute 'x'",
        error(() -> Attributes.set(PyInt.of(1), "x", PyInt.of(2))));
    assertEquals("AttributeError: 'int' object attribute '__add__' is read-only",
        error(() -> Attributes.set(PyInt.of(1), "__add__", PyInt.of(2))));
  }

  @Test void getattrFallbackRunsOnlyAfterAnAttributeError() {
    PyType c = new PyType("C", HEAP, PyType.OBJECT);
    PyStr fallback = new PyStr("fallback");
    c.dictPut("__getattr__", new PyObject() {           // a callable standing in for a Python function
      @Override public PyType type() { return PyType.OBJECT; }

      @Override public PyObject call(PyObject[] args, int from, int npos, String[] kw) { return fallback; }
    });
    PyInstance o = new PyInstance(c);
    assertSame(fallback, Attributes.get(o, "missing"));
    Attributes.set(o, "present", PyNone.NONE);
    assertSame(PyNone.NONE, Attributes.get(o, "present"));
  }
}
