package dev.kaa.objects;

import static dev.kaa.objects.ExceptionObjectsTest.error;
import static dev.kaa.objects.ExceptionObjectsTest.get;
import static dev.kaa.objects.ExceptionObjectsTest.make;
import static dev.kaa.objects.ExceptionObjectsTest.s;
import static dev.kaa.objects.ExceptionObjectsTest.str;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

/** The built-in exceptions with attributes of their own; every expected text is python3.12's. */
class ExceptionFamiliesTest {
  static PyInt i(long v) { return PyInt.of(v); }

  static PyObject kwCall(PyType t, PyObject[] args, String... kwnames) {
    PyObject[] all = new PyObject[args.length + 1];
    all[0] = t;
    System.arraycopy(args, 0, all, 1, args.length);
    PyBaseException e = (PyBaseException) t.lookup("__new__").call(all, 0, all.length - kwnames.length, kwnames);
    PyObject[] initArgs = java.util.Arrays.copyOfRange(all, 1, all.length);
    Attributes.get(e, "__init__").call(initArgs, 0, initArgs.length - kwnames.length, kwnames);
    return e;
  }

  @Test void osErrorBecomesTheErrnosSubclass() {
    PyBaseException e = make(ExceptionTypes.OSError, i(2), s("No such file"));
    assertSame(ExceptionTypes.FileNotFoundError, e.type());
    assertEquals("[Errno 2] No such file", str(e));
    assertSame(ExceptionTypes.BlockingIOError, make(ExceptionTypes.OSError, i(115), s("x")).type());
    assertSame(ExceptionTypes.OSError, make(ExceptionTypes.OSError, i(5), s("x")).type());
    assertSame(ExceptionTypes.FileNotFoundError, make(ExceptionTypes.FileNotFoundError, i(13), s("x")).type());
    assertEquals("[Errno 2] No such file: 'f.txt'", str(make(ExceptionTypes.OSError, i(2), s("No such file"),
        s("f.txt"))));
    assertEquals("[Errno 2] x: 'f' -> 'g'", str(make(ExceptionTypes.OSError, i(2), s("x"), s("f"), i(5), s("g"))));
    assertEquals("2", str(make(ExceptionTypes.OSError, i(2))));
    assertEquals("", str(make(ExceptionTypes.OSError)));
  }

  @Test void osErrorAttributesAndArgs() {
    PyBaseException e = make(ExceptionTypes.OSError, i(2), s("x"), s("f"), i(3), s("g"));
    assertEquals(2, e.args.size());
    assertEquals("g", str(get(e, "filename2")));
    PyBaseException six = make(ExceptionTypes.OSError, i(2), s("x"), s("f"), i(3), s("g"), i(6));
    assertEquals(6, six.args.size());
    assertSame(PyNone.NONE, get(six, "errno"));
    assertEquals("TypeError: OSError() takes no keyword arguments",
        error(() -> kwCall(ExceptionTypes.OSError, new PyObject[] {i(1)}, "x")));
    Attributes.set(e, "errno", s("q"));
    assertEquals("[Errno q] x: 'f' -> 'g'", str(e));
    PyTuple reduced = (PyTuple) Abstract.call(get(e, "__reduce__"));
    assertEquals(5, ((PyTuple) reduced.get(1)).size());
  }

  @Test void blockingIOErrorCountsCharactersWritten() {
    PyBaseException b = make(ExceptionTypes.BlockingIOError, i(11), s("x"), i(5));
    assertEquals(5, ((PyInt) get(b, "characters_written")).longValue());
    assertEquals(3, b.args.size());
    assertSame(PyNone.NONE, get(b, "filename"));
    assertEquals("AttributeError: characters_written",
        error(() -> get(make(ExceptionTypes.OSError, i(11), s("x")), "characters_written")));
  }

  @Test void syntaxErrorFieldsAndStr() {
    PyBaseException e = make(ExceptionTypes.SyntaxError, s("m"), PyTuple.of(s("dir/f.py"), i(1), i(2), s("txt")));
    assertEquals("m (f.py, line 1)", str(e));
    assertEquals("txt", str(get(e, "text")));
    assertSame(PyNone.NONE, get(e, "end_lineno"));
    assertEquals("m (line 1)", str(make(ExceptionTypes.SyntaxError, s("m"), PyTuple.of(PyNone.NONE, i(1), i(2),
        s("t")))));
    assertEquals("m (f)", str(make(ExceptionTypes.SyntaxError, s("m"), PyTuple.of(s("f"), PyBool.TRUE, i(2),
        s("t")))));
    assertEquals("5", str(make(ExceptionTypes.SyntaxError, i(5))));
    assertEquals("TypeError: function takes at least 4 arguments (2 given)",
        error(() -> make(ExceptionTypes.SyntaxError, s("m"), PyTuple.of(i(1), i(2)))));
    assertEquals("TypeError: 'int' object is not iterable", error(() -> make(ExceptionTypes.SyntaxError, s("m"),
        i(5))));
  }

  @Test void importErrorKeywords() {
    PyObject e = kwCall(ExceptionTypes.ImportError, new PyObject[] {s("m"), s("n"), s("p")}, "name", "path");
    assertEquals("m", str(e));
    assertEquals("n", str(get(e, "name")));
    assertEquals("p", str(get(e, "path")));
    assertSame(PyNone.NONE, get(e, "name_from"));
    assertEquals("TypeError: 'foo' is an invalid keyword argument for ImportError()",
        error(() -> kwCall(ExceptionTypes.ModuleNotFoundError, new PyObject[] {s("m"), i(1)}, "foo")));
    PyTuple reduced = (PyTuple) Abstract.call(get(e, "__reduce__"));
    assertEquals(2, ((PyDict) reduced.get(2)).size());
  }

  @Test void attributeAndNameErrorKeywords() {
    PyObject a = kwCall(ExceptionTypes.AttributeError, new PyObject[] {s("x"), s("n"), i(5)}, "name", "obj");
    assertEquals("n", str(get(a, "name")));
    assertEquals(5, ((PyInt) get(a, "obj")).longValue());
    assertEquals(2, ((PyDict) Abstract.call(get(a, "__getstate__"))).size());
    assertEquals("TypeError: 'foo' is an invalid keyword argument for NameError()",
        error(() -> kwCall(ExceptionTypes.UnboundLocalError, new PyObject[] {s("x"), i(1)}, "foo")));
    PyObject n = kwCall(ExceptionTypes.NameError, new PyObject[] {s("x"), s("v")}, "name");
    assertEquals("v", str(get(n, "name")));
    assertEquals("x", str(n));
  }

  @Test void raiseSitesRecordNames() {
    PyException m = Errors.moduleNotFoundError("nope");
    assertEquals("ModuleNotFoundError: No module named 'nope'", m.getMessage());
    assertEquals("nope", str(get(m.value(), "name")));
    PyException n = Errors.nameError("x");
    assertEquals("name 'x' is not defined", n.pyMessage());
    assertEquals("x", str(get(n.value(), "name")));
    PyObject obj = i(3);
    PyException a = Errors.attributeError(obj, "real2", "'%s' object has no attribute '%s'", "int", "real2");
    assertSame(obj, get(a.value(), "obj"));
    assertEquals("AttributeError: 'int' object has no attribute 'real2'", a.getMessage());
  }

  @Test void errnoRaiseSite() {
    PyException e = Errors.osError(2, "No such file or directory", s("nope.txt"));
    assertEquals("FileNotFoundError: [Errno 2] No such file or directory: 'nope.txt'", e.getMessage());
  }
}
