package dev.kaa.interp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.kaa.bytecode.Code;
import dev.kaa.compile.CodeGen;
import dev.kaa.compile.FrontEnd;
import dev.kaa.objects.ExceptionTypes;
import dev.kaa.objects.PyDict;
import dev.kaa.objects.PyException;
import dev.kaa.objects.PyInt;
import dev.kaa.objects.PyStr;
import dev.kaa.objects.PyType;
import dev.kaa.parse.Mode;
import dev.kaa.parse.Warnings;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The eval loop seen from Java: entry points, limits, tracebacks. What programs do is tested by the behaviour cases
 * (BehaviourTest); these run without the runtime, with only the exception classes as builtins.
 */
class EvalTest {
  private static Code compile(String source) {
    return CodeGen.compile(FrontEnd.compileString(source, "<test>", Mode.EXEC, Warnings.IGNORE), "<test>", 0);
  }

  private static PyDict builtins() {
    PyDict b = new PyDict();
    for (PyType t : ExceptionTypes.ALL) b.put(new PyStr(t.name()), t);
    return b;
  }

  private static PyDict run(String source) {
    PyDict globals = new PyDict();
    globals.put(new PyStr("__name__"), new PyStr("__main__"));
    Eval.execModule(compile(source), globals, builtins());
    return globals;
  }

  @Test void modulesLeaveTheirNamesInGlobals() {
    PyDict g = run("def sq(x):\n    return x * x\ny = sq(12) + 1\n");
    assertEquals(145, ((PyInt) g.getStr("y")).longValue());
  }

  @Test void execRunsWithSeparateLocals() {
    PyDict globals = new PyDict();
    PyDict locals = new PyDict();
    globals.put(new PyStr("a"), PyInt.of(2));
    Eval.exec(compile("b = a * 21\n"), globals, locals, builtins());
    assertEquals(42, ((PyInt) locals.getStr("b")).longValue());
    assertEquals(null, globals.getStr("b"));
  }

  @Test void unboundedRecursionIsRecursionError() {
    PyException e = assertThrows(PyException.class, () -> run("def d():\n    d()\nd()\n"));
    assertEquals(ExceptionTypes.RecursionError, e.pyType());
    assertEquals("maximum recursion depth exceeded", e.value().args.get(0).toString());
  }

  @Test void theDefaultLimitCountsFramesAsCPythonDoes() {
    // CPython 3.12 counts the module's frame: 999 nested calls fit under the default limit of 1000
    PyDict g = run("n = 0\ndef d():\n    global n\n    n += 1\n    d()\ntry:\n    d()\nexcept RecursionError:\n    pass\n");
    assertEquals(999, ((PyInt) g.getStr("n")).longValue());
  }

  @Test void aRaisedLimitAllowsDeepRecursion() {
    int old = ThreadState.recursionLimit();
    ThreadState.setRecursionLimit(100_000);
    try {
      PyDict g = run("def r(n):\n    return 0 if n == 0 else 1 + r(n - 1)\nx = r(50000)\n");
      assertEquals(50000, ((PyInt) g.getStr("x")).longValue());
    } finally {
      ThreadState.setRecursionLimit(old);
    }
  }

  @Test void tracebacksListEachFrameOutermostFirst() {
    PyException e = assertThrows(PyException.class, () -> run("def f():\n    return g()\ndef g():\n    return zz\nf()\n"));
    List<String> entries = new ArrayList<>();
    for (PyTraceback tb = (PyTraceback) e.value().traceback; tb != null; tb = tb.next) {
      entries.add(tb.frame.code().name + ":" + tb.lineno());
    }
    assertEquals(List.of("<module>:5", "f:2", "g:4"), entries);
  }
}
