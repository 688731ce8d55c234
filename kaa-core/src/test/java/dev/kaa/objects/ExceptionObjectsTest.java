package dev.kaa.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** BaseException's behaviour as an object; every expected text is python3.12's. */
class ExceptionObjectsTest {
  static PyStr s(String v) { return new PyStr(v); }

  static PyBaseException make(PyType t, PyObject... args) { return PyBaseException.create(t, args); }

  static String str(PyObject o) { return Abstract.str(o).value; }

  static String repr(PyObject o) { return Abstract.repr(o).value; }

  static PyObject get(PyObject o, String name) { return Attributes.get(o, name); }

  static String error(Runnable r) {
    PyException e = assertThrows(PyException.class, r::run);
    return e.getMessage();
  }

  static PyObject callMethod(PyObject self, String name, PyObject... args) {
    return Abstract.call(get(self, name), args);
  }

  @Test void strAndRepr() {
    assertEquals("", str(make(ExceptionTypes.ValueError)));
    assertEquals("x", str(make(ExceptionTypes.ValueError, s("x"))));
    assertEquals("ValueError('a')", repr(make(ExceptionTypes.ValueError, s("a"))));
    assertEquals("'a'", str(make(ExceptionTypes.KeyError, s("a"))));
    assertEquals("", str(make(ExceptionTypes.KeyError)));
  }

  @Test void keywordsAreRejectedByInitNotNew() {
    PyObject nw = ExceptionTypes.BaseException.lookup("__new__");
    PyBaseException e = (PyBaseException) nw.call(new PyObject[] {ExceptionTypes.ValueError, PyInt.of(1),
        PyInt.of(2)}, 0, 2, new String[] {"x"});
    assertSame(ExceptionTypes.ValueError, e.type());
    assertEquals(1, e.args.size());
    assertEquals("TypeError: ValueError() takes no keyword arguments",
        error(() -> get(e, "__init__").call(new PyObject[] {PyInt.of(1)}, 0, 0, new String[] {"x"})));
  }

  @Test void argsAttribute() {
    PyBaseException e = make(ExceptionTypes.ValueError, s("x"));
    PyTuple t = PyTuple.of(PyInt.of(1), PyInt.of(2));
    Attributes.set(e, "args", t);
    assertSame(t, get(e, "args"));
    assertEquals("TypeError: 'int' object is not iterable", error(() -> Attributes.set(e, "args", PyInt.of(5))));
    assertEquals("TypeError: args may not be deleted", error(() -> Attributes.set(e, "args", null)));
  }

  @Test void chainingAttributesCheckTheirValues() {
    PyBaseException e = make(ExceptionTypes.ValueError);
    PyBaseException other = make(ExceptionTypes.KeyError);
    assertEquals("TypeError: exception cause must be None or derive from BaseException",
        error(() -> Attributes.set(e, "__cause__", PyInt.of(5))));
    assertEquals("TypeError: exception context must be None or derive from BaseException",
        error(() -> Attributes.set(e, "__context__", PyInt.of(5))));
    assertEquals("TypeError: __traceback__ must be a traceback or None",
        error(() -> Attributes.set(e, "__traceback__", PyInt.of(5))));
    assertEquals("TypeError: __cause__ may not be deleted", error(() -> Attributes.set(e, "__cause__", null)));
    assertEquals("TypeError: __context__ may not be deleted", error(() -> Attributes.set(e, "__context__", null)));
    assertEquals("TypeError: __traceback__ may not be deleted",
        error(() -> Attributes.set(e, "__traceback__", null)));
    assertEquals("TypeError: can't delete numeric/char attribute",
        error(() -> Attributes.set(e, "__suppress_context__", null)));
    assertEquals("TypeError: attribute value type must be bool",
        error(() -> Attributes.set(e, "__suppress_context__", PyInt.of(1))));
    assertSame(PyBool.FALSE, get(e, "__suppress_context__"));
    Attributes.set(e, "__cause__", other);
    assertSame(other, get(e, "__cause__"));
    assertSame(PyBool.TRUE, get(e, "__suppress_context__"));
    assertSame(PyNone.NONE, get(e, "__context__"));
    assertEquals("TypeError: __traceback__ must be a traceback or None",
        error(() -> callMethod(e, "with_traceback", PyInt.of(5))));
    assertSame(e, callMethod(e, "with_traceback", PyNone.NONE));
  }

  @Test void notes() {
    PyBaseException e = make(ExceptionTypes.ValueError);
    assertEquals("TypeError: note must be a str, not 'int'", error(() -> callMethod(e, "add_note", PyInt.of(5))));
    callMethod(e, "add_note", s("n"));
    callMethod(e, "add_note", s("m"));
    PyList notes = (PyList) get(e, "__notes__");
    assertEquals(2, notes.size());
    assertEquals("m", str(notes.get(1)));
    Attributes.set(e, "__notes__", PyInt.of(5));
    assertEquals("TypeError: Cannot add note: __notes__ is not a list",
        error(() -> callMethod(e, "add_note", s("m"))));
  }

