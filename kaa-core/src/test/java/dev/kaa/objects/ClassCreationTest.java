package dev.kaa.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** {@code type(name, bases, ns)} and calling the classes it makes, from Java: what a class statement reaches. */
class ClassCreationTest {
  private static PyType make(String name, PyObject bases, Object... ns) {
    PyDict d = new PyDict();
    d.put(new PyStr("__module__"), new PyStr("m"));
    for (int i = 0; i < ns.length; i += 2) d.put(new PyStr((String) ns[i]), (PyObject) ns[i + 1]);
    return (PyType) PyType.TYPE.call(new PyObject[] {new PyStr(name), bases, d}, 0, 3, null);
  }

  private static PyType make(String name, Object... ns) { return make(name, PyTuple.EMPTY, ns); }

  private static String error(Runnable r) {
    PyException e = assertThrows(PyException.class, r::run);
    return e.pyType().name() + ": " + e.pyMessage();
  }

  @Test void aClassHasItsNamespaceAndItsInstancesADict() {
    PyType c = make("C", "x", PyInt.of(1), "__qualname__", new PyStr("Outer.C"));
    assertEquals("<class 'm.Outer.C'>", Abstract.repr(c).value);
    assertEquals("[__module__, x, __dict__, __weakref__, __doc__]", c.dictNames().toString());
    assertSame(PyType.TYPE, PyType.TYPE.call1(c));
    PyObject o = c.call0();
    assertSame(c, o.type());
    Attributes.set(o, "y", PyInt.of(2));
    assertEquals("2", Attributes.get(o, "y").toString());
    assertEquals("1", Attributes.get(o, "x").toString());
    assertEquals("C", Attributes.get(c, "__name__").toString());
    assertEquals("Outer.C", Attributes.get(c, "__qualname__").toString());
    assertEquals("m", Attributes.get(c, "__module__").toString());
    assertSame(PyNone.NONE, Attributes.get(c, "__doc__"));
    assertSame(PyType.OBJECT, Attributes.get(c, "__base__"));
    assertEquals("AttributeError: type object 'C' has no attribute 'z'", error(() -> Attributes.get(c, "z")));
  }

  @Test void callingChecksArgumentsAsObjectDoes() {
    PyType c = make("C");
    assertEquals("TypeError: C() takes no arguments", error(() -> c.call1(PyInt.of(1))));
    assertEquals("TypeError: type() takes 1 or 3 arguments", error(() -> PyType.TYPE.call2(c, c)));
    assertEquals("TypeError: object.__new__(property) is not safe, use property.__new__()",
        error(() -> PyType.OBJECT.lookup("__new__").call1(PyProperty.TYPE)));
    assertEquals("TypeError: cannot create 'builtin_function_or_method' instances",
        error(() -> PyBuiltinMethod.TYPE.call0()));
  }

  @Test void typeNewChecksItsArguments() {
    assertEquals("TypeError: type.__new__() argument 1 must be str, not int",
        error(() -> PyType.TYPE.call(new PyObject[] {PyInt.of(1), PyTuple.EMPTY, new PyDict()}, 0, 3, null)));
    assertEquals("TypeError: type.__new__() argument 2 must be tuple, not list",
        error(() -> PyType.TYPE.call(new PyObject[] {new PyStr("X"), new PyList(), new PyDict()}, 0, 3, null)));
    assertEquals("TypeError: metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass"
        + " of the metaclasses of all its bases", error(() -> make("X", PyTuple.of(PyInt.of(1)))));
    PyType c = make("C");
    assertEquals("TypeError: duplicate base class C", error(() -> make("X", PyTuple.of(c, c))));
    assertEquals("TypeError: type 'bool' is not an acceptable base type",
        error(() -> make("X", PyTuple.of(PyBool.TYPE))));
    assertEquals("TypeError: multiple bases have instance lay-out conflict",
        error(() -> make("X", PyTuple.of(PyInt.TYPE, PyStr.TYPE))));
    assertEquals("TypeError: type __qualname__ must be a str, not int", error(() -> make("X", "__qualname__",
        PyInt.of(1))));
  }

