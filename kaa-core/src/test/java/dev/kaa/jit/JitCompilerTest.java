package dev.kaa.jit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kaa.bytecode.Code;
import dev.kaa.compile.CodeGen;
import dev.kaa.compile.FrontEnd;
import dev.kaa.interp.Eval;
import dev.kaa.interp.JitSupport;
import dev.kaa.interp.PyCode;
import dev.kaa.interp.PyFunction;
import dev.kaa.objects.Abstract;
import dev.kaa.objects.ExceptionTypes;
import dev.kaa.objects.PyDict;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyStr;
import dev.kaa.objects.PyType;
import dev.kaa.parse.Mode;
import dev.kaa.parse.Warnings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The compiler on its own: what it takes and refuses, and compiled code agreeing with the interpreter. */
class JitCompilerTest {
  private static Code compile(String source) {
    return CodeGen.compile(FrontEnd.compileString(source, "<test>", Mode.EXEC, Warnings.IGNORE), "<test>", 0);
  }

  /** The code object of the first function defined in {@code source}. */
  private static Code function(String source) {
    for (Object c : compile(source).consts()) if (c instanceof Code code) return code;
    throw new AssertionError("no function in " + source);
  }

  private static PyDict run(String source) {
    PyDict globals = new PyDict();
    globals.put(new PyStr("__name__"), new PyStr("__main__"));
    PyDict builtins = new PyDict();
    for (PyType t : ExceptionTypes.ALL) builtins.put(new PyStr(t.name()), t);
    for (PyType t : new PyType[] {dev.kaa.objects.PyRange.TYPE, dev.kaa.objects.PyList.TYPE}) {
      builtins.put(new PyStr(t.name()), t);
    }
    Eval.execModule(compile(source), globals, builtins);
    return globals;
  }

  @AfterEach void restore() {
    JitPolicy.configureFromProperties();
  }

  @Test void compilesLoopsHandlersAndClosures() {
    String source = """
        def f(xs, k=2):
            total = 0
            def add(v):
                nonlocal total
                total += v
            for x in xs:
                try:
                    add(k // x)
                except ZeroDivisionError:
                    add(100)
                finally:
                    total -= 1
            with_ = [y * k for y in xs if y]
            return total, with_
        """;
    assertNotNull(JitCompiler.compile(function(source)));
  }

  @Test void compilesGenerators() {
    assertNotNull(JitCompiler.compile(function("def g(xs):\n    for x in xs:\n        y = yield x\n    yield from xs\n")));
  }

  @Test void refusesMethodsTooLargeForHotSpot() {
    StringBuilder body = new StringBuilder("def big(a):\n");
    for (int i = 0; i < 300; i++) body.append("    a = a.x").append(i).append(" + ").append(i).append('\n');
    body.append("    return a\n");
    assertNull(JitCompiler.compile(function(body.toString())));
  }

  /** The headers of the backward jumps in {@code code}, in order. */
  private static java.util.List<Integer> loopHeaders(Code code) {
    java.util.List<Integer> headers = new java.util.ArrayList<>();
    for (int i = 0; i < code.length(); i++) {
      int op = code.word(i) & 0xff, target = code.word(i) >>> 8;
      if ((op == dev.kaa.bytecode.Op.JUMP_BACKWARD || op == dev.kaa.bytecode.Op.POP_JUMP_IF_TRUE) && target <= i) {
        headers.add(target);
      }
    }
    return headers;
  }

  /** One class enters at every outermost loop header (on-stack replacement) besides the start; not inside a loop. */
  @Test void oneClassEntersAtTheCodesStartAndEveryOutermostLoop() {
    Code code = compile("t = 0\nfor i in range(10):\n    for j in range(i):\n        t += j\n"
        + "while t > 0:\n    t -= 7\n");
    java.util.List<Integer> headers = loopHeaders(code);
    assertEquals(3, headers.size(), headers.toString());
    JitCompiler.Compiled compiled = JitCompiler.compile(code);
    assertNotNull(compiled);
    // the inner for loop's header comes first in the code (its JUMP_BACKWARD is the first one)
    int inner = headers.get(0), outer = headers.get(1), whileLoop = headers.get(2);
    assertTrue(JitCompiler.isNestedLoop(code, inner));
    assertEquals(java.util.List.of(outer, whileLoop),
        java.util.Arrays.stream(compiled.loopEntries()).boxed().toList());
    JitCompiler.Compiled nested = JitCompiler.compileNested(code, inner);
    assertNotNull(nested);
    assertEquals(java.util.List.of(inner), java.util.Arrays.stream(nested.loopEntries()).boxed().toList());
  }

