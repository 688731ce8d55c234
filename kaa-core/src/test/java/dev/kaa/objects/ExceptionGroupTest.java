package dev.kaa.objects;

import static dev.kaa.objects.ExceptionObjectsTest.error;
import static dev.kaa.objects.ExceptionObjectsTest.get;
import static dev.kaa.objects.ExceptionObjectsTest.make;
import static dev.kaa.objects.ExceptionObjectsTest.repr;
import static dev.kaa.objects.ExceptionObjectsTest.s;
import static dev.kaa.objects.ExceptionObjectsTest.str;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

/** BaseExceptionGroup/ExceptionGroup construction, split and subgroup; every expected text is python3.12's. */
class ExceptionGroupTest {
  static PyList list(PyObject... items) { return new PyList(items); }

  static PyBaseException group(String msg, PyObject... excs) {
    return make(ExceptionTypes.ExceptionGroup, s(msg), list(excs));
  }

  static PyBaseException v(int n) { return make(ExceptionTypes.ValueError, PyInt.of(n)); }

  @Test void constructionRules() {
    assertEquals("ValueError: second argument (exceptions) must be a non-empty sequence",
        error(() -> group("m")));
    assertEquals("TypeError: BaseExceptionGroup.__new__() argument 1 must be str, not int",
        error(() -> make(ExceptionTypes.ExceptionGroup, PyInt.of(1), list(v(1)))));
    assertEquals("TypeError: second argument (exceptions) must be a sequence",
        error(() -> make(ExceptionTypes.ExceptionGroup, s("m"), v(1))));
    assertEquals("ValueError: Item 0 of second argument (exceptions) is not an exception",
        error(() -> group("m", PyInt.of(1))));
    assertEquals("TypeError: Cannot nest BaseExceptions in an ExceptionGroup",
        error(() -> group("m", make(ExceptionTypes.KeyboardInterrupt))));
    assertEquals("TypeError: BaseExceptionGroup.__new__() takes exactly 2 arguments (1 given)",
        error(() -> make(ExceptionTypes.ExceptionGroup, s("m"))));
    assertSame(ExceptionTypes.ExceptionGroup, make(ExceptionTypes.BaseExceptionGroup, s("m"), list(v(1))).type());
    assertSame(ExceptionTypes.BaseExceptionGroup,
        make(ExceptionTypes.BaseExceptionGroup, s("m"), list(make(ExceptionTypes.KeyboardInterrupt))).type());
    PyType mine = new PyType("MyEG", PyType.HEAPTYPE | PyType.BASETYPE, ExceptionTypes.ExceptionGroup);
    assertEquals("TypeError: Cannot nest BaseExceptions in 'MyEG'",
        error(() -> make(mine, s("m"), list(make(ExceptionTypes.KeyboardInterrupt)))));
  }

  @Test void attributesAndStr() {
    PyBaseException g = group("m", v(1), v(2));
    assertEquals("m (2 sub-exceptions)", str(g));
    assertEquals("m (1 sub-exception)", str(group("m", v(1))));
    assertEquals("m", str(get(g, "message")));
    assertEquals(2, ((PyTuple) get(g, "exceptions")).size());
    assertEquals("ExceptionGroup('m', [ValueError(1)])", repr(group("m", v(1))));
  }

  @Test void splitKeepsStructureAndMetadata() {
    PyBaseException sub = group("sub", v(3), make(ExceptionTypes.OSError, PyInt.of(4)));
    PyBaseException eg = group("eg", v(1), make(ExceptionTypes.TypeError, PyInt.of(2)), sub);
    Abstract.call(get(eg, "add_note"), s("note1"));
    PyBaseException cause = make(ExceptionTypes.KeyError, s("c"));
    Attributes.set(eg, "__cause__", cause);
    PyTuple parts = (PyTuple) Abstract.call(get(eg, "split"), ExceptionTypes.ValueError);
    assertEquals("ExceptionGroup('eg', [ValueError(1), ExceptionGroup('sub', [ValueError(3)])])", repr(parts.get(0)));
    assertEquals("ExceptionGroup('eg', [TypeError(2), ExceptionGroup('sub', [OSError(4)])])", repr(parts.get(1)));
    PyBaseException match = (PyBaseException) parts.get(0);
    assertSame(cause, match.cause);
    assertNotSame(get(eg, "__notes__"), get(match, "__notes__"));
    assertEquals("['note1']", repr(get(match, "__notes__")));
    assertEquals("(ExceptionGroup('eg', [ValueError(1), ExceptionGroup('sub', [ValueError(3), OSError(4)])]), "
        + "ExceptionGroup('eg', [TypeError(2)]))",
        repr(Abstract.call(get(eg, "split"), PyTuple.of(ExceptionTypes.ValueError, ExceptionTypes.OSError))));
    PyTuple whole = (PyTuple) Abstract.call(get(eg, "split"), ExceptionTypes.Exception);
    assertSame(eg, whole.get(0));
    assertSame(PyNone.NONE, whole.get(1));
    assertSame(PyNone.NONE, Abstract.call(get(eg, "subgroup"), ExceptionTypes.KeyError));
    assertEquals("TypeError: expected a function, exception type or tuple of exception types",
        error(() -> Abstract.call(get(eg, "split"), PyInt.of(5))));
  }

  @Test void splitByPredicate() {
    PyBaseException two = make(ExceptionTypes.TypeError, PyInt.of(2));
    PyBaseException eg = group("eg", v(1), two);
    PyObject isTwo = new PyObject() {
      @Override public PyType type() { return PyType.OBJECT; }

      @Override public PyObject call(PyObject[] args, int from, int npos, String[] kwnames) {
        return PyBool.of(args[from] == two);
      }
    };
    assertEquals("ExceptionGroup('eg', [TypeError(2)])", repr(Abstract.call(get(eg, "subgroup"), isTwo)));
  }
}