  @Test void mroIsC3AndInconsistentOnesAreRefused() {
    PyType a = make("A"), b = make("B", PyTuple.of(a)), c = make("C", PyTuple.of(a));
    PyType d = make("D", PyTuple.of(b, c));
    assertEquals(java.util.List.of(d, b, c, a, PyType.OBJECT), d.mro());
    assertEquals("TypeError: Cannot create a consistent method resolution\norder (MRO) for bases A, B",
        error(() -> make("X", PyTuple.of(a, b))));
  }

  @Test void slotsMakeMemberDescriptorsAndNoDict() {
    PyType p = make("P", "__slots__", PyTuple.of(new PyStr("b"), new PyStr("a"), new PyStr("__x")));
    assertEquals("[__module__, __slots__, _P__x, a, b, __doc__]", p.dictNames().toString());
    PyObject o = p.call0();
    assertEquals("AttributeError: 'P' object has no attribute 'a'", error(() -> Attributes.get(o, "a")));
    Attributes.set(o, "a", PyInt.of(5));
    assertEquals("5", Attributes.get(o, "a").toString());
    assertEquals("AttributeError: 'P' object has no attribute 'z'", error(() -> Attributes.set(o, "z", PyInt.of(1))));
    assertNull(((HasDict) o).dict());
    assertEquals("<member 'a' of 'P' objects>", Abstract.repr(p.dictGet("a")).value);
    PyType q = make("Q", "__slots__", PyTuple.of(new PyStr("c")));
    assertEquals("TypeError: multiple bases have instance lay-out conflict", error(() -> make("X", PyTuple.of(p, q))));
    assertEquals("TypeError: nonempty __slots__ not supported for subtype of 'int'",
        error(() -> make("X", PyTuple.of(PyInt.TYPE), "__slots__", new PyStr("a"))));
    assertEquals("ValueError: 'a' in __slots__ conflicts with class variable",
        error(() -> make("X", "__slots__", new PyStr("a"), "a", PyInt.of(1))));
    assertEquals("TypeError: __slots__ must be identifiers", error(() -> make("X", "__slots__", new PyStr("1a"))));
    assertEquals("TypeError: __dict__ slot disallowed: we already got one",
        error(() -> make("X", PyTuple.of(make("D")), "__slots__", new PyStr("__dict__"))));
  }

  @Test void classAttributesOfBuiltinsAreImmutable() {
    assertEquals("TypeError: cannot set 'x' attribute of immutable type 'int'",
        error(() -> Attributes.set(PyInt.TYPE, "x", PyInt.of(1))));
    PyType c = make("C");
    Attributes.set(c, "x", PyInt.of(1));
    assertEquals("1", Attributes.get(c.call0(), "x").toString());
    Attributes.set(c, "x", null);
    assertEquals("AttributeError: type object 'C' has no attribute 'x'", error(() -> Attributes.set(c, "x", null)));
    Attributes.set(c, "__name__", new PyStr("D"));
    assertEquals("D", c.name());
    assertEquals("<class 'm.C'>", Abstract.repr(c).value);  // the qualname
    assertEquals("TypeError: can only assign string to D.__name__, not 'int'",
        error(() -> Attributes.set(c, "__name__", PyInt.of(1))));
  }

  @Test void classAssignmentNeedsTheSameLayout() {
    PyType a = make("A"), b = make("B"), s = make("S", "__slots__", new PyStr("x"));
    PyObject o = a.call0();
    Attributes.set(o, "__class__", b);
    assertSame(b, o.type());
    assertEquals("TypeError: __class__ assignment: 'S' object layout differs from 'B'",
        error(() -> Attributes.set(o, "__class__", s)));
    assertEquals("TypeError: __class__ assignment only supported for mutable types or ModuleType subclasses",
        error(() -> Attributes.set(PyInt.of(1), "__class__", a)));
  }

