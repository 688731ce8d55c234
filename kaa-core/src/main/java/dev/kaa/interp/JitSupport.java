package dev.kaa.interp;

import dev.kaa.jit.JitCompiler;
import dev.kaa.jit.JitPolicy;
import dev.kaa.objects.PyBaseException;
import dev.kaa.objects.PyBool;
import dev.kaa.objects.PyException;
import dev.kaa.objects.PyNone;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyStr;
import dev.kaa.objects.Abstract;
import dev.kaa.objects.IterNext;
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

  // ---- hooks

  /** A frame about to start or resume: its code's compiled form, compiled now if it just became hot, or null. */
  static JitCode entry(PyCode p) {
    JitCode c = p.jit;
    if (c != null) return c;
    if ((p.jitBudget -= JitPolicy.callWeight()) >= 0) return null;
    return compile(p);
  }

  private static JitCode compile(PyCode p) {
    p.jitBudget = Integer.MAX_VALUE;  // compiled or not, it is not counted again
    JitCode c = define(p, 0);
    p.jit = c;
    return c;
  }

  /**
   * JUMP_BACKWARD to {@code target} in an interpreted frame (the loop's own): true when the code is hot and a compiled
   * form entered at that loop header exists, so the loop should hand the frame over.
   */
  static boolean osrReady(Frame f, int target) {
    PyCode p = f.pycode;
    if (--p.jitBudget >= 0) return false;
    Map<Integer, JitCode> variants = p.jitOsr;
    if (variants == null) p.jitOsr = variants = new HashMap<>();
    JitCode c = variants.get(target);
    if (c == null && !variants.containsKey(target)) {
      c = define(p, target);
      variants.put(target, c);
      if (c == null) p.jitBudget = Integer.MAX_VALUE;
    }
    return c != null;
  }

  /** The rest of a frame the loop handed over at the loop header {@link Frame#next}, its stack at {@link Frame#sp}. */
  static PyObject continueCompiled(ThreadState ts, Frame f) {
    return f.pycode.jitOsr.get(f.next).run(ts, f, null);
  }

  /** Whether calls of {@code p} run compiled code now (for tests and diagnostics). */
  public static boolean isCompiled(PyCode p) { return p.jit != null; }

  /** Compiles {@code p} entered at instruction {@code entry}; null when the compiler cannot (never an error). */
  private static JitCode define(PyCode p, int entry) {
    try {
      byte[] bytes = JitCompiler.compile(p.code, entry);
      if (DEBUG) System.err.println("kaa.jit: " + p.code.qualname + " at " + entry + ": "
          + (bytes == null ? "not compiled" : bytes.length + " bytes"));
      if (bytes == null) return null;
      MethodHandles.Lookup l = LOOKUP.defineHiddenClassWithClassData(bytes, p, true);
      return (JitCode) l.findConstructor(l.lookupClass(), MethodType.methodType(void.class)).invoke();
    } catch (Throwable t) {
      if (DEBUG) {
        System.err.println("kaa.jit: " + p.code.qualname + " at " + entry + ": " + t);
        t.printStackTrace();
      }
      return null;
    }
  }

  // ---- helpers of generated code (each mirrors the eval loop's case of the same instruction)

  /**
   * An exception at instruction {@code at}: adds the frame's traceback entry and returns the exception-table entry
   * that handles it, or throws it on when none does.
   */
  static int handlerEntry(ThreadState ts, Frame f, PyException e, int at) {
    Unwind.addTraceback(ts, f, e, at);
    int entry = f.code.exceptionTable.lookup(at);
    if (entry < 0) {
      f.next = -1;
      throw e;
    }
    return entry;
  }

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
    if (callable instanceof PyFunction fn) {
      Frame callee = fn.frame(s, from, npos, kwnames);
      return fn.makesGenerator ? Generators.make(callee) : Eval.run(ts, callee);
    }
    return Calls.call(f, callable, s, from, npos, kwnames);
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
