package dev.kaa.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kaa.bytecode.Position;
import dev.kaa.objects.Errors;
import dev.kaa.objects.ExceptionTypes;
import dev.kaa.objects.PyBaseException;
import dev.kaa.objects.PyInt;
import dev.kaa.objects.PyList;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyStr;
import dev.kaa.objects.PyType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The printer against CPython 3.12's own output for the same programs: the expected texts are what python3.12 printed
 * for each source below, and the traceback entries are the (line, position) pairs its traceback objects held.
 */
class TracebackPrinterTest {
  @TempDir Path dir;

  /** A stand-in traceback object: the entries the interpreter's traceback would give. */
  static final class FakeTraceback extends PyObject {
    final List<TracebackPrinter.Entry> entries;

    FakeTraceback(List<TracebackPrinter.Entry> entries) { this.entries = entries; }

    @Override public PyType type() { return PyType.OBJECT; }
  }

  private final TracebackPrinter printer = new TracebackPrinter(tb -> ((FakeTraceback) tb).entries);

  private String file(String name, String source) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, source);
    return p.toString();
  }

  private static TracebackPrinter.Entry at(String file, String name, int line, int endLine, int col, int endCol) {
    return new TracebackPrinter.Entry(file, name, line, new Position(line, endLine, col, endCol));
  }

  private static PyBaseException raised(PyBaseException e, TracebackPrinter.Entry... entries) {
    e.traceback = new FakeTraceback(List.of(entries));
    return e;
  }

  private static PyBaseException make(PyType t, PyObject... args) { return PyBaseException.create(t, args); }

  @Test void chainsAndMarkers() throws IOException {
    String f = file("c1.py", """
        class E(Exception):
            def __str__(self): raise ValueError
        try:
            {}['x']
        except KeyError:
            try:
                1/0
            except ZeroDivisionError as z:
                raise E() from z
        """);
    PyBaseException k = raised(make(ExceptionTypes.KeyError, new PyStr("x")), at(f, "<module>", 4, 4, 4, 11));
    PyBaseException z = raised(make(ExceptionTypes.ZeroDivisionError, new PyStr("division by zero")),
        at(f, "<module>", 7, 7, 8, 11));
    z.context = k;
    PyType e = new PyType("E", PyType.HEAPTYPE | PyType.BASETYPE, ExceptionTypes.Exception);
    e.dictPut("__module__", new PyStr("__main__"));  // as a class statement sets it
    e.dictPut("__str__", new PyObject() {
      @Override public PyType type() { return PyType.OBJECT; }

      @Override public PyObject call(PyObject[] args, int from, int npos, String[] kwnames) {
        throw Errors.valueError("");
      }
    });
    PyBaseException top = raised(make(e), at(f, "<module>", 9, 9, 8, 24));
    top.cause = z;
    top.context = z;
    top.suppressContext = true;
    assertEquals("""
        Traceback (most recent call last):
          File "@F@", line 4, in <module>
            {}['x']
            ~~^^^^^
        KeyError: 'x'

        During handling of the above exception, another exception occurred:

        Traceback (most recent call last):
          File "@F@", line 7, in <module>
            1/0
            ~^~
        ZeroDivisionError: division by zero

        The above exception was the direct cause of the following exception:

        Traceback (most recent call last):
          File "@F@", line 9, in <module>
            raise E() from z
        E: <exception str() failed>
        """.replace("@F@", f), printer.format(top));
  }

  @Test void binaryOperatorAnchorsAndMultiLineCalls() throws IOException {
    String f = file("a1.py", """
        x = [1, 2]
        y = {'a': 1}
        def g(a, b):
            return a  +  b
        print(x[0] + y['a'])
        g(x,
          1)
        """);
    PyBaseException t = raised(make(ExceptionTypes.TypeError,
        new PyStr("can only concatenate list (not \"int\") to list")),
        at(f, "<module>", 6, 7, 0, 4), at(f, "g", 4, 4, 11, 18));
    assertEquals("""
        Traceback (most recent call last):
          File "@F@", line 6, in <module>
            g(x,
          File "@F@", line 4, in g
            return a  +  b
                   ~~~^~~~
        TypeError: can only concatenate list (not "int") to list
        """.replace("@F@", f), printer.format(t));
  }

  @Test void repeatedLinesAreCounted() throws IOException {
    String f = file("r1.py", """
        def f(n):
            return f(n + 1) + [1][2]
        f(0)
        """);
    List<TracebackPrinter.Entry> entries = new ArrayList<>();
    entries.add(at(f, "<module>", 3, 3, 0, 4));
    for (int i = 0; i < 999; i++) entries.add(at(f, "f", 2, 2, 11, 19));
    PyBaseException r = make(ExceptionTypes.RecursionError, new PyStr("maximum recursion depth exceeded"));
    r.traceback = new FakeTraceback(entries);
    assertEquals("""
        Traceback (most recent call last):
          File "@F@", line 3, in <module>
            f(0)
          File "@F@", line 2, in f
            return f(n + 1) + [1][2]
                   ^^^^^^^^
          File "@F@", line 2, in f
            return f(n + 1) + [1][2]
                   ^^^^^^^^
          File "@F@", line 2, in f
            return f(n + 1) + [1][2]
                   ^^^^^^^^
          [Previous line repeated 996 more times]
        RecursionError: maximum recursion depth exceeded
        """.replace("@F@", f), printer.format(r));
  }

  @Test void exceptionGroupsInBoxes() throws IOException {
    String f = file("g1.py", """
        def f():
            raise ExceptionGroup("eg", [ValueError(1), TypeError("two")])
        try:
            f()
        except Exception as e:
            e.add_note("a note\\nsecond line")
            raise ExceptionGroup("outer", [e, KeyError('k')]) from None
        """);
    PyBaseException inner = raised(make(ExceptionTypes.ExceptionGroup, new PyStr("eg"),
        new PyList(new PyObject[] {make(ExceptionTypes.ValueError, PyInt.of(1)),
            make(ExceptionTypes.TypeError, new PyStr("two"))})),
        at(f, "<module>", 4, 4, 4, 7), at(f, "f", 2, 2, 4, 65));
    PyList notes = new PyList();
    notes.add(new PyStr("a note\nsecond line"));
    inner.dict().put(new PyStr("__notes__"), notes);
    PyBaseException outer = raised(make(ExceptionTypes.ExceptionGroup, new PyStr("outer"),
        new PyList(new PyObject[] {inner, make(ExceptionTypes.KeyError, new PyStr("k"))})),
        at(f, "<module>", 7, 7, 4, 63));
    outer.context = inner;
    outer.suppressContext = true;
    assertEquals("""
          + Exception Group Traceback (most recent call last):
          |   File "@F@", line 7, in <module>
          |     raise ExceptionGroup("outer", [e, KeyError('k')]) from None
          | ExceptionGroup: outer (2 sub-exceptions)
          +-+---------------- 1 ----------------
            | Exception Group Traceback (most recent call last):
            |   File "@F@", line 4, in <module>
            |     f()
            |   File "@F@", line 2, in f
            |     raise ExceptionGroup("eg", [ValueError(1), TypeError("two")])
            | ExceptionGroup: eg (2 sub-exceptions)
            | a note
            | second line
            +-+---------------- 1 ----------------
              | ValueError: 1
              +---------------- 2 ----------------
              | TypeError: two
              +------------------------------------
            +---------------- 2 ----------------
            | KeyError: 'k'
            +------------------------------------
        """.replace("@F@", f), printer.format(outer));
  }

  @Test void wideAndDeepGroupsAreCut() {
    PyObject[] many = new PyObject[17];
    for (int i = 0; i < many.length; i++) many[i] = make(ExceptionTypes.ValueError, PyInt.of(i));
    PyBaseException wide = make(ExceptionTypes.ExceptionGroup, new PyStr("inner"), new PyList(many));
    String text = printer.format(wide);
    assertEquals("    | ValueError: 14\n    +---------------- ... ----------------\n    | and 2 more exceptions\n"
        + "    +------------------------------------\n", text.substring(text.indexOf("    | ValueError: 14")));
    PyBaseException deep = make(ExceptionTypes.ValueError, new PyStr("leaf"));
    for (int n = 1; n <= 12; n++) {
      deep = make(ExceptionTypes.ExceptionGroup, new PyStr("g" + n), new PyList(new PyObject[] {deep}));
    }
    String d = printer.format(deep);
    assertEquals("""
                            | ExceptionGroup: g3 (1 sub-exception)
                            +-+---------------- 1 ----------------
                              | ... (max_group_depth is 10)
                              +------------------------------------
        """, d.substring(d.lastIndexOf("\n", d.indexOf("| ExceptionGroup: g3")) + 1));
  }

  @Test void didYouMean() throws IOException {
    String f = file("s7.py", "lenn([])\n");
    PyBaseException n = raised(Errors.nameError("lenn").value(), at(f, "<module>", 1, 1, 0, 4));
    TracebackPrinter withScope = new TracebackPrinter(new TracebackPrinter.Frames() {
      @Override public List<TracebackPrinter.Entry> entries(PyObject tb) { return ((FakeTraceback) tb).entries; }

      @Override public TracebackPrinter.Scope innermostScope(PyObject tb) {
        return new TracebackPrinter.Scope(null, List.of(), List.of("__name__", "x"), List.of("abs", "len", "print"));
      }
    });
    assertEquals("""
        Traceback (most recent call last):
          File "@F@", line 1, in <module>
            lenn([])
            ^^^^
        NameError: name 'lenn' is not defined. Did you mean: 'len'?
        """.replace("@F@", f), withScope.format(n));
    PyBaseException far = raised(Errors.nameError("valeu").value(), at(f, "<module>", 1, 1, 0, 4));
    assertEquals("NameError: name 'valeu' is not defined\n",
        withScope.format(far).substring(withScope.format(far).lastIndexOf("NameError")));
  }

  @Test void suggestionDistanceIsCPythons() {
    assertEquals("print", Suggestions.closest("pritn", List.of("abs", "print", "property")));
    assertEquals("blech", Suggestions.closest("blch", List.of("blech", "bleach")));
    assertEquals(null, Suggestions.closest("valeu", List.of("vlaue")));
    assertEquals("Foo", Suggestions.closest("foo", List.of("Foo", "fob")));
  }
}