  /**
   * A function called once whose loop the interpreter hands over compiles the function's own class, which its later
   * calls run: whatever warmed the JVM's method warmed it for them (docs/jit.md). Before, the loop's entry was a
   * class of its own and the next call compiled another.
   */
  @Test void aLoopHandedOverCompilesTheClassLaterCallsRun() {
    JitPolicy.configure(JitPolicy.Mode.ON, 1000, 50);
    String source = """
        def work(n, k):
            x = 0
            i = 0
            while i < n:
                x += i & k
                i += 1
            while i > 0:
                i -= 1
                x -= i & k
            return x
        r = work(500, 7)
        """;
    PyDict globals = run(source);
    assertEquals(0L, ((dev.kaa.objects.PyInt) globals.getStr("r")).longValue());
    assertTrue(JitSupport.isCompiled(PyCode.of(((PyFunction) globals.getStr("work")).code())),
        "the call's loop compiled the function");
  }

  @Test void compiledCodeAgreesWithTheInterpreter() {
    String source = """
        def fib(n):
            return n if n < 2 else fib(n - 1) + fib(n - 2)
        def guarded(xs):
            out = []
            for x in xs:
                try:
                    out.append(10 // x)
                except ZeroDivisionError as e:
                    out.append(-1)
            return out
        def big(n):
            return 2 ** n + n
        def gen(xs):
            try:
                for i in xs:
                    got = yield i
                    if got:
                        yield from got
            finally:
                yield -1
        g = gen([0, 1, 2, 3, 4])
        seen = [g.send(None), g.__next__(), g.send([7, 8]), g.__next__(), g.__next__(), g.throw(ValueError)]
        r = (fib(15), guarded([1, 0, 3]), big(70), big(3), seen, [x for x in gen([0, 1, 2])])
        """;
    JitPolicy.configure(JitPolicy.Mode.OFF, 10, 1000);
    PyObject expected = run(source).getStr("r");
    JitPolicy.configure(JitPolicy.Mode.ALWAYS, 1, 1);
    PyDict globals = run(source);
    assertEquals(Abstract.repr(expected).value, Abstract.repr(globals.getStr("r")).value);
    for (String name : new String[] {"fib", "guarded", "big", "gen"}) {
      PyFunction fn = (PyFunction) globals.getStr(name);
      assertTrue(JitSupport.isCompiled(PyCode.of(fn.code())), name + " compiled");
    }
  }

  /** JitArithmetic's per-operator fast paths at their edges: long overflow, zero and negative divisors, bools, floats. */
  @Test void arithmeticAgreesWithTheInterpreterAtTheEdges() {
    String source = """
        def ops(a, b):
            out = []
            for op in [0, 1, 2, 3, 4, 5, 6, 7, 8]:
                try:
                    if op == 0: out.append(a + b)
                    elif op == 1: out.append(a - b)
                    elif op == 2: out.append(a * b)
                    elif op == 3: out.append(a // b)
                    elif op == 4: out.append(a % b)
                    elif op == 5: out.append(a / b)
                    elif op == 6: out.append(a & b)
                    elif op == 7: out.append(a | b)
                    else: out.append(a ^ b)
                except ZeroDivisionError:
                    out.append('zero')
                except TypeError:
                    out.append('type')
            x = a
            x += b
            out.append(x)
            try:
                x &= b
                out.append(x)
            except TypeError:
                out.append('type')
            return out
        big = 9223372036854775807
        vals = [0, 1, -1, 7, -7, big, -big - 1, big + 1, True, False, 2.5, -0.0, 3.0]
        r = []
        for a in vals:
            for b in vals:
                r.append(ops(a, b))
        """;
    JitPolicy.configure(JitPolicy.Mode.OFF, 10, 1000);
    PyObject expected = run(source).getStr("r");
    JitPolicy.configure(JitPolicy.Mode.ALWAYS, 1, 1);
    PyDict globals = run(source);
    assertEquals(Abstract.repr(expected).value, Abstract.repr(globals.getStr("r")).value);
    assertTrue(JitSupport.isCompiled(PyCode.of(((PyFunction) globals.getStr("ops")).code())));
  }