  @Test void reduceAndSetState() {
    PyBaseException e = make(ExceptionTypes.ValueError, PyInt.of(1));
    PyTuple r = (PyTuple) callMethod(e, "__reduce__");
    assertEquals(2, r.size());
    assertSame(ExceptionTypes.ValueError, r.get(0));
    assertSame(e.args, r.get(1));
    assertEquals("TypeError: state is not a dictionary", error(() -> callMethod(e, "__setstate__", PyInt.of(5))));
    PyDict state = new PyDict();
    state.put(s("a"), PyInt.of(7));
    callMethod(e, "__setstate__", state);
    assertEquals(7, ((PyInt) get(e, "a")).longValue());
    assertEquals(3, ((PyTuple) callMethod(e, "__reduce__")).size());
    assertEquals("TypeError: __dict__ must be set to a dictionary, not a 'int'",
        error(() -> Attributes.set(e, "__dict__", PyInt.of(5))));
    assertEquals("TypeError: cannot delete __dict__", error(() -> Attributes.set(e, "__dict__", null)));
  }

  @Test void stopIterationAndSystemExitFields() {
    assertSame(PyNone.NONE, get(make(ExceptionTypes.StopIteration), "value"));
    assertEquals(1, ((PyInt) get(make(ExceptionTypes.StopIteration, PyInt.of(1), PyInt.of(2)), "value")).longValue());
    assertSame(PyNone.NONE, get(make(ExceptionTypes.SystemExit), "code"));
    assertEquals(3, ((PyInt) get(make(ExceptionTypes.SystemExit, PyInt.of(3)), "code")).longValue());
    PyBaseException two = make(ExceptionTypes.SystemExit, PyInt.of(1), PyInt.of(2));
    assertSame(two.args, get(two, "code"));
  }

  @Test void pythonSubclassGetsItsBaseFields() {
    PyType mine = new PyType("MyStop", PyType.HEAPTYPE | PyType.BASETYPE, ExceptionTypes.StopIteration);
    PyBaseException e = make(mine, PyInt.of(4));
    assertSame(mine, e.type());
    assertEquals(4, ((PyInt) get(e, "value")).longValue());
  }

  @Test void lazyRaiseSitesKeepTheirArguments() {
    PyObject key = PyInt.of(42);
    PyException k = Errors.keyError(key);
    assertTrue(k.matches(ExceptionTypes.LookupError));
    assertSame(key, k.value().args.get(0));
    assertEquals("KeyError: 42", k.getMessage());
    PyException stop = Errors.stopIteration(s("done"));
    assertEquals("done", str(get(stop.value(), "value")));
    PyException plain = Errors.valueError("bad %s", "thing");
    assertEquals("bad thing", plain.pyMessage());
    assertEquals("bad thing", str(plain.value()));
    assertSame(ExceptionTypes.ValueError, plain.value().type());
  }

  private static PyType pythonClass(String name, PyType base, Object... ns) {
    PyDict d = new PyDict();
    d.put(s("__module__"), s("__main__"));
    for (int i = 0; i < ns.length; i += 2) d.put(s((String) ns[i]), (PyObject) ns[i + 1]);
    return (PyType) PyType.TYPE.call(new PyObject[] {s(name), PyTuple.of(base), d}, 0, 3, null);
  }

  @Test void pythonClassesDerivingFromExceptions() {
    PyType e = pythonClass("E", ExceptionTypes.ValueError);
    PyObject x = e.call1(s("bad"));
    assertSame(e, x.type());
    assertEquals("bad", str(x));
    assertEquals("E('bad')", repr(x));
    Attributes.set(x, "extra", PyInt.of(1));
    assertEquals(1, ((PyInt) get(x, "extra")).longValue());
    PyDict fresh = new PyDict();
    Attributes.set(x, "__dict__", fresh);
    assertSame(fresh, get(x, "__dict__"));
    PyType slotted = pythonClass("S", ExceptionTypes.KeyError, "__slots__", PyTuple.of(s("a")));
    PyObject y = slotted.call0();
    Attributes.set(y, "a", PyInt.of(3));
    assertEquals(3, ((PyInt) get(y, "a")).longValue());
    PyType os = pythonClass("MyOS", ExceptionTypes.OSError);
    PyObject z = os.call2(PyInt.of(2), s("gone"));
    assertSame(os, z.type());
    assertEquals("[Errno 2] gone", str(z));
  }
}
