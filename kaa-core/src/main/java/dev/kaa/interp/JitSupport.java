package dev.kaa.interp;

import dev.kaa.jit.JitCompiler;
import dev.kaa.jit.JitPolicy;
import dev.kaa.objects.PyBaseException;
import dev.kaa.objects.PyBool;
import dev.kaa.objects.PyException;
import dev.kaa.objects.PyInt;
import dev.kaa.objects.PyNone;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyStr;
import dev.kaa.objects.Abstract;
import dev.kaa.objects.IterNext;
import dev.kaa.objects.FreeThreading;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.HashMap;
import java.util.Map;

/**
 * The interpreter's side of the JIT (docs/jit.md): the hooks {@link Eval} calls (a frame about to start, a hot loop
 * in an interpreted frame), the definition of compiled classes as hidden classes of this package, and the helpers the
 * generated code calls where an instruction's work does not fit in a few bytecodes.
 */
public final class JitSupport {
  private JitSupport() {}

  private static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();
  private static final boolean DEBUG = Boolean.getBoolean("kaa.jit.debug");

  /** What the loop returns to {@link Eval#run} when the rest of its frame is to run compiled from {@link Frame#next}. */
  static final PyObject OSR = new PyStr("<on-stack replacement>");

  /**
   * What compiled code returns at a loop's backward jump when the eval breaker is set: its stack is in the frame, and
   * {@link #runCompiled} services the breaker and enters it again at the header {@link Frame#next} (docs/jit.md).
   */
  static final PyObject BREAK = new PyStr("<eval breaker>");

  /**
   * Runs {@code c} on {@code f} (entered at a loop header when {@code atLoop}), servicing the eval breaker each time
   * the code leaves a loop for it and entering the loop again, with what the service raised to be raised there.
   */
  static PyObject runCompiled(JitCode c, ThreadState ts, Frame f, PyException thrown, boolean atLoop) {
    PyObject result = c.run(ts, f, thrown, atLoop);
    while (result == BREAK) {
      boxExitLongs(ts, f);
      PyException raised = null;
      try {
        Eval.serviceBreaker();
      } catch (Throwable e) {
        raised = Unwind.asPython(e);
      }
      result = c.run(ts, f, raised, true);
    }
    return result;
  }

  /** Compiled code with unboxed ints in a loop it is entered at: room for the longs its breaker exit hands out. */
  static void reserveExitLongs(ThreadState ts, int size) {
    if (ts.exitLongs.length < size) ts.exitLongs = new long[size];
  }

  /** The values a breaker exit left UNBOXED in the frame (its locals and stack), boxed from the thread's exit longs. */
  private static void boxExitLongs(ThreadState ts, Frame f) {
    PyObject[] s = f.localsplus;
    for (int i = 0; i < f.sp; i++) if (s[i] == JitArithmetic.UNBOXED) s[i] = PyInt.of(ts.exitLongs[i]);
  }

  // ---- hooks

  /** A frame about to start or resume: its code's compiled form, compiled now if it just became hot, or null. */
  static JitCode entry(PyCode p) {
    JitCode c = p.jit;
    if (c != null) return c;
    if ((p.jitBudget -= JitPolicy.callWeight()) >= 0) return null;
    if (!FreeThreading.enabled()) return compile(p);
    synchronized (p) {  // threads without a GIL starting it together: one compiles, the others wait and run its code
      return p.jit != null || p.jitBudget == Integer.MAX_VALUE ? p.jit : compile(p);
    }
  }

  /**
   * Compiles {@code p}'s class (entered at its start and its outermost loops). The budget stays spent when that
   * works, so that frames of {@code p} still running interpreted (started by other threads meanwhile, or below a
   * recursive call) hand over at their next loop header; code that cannot be compiled is not counted again.
   */
  private static JitCode compile(PyCode p) {
    JitCode c = define(p, -1);
    p.jit = c;
    if (c == null) p.jitBudget = Integer.MAX_VALUE;
    return c;
  }

  /**
   * JUMP_BACKWARD to {@code target} in an interpreted frame (the loop's own): true when the code is hot and compiled
   * code can take the frame over at that loop header, so the loop should hand it over.
   */
  static boolean osrReady(Frame f, int target) {
    PyCode p = f.pycode;
    if (--p.jitBudget >= 0) return false;
    if (!FreeThreading.enabled()) return canTakeOver(p, target);
    synchronized (p) {  // threads without a GIL at the same loop header: one compiles
      return canTakeOver(p, target);
    }
  }

  /**
   * The code's own class, compiled now when this loop is the first thing to find it hot (so that later calls run the
   * method this loop warms), enters at every outermost loop header. A loop nested in another has no entry there
   * (it would make the outer loop irreducible, which C2 optimises poorly): the frame waits for the outer loop's
   * backward jump, unless the inner loop keeps running for long; then a class of its own is entered there.
   */
  private static boolean canTakeOver(PyCode p, int target) {
    JitCode c = p.jit;
    if (c == null && (c = compile(p)) == null) return false;
    if (c.entersAt(target)) return true;
    if (p.jitBudget > -OSR_PATIENCE * Math.max(1, JitPolicy.budget())) return false;
    Map<Integer, JitCode> nested = p.jitOsr;
    if (nested == null) p.jitOsr = nested = new HashMap<>();
    JitCode inner = nested.get(target);
    if (inner == null) {
      inner = define(p, target);
      if (inner == null) {
        p.jitBudget = Integer.MAX_VALUE;
        return false;
      }
      nested.put(target, inner);
    }
    return true;
  }

  /** How many times the compile threshold an inner loop runs before it is entered anyway. */
  private static final int OSR_PATIENCE = 20;

