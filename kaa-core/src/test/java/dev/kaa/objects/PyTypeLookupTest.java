package dev.kaa.objects;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class PyTypeLookupTest {
  /** A stand-in attribute value: any PyObject will do for lookup. */
  private static PyObject value() { return new PyType("v", PyType.OBJECT); }

  @Test void lookupFollowsTheMroAndSeesLaterChanges() {
    PyType a = new PyType("A", PyType.HEAPTYPE | PyType.BASETYPE, PyType.OBJECT);
    PyType b = new PyType("B", PyType.HEAPTYPE | PyType.BASETYPE, a);
    PyObject f = value(), g = value();
    assertNull(b.lookup("f"));
    assertNull(b.lookupSpecial(Special.ADD));
    a.dictPut("f", f);
    a.dictPut("__add__", f);
    assertSame(f, b.lookup("f"));               // a negative cache entry was invalidated through the base
    assertSame(f, b.lookupSpecial(Special.ADD));
    b.dictPut("__add__", g);
    assertSame(g, b.lookupSpecial(Special.ADD)); // the subclass's own definition wins
    assertSame(f, a.lookupSpecial(Special.ADD));
    b.dictRemove("__add__");
    assertSame(f, b.lookupSpecial(Special.ADD));
  }

  @Test void diamondLookupUsesC3Order() {
    int heap = PyType.HEAPTYPE | PyType.BASETYPE;
    PyType base = new PyType("Base", heap, PyType.OBJECT);
    PyType left = new PyType("Left", heap, base);
    PyType right = new PyType("Right", heap, base);
    PyType d = new PyType("D", heap, left, right);
    PyObject inBase = value(), inRight = value();
    base.dictPut("m", inBase);
    right.dictPut("m", inRight);
    assertSame(inRight, d.lookup("m"));         // D, Left, Right, Base, object
  }
}