  @Test void isinstanceAndIssubclass() {
    PyType a = make("A"), b = make("B", PyTuple.of(a));
    PyObject o = b.call0();
    assertTrue(Abstract.isInstance(o, a));
    assertTrue(Abstract.isInstance(o, PyTuple.of(PyInt.TYPE, PyTuple.of(a))));
    assertFalse(Abstract.isInstance(PyInt.of(1), a));
    assertTrue(Abstract.isSubclass(b, PyType.OBJECT));
    assertTrue(Abstract.isInstance(PyBool.TRUE, PyInt.TYPE));
    assertTrue(Abstract.isInstance(a, PyType.TYPE));
    assertEquals("TypeError: isinstance() arg 2 must be a type, a tuple of types, or a union",
        error(() -> Abstract.isInstance(o, PyInt.of(1))));
    assertEquals("TypeError: issubclass() arg 1 must be a class", error(() -> Abstract.isSubclass(PyInt.of(1), a)));
    assertEquals("TypeError: issubclass() arg 2 must be a class, a tuple of classes, or a union",
        error(() -> Abstract.isSubclass(a, PyInt.of(1))));
  }

  @Test void metaclassInstancesAreClasses() {
    PyType meta = make("Meta", PyTuple.of(PyType.TYPE));
    PyType c = (PyType) meta.call(new PyObject[] {new PyStr("C"), PyTuple.EMPTY, new PyDict()}, 0, 3, null);
    assertSame(meta, c.type());
    assertTrue(Abstract.isInstance(c, PyType.TYPE));
    PyType d = make("D", PyTuple.of(c));
    assertSame(meta, d.type());
  }

  @Test void superFindsTheNextClassInTheMro() {
    PyType a = make("A", "x", new PyStr("a")), b = make("B", PyTuple.of(a), "x", new PyStr("b"));
    PyObject o = b.call0();
    assertEquals("a", PySuper.lookup(b, o, "x").toString());
    PyObject s = PySuper.TYPE.call2(b, o);
    assertEquals("<super: <class 'B'>, <B object>>", Abstract.repr(s).value);
    assertEquals("a", Attributes.get(s, "x").toString());
    assertEquals("AttributeError: 'super' object has no attribute 'y'", error(() -> Attributes.get(s, "y")));
    assertEquals("TypeError: super(type, obj): obj must be an instance or subtype of type",
        error(() -> PySuper.TYPE.call2(b, PyInt.of(1))));
    assertInstanceOf(PySuper.class, PySuper.TYPE.call1(b));
  }

  @Test void mappingProxyIsTheClassDict() {
    PyType c = make("C");
    PyObject d = Attributes.get(c, "__dict__");
    assertSame(PyMappingProxy.TYPE, d.type());
  }

  @Test void unionsAndGenericAliases() {
    PyObject u = Abstract.binaryOp(PyInt.TYPE, PyNone.NONE, dev.kaa.bytecode.BinaryOps.OR);
    assertEquals("int | None", Abstract.repr(u).value);
    assertSame(PyInt.TYPE, Abstract.binaryOp(PyInt.TYPE, PyInt.TYPE, dev.kaa.bytecode.BinaryOps.OR));
    assertTrue(Abstract.isInstance(PyNone.NONE, u));
    assertFalse(Abstract.isInstance(new PyStr("x"), u));
    assertEquals("TypeError: unsupported operand type(s) for |: 'type' and 'int'",
        error(() -> Abstract.binaryOp(PyInt.TYPE, PyInt.of(1), dev.kaa.bytecode.BinaryOps.OR)));
    PyObject ga = Abstract.getItem(PyType.TYPE, PyInt.TYPE);
    assertEquals("type[int]", Abstract.repr(ga).value);
    assertEquals("<class 'types.GenericAlias'>", Abstract.repr(ga.type()).value);
    assertEquals("type[int] | int", Abstract.repr(Abstract.binaryOp(ga, PyInt.TYPE,
        dev.kaa.bytecode.BinaryOps.OR)).value);
    assertEquals("TypeError: isinstance() argument 2 cannot be a parameterized generic",
        error(() -> Abstract.isInstance(PyInt.of(1), ga)));
  }
}