  /** The rest of a frame the loop handed over at the loop header {@link Frame#next}, its stack at {@link Frame#sp}. */
  static PyObject continueCompiled(ThreadState ts, Frame f) {
    PyCode p = f.pycode;
    JitCode c;
    if (!FreeThreading.enabled()) {
      c = takingOver(p, f.next);
    } else {
      synchronized (p) {
        c = takingOver(p, f.next);
      }
    }
    return runCompiled(c, ts, f, null, true);
  }

  private static JitCode takingOver(PyCode p, int header) {
    JitCode c = p.jit;
    return c != null && c.entersAt(header) ? c : p.jitOsr.get(header);
  }

  /** Whether calls of {@code p} run compiled code now (for tests and diagnostics). */
  public static boolean isCompiled(PyCode p) { return p.jit != null; }

  /**
   * Compiles {@code p}: its own class ({@code nested} -1), or one entered at the header of a nested loop; null when
   * the compiler cannot (never an error).
   */
  private static JitCode define(PyCode p, int nested) {
    try {
      JitCompiler.Compiled compiled = nested < 0 ? JitCompiler.compile(p.code)
          : JitCompiler.compileNested(p.code, nested);
      if (DEBUG) System.err.println("kaa.jit: " + p.code.qualname + (nested < 0 ? "" : " at " + nested) + ": "
          + (compiled == null ? "not compiled" : compiled.classFile().length + " bytes, loop entries "
              + java.util.Arrays.toString(compiled.loopEntries())));
      if (compiled == null) return null;
      MethodHandles.Lookup l = LOOKUP.defineHiddenClassWithClassData(compiled.classFile(), p, true);
      return (JitCode) l.findConstructor(l.lookupClass(), MethodType.methodType(void.class, int[].class))
          .invoke(compiled.loopEntries());
    } catch (Throwable t) {
      if (DEBUG) {
        System.err.println("kaa.jit: " + p.code.qualname + " at " + nested + ": " + t);
        t.printStackTrace();
      }
      return null;
    }
  }

  // ---- helpers of generated code (each mirrors the eval loop's case of the same instruction)

  /**
   * The eval breaker check of every compiled site. C2 compiles a branch its profile never saw taken as a trap back to
   * the interpreter; with the check spelled out in each class, every hot loop's C2 code met the breaker set once
   * (a collection's weakref deaths set it, whatever the program does) and ran interpreted and in C1 until compiled
   * again: 50-150 ms of a 1 s loop, seconds on a loaded machine. One method for all sites is one profile and one
   * trap record, so that happens once in a process, not once per loop.
   */
  static void breaker() {
    if (Eval.evalBreaker != 0) Eval.serviceBreaker();
  }

  /**
   * An exception at instruction {@code at}: adds the frame's traceback entry and returns the exception-table entry
   * that handles it, or throws it on when none does.
   */
  static int handlerEntry(ThreadState ts, Frame f, PyException e, int at) {
    Unwind.addTraceback(ts, f, e, at);
    int entry = f.code.exceptionTable().lookup(at);
    if (entry < 0) {
      f.next = -1;
      throw e;
    }
    return entry;
  }

  /** The lasti a handler that wants it receives for an exception at {@code at} (the eval loop's, Unwind.lastiAt). */
  static PyInt handlerLasti(Frame f, int at) { return PyInt.of(Unwind.lastiAt(f, at)); }

  /** CALL with its callable, self or NULL, and arguments at {@code s[base..]}. */
  static PyObject call(ThreadState ts, Frame f, PyObject[] s, int base, int argc, String[] kwnames) {
    PyObject callable = s[base];
    int from = base + 1, npos = argc + 1;
    if (callable == null) {
      callable = s[base + 1];
      if (callable instanceof PyBoundMethod m) {
        s[base + 1] = m.self;
        callable = m.function;
      } else {
        from++;
        npos--;
      }
    }
    if (kwnames != null) npos -= kwnames.length;
    // the spilled operands stay in the array after the call: gc.collect() clears them from here (Frame.callTop)
    f.callTop = base + argc + 2;
    try {
      if (callable instanceof PyFunction fn) {
        Frame callee = fn.frame(s, from, npos, kwnames);
        return fn.makesGenerator ? Generators.make(callee) : Eval.run(ts, callee);
      }
      if (ts.tracing) return Tracing.compiledCall(ts, f, callable, s, from, npos, kwnames);
      return Calls.call(f, callable, s, from, npos, kwnames);
    } finally {
      f.callTop = 0;
    }
  }

  static PyObject compare(PyObject a, PyObject b, int op) {
    int holds = NumericFastPaths.compare(a, b, op);
    return holds == NumericFastPaths.UNKNOWN ? Ops.compare(a, b, op) : PyBool.of(holds != 0);
  }

  /** FOR_ITER's next item of anything but a built-in iterator, or null at the end. */
  static PyObject next(ThreadState ts, PyObject it) {
    return it instanceof PyGenerator.Plain g ? g.next(ts) : it instanceof IterNext n ? n.iterNext() : Abstract.next(it);
  }

  /** PUSH_EXC_INFO: makes {@code exc} the handled exception; returns the one it replaces (None for none). */
  static PyObject pushExcInfo(ThreadState ts, PyObject exc) {
    PyBaseException prev = ts.excInfo.value;
    ts.excInfo.value = Unwind.asException(exc);
    return prev == null ? PyNone.NONE : prev;
  }

  static void popExcept(ThreadState ts, PyObject prev) {
    ts.excInfo.value = Unwind.asException(prev);
  }
}