  /**
   * Ints a loop keeps unboxed (Unboxing): the values across long overflow, and the frame as a callee, a traceback
   * and a generator's resumption see it: the locals written back before anything that may read them.
   */
  @Test void unboxedIntsAgreeWithTheInterpreterAndTheFrameSeesThem() {
    String source = """
        def peek(name):
            try:
                raise ZeroDivisionError
            except ZeroDivisionError as e:
                return e.__traceback__.tb_frame.f_back.f_locals[name]
        def loop(n):
            x = 0
            seen = []
            for i in range(n):
                x += i * 3
                if i % 4 == 0:
                    seen.append((peek('x'), peek('i')))
            return x, seen
        def grow(n):
            x = 2 ** 60
            out = []
            i = 0
            while i < n:
                x = x * 2 + i
                out.append(x - i)
                i += 1
            return x, out
        def escape(n):
            x = 5
            try:
                for i in range(n):
                    x = x * 7 % 1000003
                    if i == n - 1:
                        x // (i - i)
            except ZeroDivisionError as e:
                return x, e.__traceback__.tb_frame.f_locals['x'], e.__traceback__.tb_frame.f_locals['i']
        def gen(n):
            t = 0
            for i in range(n):
                t += i & 3
                if i % 3 == 0:
                    yield t
        def mixed(xs):
            t = 0
            for v in xs:
                t += v
                t -= 1
                t *= 1
            return t
        r = (loop(9), grow(8), escape(6), list(gen(10)), mixed([1, 2.5, 3, 2 ** 70, True]), mixed(range(5)))
        """;
    JitPolicy.configure(JitPolicy.Mode.OFF, 10, 1000);
    PyObject expected = run(source).getStr("r");
    JitPolicy.configure(JitPolicy.Mode.ALWAYS, 1, 1);
    PyDict globals = run(source);
    assertEquals(Abstract.repr(expected).value, Abstract.repr(globals.getStr("r")).value);
    for (String name : new String[] {"loop", "grow", "escape", "gen", "mixed"}) {
      assertTrue(JitSupport.isCompiled(PyCode.of(((PyFunction) globals.getStr(name)).code())), name + " compiled");
    }
  }

  /**
   * A loop of int arithmetic keeps its locals unboxed round the loop; anything that may call out (here LOAD_GLOBAL,
   * then the call) is a barrier that boxes them and writes them to the frame.
   */
  @Test void unboxingKeepsALoopsIntsUnboxedUntilABarrier() {
    Code work = function("def work(n):\n    x = 0\n    for i in range(n):\n        x += i & 7\n    f(x)\n");
    int[] depths = StackDepths.of(work);
    boolean[] mirrored = new boolean[work.nlocals()];
    java.util.Arrays.fill(mirrored, true);
    Unboxing u = Unboxing.of(work, depths, mirrored);
    int x = work.varnames.indexOf("x"), i = work.varnames.indexOf("i");
    int jump = -1, global = -1;
    for (int k = 0; k < work.length(); k++) {
      int op = dev.kaa.bytecode.Op.opcode(work.word(k));
      if (op == dev.kaa.bytecode.Op.JUMP_BACKWARD) jump = k;
      if (op == dev.kaa.bytecode.Op.LOAD_GLOBAL) global = k;  // f, after the loop
    }
    assertTrue(u.locals(jump).get(x) && u.locals(jump).get(i), "x and i unboxed at the loop's end");
    assertTrue(u.locals(global).get(x), "x may be unboxed up to the load of f");
    assertTrue(u.isBarrier(global));
    assertTrue(u.locals(global + 1).isEmpty(), "nothing unboxed after it");
  }

  @Test void coldCodeStaysInterpreted() {
    JitPolicy.configure(JitPolicy.Mode.ON, 10, 1000);
    PyDict globals = run("def once(x):\n    return x + 1\nr = once(1)\n");
    assertFalse(JitSupport.isCompiled(PyCode.of(((PyFunction) globals.getStr("once")).code())));
  }

  @Test void exceptionsLeaveCompiledCodeWithOneTracebackEntryPerFrame() {
    String source = """
        def inner():
            return 1 / 0
        def outer():
            return inner()
        try:
            outer()
        except ZeroDivisionError as e:
            tb = e.__traceback__
            n = 0
            while tb is not None:
                n += 1
                tb = tb.tb_next
        """;
    JitPolicy.configure(JitPolicy.Mode.OFF, 10, 1000);
    long interpreted = ((dev.kaa.objects.PyInt) run(source).getStr("n")).longValue();
    JitPolicy.configure(JitPolicy.Mode.ALWAYS, 1, 1);
    assertEquals(interpreted, ((dev.kaa.objects.PyInt) run(source).getStr("n")).longValue());
    assertEquals(3, interpreted);
  }
}
