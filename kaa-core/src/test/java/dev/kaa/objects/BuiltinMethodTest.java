package dev.kaa.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/**
 * Built-in methods declared with {@link PyMethod}: binding, argument matching, and CPython's argument errors (each
 * expected text is what python3.12 says for a C method declared the same way, noted beside it).
 */
class BuiltinMethodTest {
  /** A toy built-in type: a box holding one object. */
  static final class Box extends PyObject {
    static final PyType TYPE = new PyType("box", PyType.IMMUTABLE | PyType.BASETYPE, Box.class, PyType.OBJECT);
    PyObject content = PyNone.NONE;

    @Override public PyType type() { return TYPE; }

    @PyMethod void clear() { content = PyNone.NONE; }                     // like list.clear (METH_NOARGS)

    @PyMethod void put(PyObject x) { content = x; }                       // like list.append (METH_O)

    @PyMethod PyObject insert(PyObject index, PyObject x) { return x; }   // like list.insert (clinic, positional-only)

    @PyMethod PyObject pop(@PyMethod.Opt PyObject index) { return index == null ? content : index; }  // like list.pop

    /** Like str.split(sep=None, maxsplit=-1): clinic, keywords allowed. */
    @PyMethod(positionalOnly = 0) PyObject split(@PyMethod.Opt PyObject sep, @PyMethod.Opt PyObject maxsplit) {
      return sep == null ? PyNone.NONE : sep;
    }

    /** Like int.to_bytes(length=1, byteorder='big', *, signed=False). */
    @PyMethod(positionalOnly = 0) PyObject to_bytes(@PyMethod.Opt PyObject length, @PyMethod.Opt PyObject byteorder,
                                                    @PyMethod.KwOnly @PyMethod.Opt PyObject signed) {
      return signed == null ? PyNone.NONE : signed;
    }

    /** Like str.count(sub[, start[, end]]) (PyArg_ParseTuple). */
    @PyMethod(style = ArgSpec.Style.LEGACY) PyObject count(PyObject sub, @PyMethod.Opt PyObject start,
                                                          @PyMethod.Opt PyObject end) {
      return sub;
    }

    @PyMethod("__add__") PyObject add(PyObject other) { return other; }  // a slot wrapper

    @PyMethod PyObject typed(Box other) { return other; }

    @PyMethod PyObject star(PyObject first, @PyMethod.Star PyObject[] rest) { return rest.length == 0 ? first : rest[0]; }
  }

  private static final Box BOX = new Box();

  private static PyObject call(String name, PyObject... args) {
    return ((PyMethodDescriptor) Box.TYPE.lookup(name)).bind(BOX).call(args, 0, args.length, null);
  }

  private static PyObject callKw(String name, String[] kwnames, PyObject... args) {
    return ((PyMethodDescriptor) Box.TYPE.lookup(name)).bind(BOX).call(args, 0, args.length - kwnames.length, kwnames);
  }

  private static String error(Runnable r) {
    return assertThrows(PyException.class, r::run).getMessage();
  }

  private static final PyObject A = new Box(), B = new Box(), C = new Box();

  @Test void callsReachTheJavaMethods() {
    call("put", A);
    assertSame(A, BOX.content);
    assertSame(A, call("pop"));
    assertSame(B, call("pop", B));
    assertSame(PyNone.NONE, call("clear"));
    assertSame(B, callKw("split", new String[] {"sep"}, B));
    assertSame(C, callKw("to_bytes", new String[] {"signed"}, A, C));
    assertSame(C, call("star", A, C));
    assertSame(A, call("star", A));
    assertInstanceOf(PyMethodDescriptor.class, Box.TYPE.lookupSpecial(Special.ADD));
    assertEquals("wrapper_descriptor", Box.TYPE.lookup("__add__").type().name());
    assertEquals("method_descriptor", Box.TYPE.lookup("put").type().name());
  }

  @Test void argumentErrorsReadAsCPythons() {
    assertEquals("TypeError: box.clear() takes no arguments (1 given)", error(() -> call("clear", A)));
    assertEquals("TypeError: box.put() takes exactly one argument (0 given)", error(() -> call("put")));
    assertEquals("TypeError: box.put() takes exactly one argument (2 given)", error(() -> call("put", A, B)));
    assertEquals("TypeError: box.put() takes no keyword arguments", error(() -> callKw("put", new String[] {"x"}, A)));
    assertEquals("TypeError: insert expected 2 arguments, got 1", error(() -> call("insert", A)));
    assertEquals("TypeError: box.insert() takes no keyword arguments",
        error(() -> callKw("insert", new String[] {"x"}, A)));
    assertEquals("TypeError: pop expected at most 1 argument, got 2", error(() -> call("pop", A, B)));
    assertEquals("TypeError: split() takes at most 2 arguments (3 given)", error(() -> call("split", A, B, C)));
    assertEquals("TypeError: 'x' is an invalid keyword argument for split()",
        error(() -> callKw("split", new String[] {"x"}, A)));
    assertEquals("TypeError: argument for split() given by name ('sep') and position (1)",
        error(() -> callKw("split", new String[] {"sep"}, A, B)));
    assertEquals("TypeError: to_bytes() takes at most 2 positional arguments (3 given)",
        error(() -> call("to_bytes", A, B, C)));
    assertEquals("TypeError: to_bytes() takes at most 3 keyword arguments (4 given)",
        error(() -> callKw("to_bytes", new String[] {"length", "byteorder", "signed", "x"}, A, B, C, A)));
    assertEquals("TypeError: count() takes at least 1 argument (0 given)", error(() -> call("count")));
    assertEquals("TypeError: expected 1 argument, got 0", error(() -> call("__add__")));
    assertEquals("TypeError: typed() argument 1 must be box, not NoneType", error(() -> call("typed", PyNone.NONE)));
    PyMethodDescriptor put = (PyMethodDescriptor) Box.TYPE.lookup("put");
    assertEquals("TypeError: descriptor 'put' for 'box' objects doesn't apply to a 'NoneType' object",
        error(() -> put.call(new PyObject[] {PyNone.NONE, A}, 0, 2, null)));
    assertEquals("TypeError: unbound method box.put() needs an argument",
        error(() -> put.call(new PyObject[0], 0, 0, null)));
    assertEquals("TypeError: 'NoneType' object is not callable", error(() -> PyNone.NONE.call0()));
  }
}
