package dev.kaa.interp;

import dev.kaa.bytecode.Op;
import dev.kaa.objects.Abstract;
import dev.kaa.objects.Errors;
import dev.kaa.objects.ExceptionTypes;
import dev.kaa.objects.PyBaseException;
import dev.kaa.objects.IterNext;
import dev.kaa.objects.PyBuiltinMethod;
import dev.kaa.objects.PyException;
import dev.kaa.objects.PyInt;
import dev.kaa.objects.PyMethodDescriptor;
import dev.kaa.objects.PyNone;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyStr;
import dev.kaa.objects.PyTuple;
import dev.kaa.objects.Special;
import java.util.Arrays;

/**
 * {@code sys.settrace} and {@code sys.setprofile}'s events (docs/tracing.md). A frame that starts while its thread
 * traces runs in the eval loop with an instruction array of {@link #TRACE} words only: each one calls
 * {@link #before} with the real instruction's index, which sends the events due there (call, line, opcode, return,
 * c_call, the previous call's c_return) and then the loop runs the real instruction. The loop's catch block sends
 * exception, c_exception and the return of a frame an exception leaves. No tracing, no cost: frames that do not trace
 * never see a TRACE word.
 */
final class Tracing {
  private Tracing() {}

  /** The loop's word for "send the events due here, then run the real instruction"; no opcode has this number. */
  static final int TRACE = 0xff;

  private static final PyStr CALL = new PyStr("call"), LINE = new PyStr("line"), RETURN = new PyStr("return"),
      EXCEPTION = new PyStr("exception"), OPCODE = new PyStr("opcode"), C_CALL = new PyStr("c_call"),
      C_RETURN = new PyStr("c_return"), C_EXCEPTION = new PyStr("c_exception");

  /** CPython's refusals of an {@code f_lineno} store, by the event being traced (null: the jump is allowed). */
  private static final String NEW_FRAME = "can't jump from the 'call' trace event of a new frame",
      ONLY_LINE = "can only jump from a 'line' trace event", DURING_CALL = "can't jump during a call";

  private static volatile int[] traceWords = new int[0];

  /**
   * Whether some frame ever had {@code f_trace_opcodes} set: as in CPython 3.12, opcode events flow only after the
   * next {@code sys.settrace} (which instruments the code for them), to the frames that ask.
   */
  static volatile boolean opcodesAsked;

  static {
    if (Op.COUNT > TRACE) throw new IllegalStateException("TRACE collides with an opcode");
  }

  /** An instruction array for a traced frame of {@code length} instructions (longer is fine: shared by all). */
  static int[] words(int length) {
    int[] w = traceWords;
    if (w.length < length) {
      w = new int[Math.max(length, 2 * w.length)];
      Arrays.fill(w, TRACE);
      traceWords = w;
    }
    return w;
  }

  /**
   * Sends the events due before instruction {@code i} of {@code f} ({@code s}/{@code sp}: its slots and stack
   * pointer) and returns the index of the instruction to run: {@code i}, or where a trace function's {@code f_lineno}
   * store sent the frame (the stack pointer is then in {@link Frame#sp}).
   */
  static int before(ThreadState ts, Frame f, int i, PyObject[] s, int sp) {
    int prev = f.lasti;
    f.lasti = i;
    if (!ts.tracing) return i;
    f.sp = sp;  // for a jump's stack check
    Frame.TraceState state = f.traceStateIfAny();
    if (state != null && state.cCallee != null) {
      PyObject callee = state.cCallee;
      state.cCallee = null;
      profile(ts, f, C_RETURN, callee, DURING_CALL);
    }
    LineStarts lines = LineStarts.of(f.pycode);
    if (i < lines.firstTraceable) return i;
    int word = f.code.word(i);
    int op = word & 0xff;
    if (op == Op.RESUME) {
      calls(ts, f, (word >>> 8) == 0 ? NEW_FRAME : null);
      state = f.traceStateIfAny();
      return state != null && state.jumpTo >= 0 ? jumped(f, state) : i;
    }
    if (prev >= 0 && ts.traceFunction() != null && f.localTrace() != null) stopped(ts, f, prev, i, s, sp);
    if (ts.traceFunction() != null && f.localTrace() != null) {
      state = f.traceState();
      if (state.lines && startsLine(f, lines, i, prev)) {
        trace(ts, f, f.localTrace(), LINE, PyNone.NONE, null);
        if (state.jumpTo >= 0) return jumped(f, state);
      }
      if (state.opcodes && ts.opcodeEvents && f.localTrace() != null) trace(ts, f, f.localTrace(), OPCODE, PyNone.NONE, ONLY_LINE);
    }
    switch (op) {
      case Op.RETURN_VALUE -> returns(ts, f, s[sp - 1]);
      case Op.YIELD_VALUE -> yields(ts, f, s[sp - 1]);
      case Op.FOR_ITER -> {
        PyObject it = s[sp - 1];
        if (it instanceof PyGenerator.Plain g) {
          f.traceState().iterating = g;
        } else if (!(it instanceof IterNext)) {
          PyObject next = it.type().lookupSpecial(Special.NEXT);
          if (next instanceof PyFunction) return iterates(ts, f, i, word >>> 8, next, s, sp);
        }
      }
      case Op.RETURN_CONST -> returns(ts, f, f.pycode.consts[word >>> 8]);
      case Op.CALL -> {
        int argc = word >>> 8, base = sp - argc - 2;
        if (s[base] != null) {
          callsBuiltin(ts, f, s[base], s[base + 1]);
        } else {
          callsBuiltin(ts, f, s[base + 1], argc > 0 ? s[base + 2] : null);
        }
      }
      case Op.CALL_FUNCTION_EX -> {
        int kwargs = (word >>> 8) & 1;
        PyObject args = s[sp - 1 - kwargs];
        callsBuiltin(ts, f, s[sp - 2 - kwargs], args instanceof PyTuple t && t.size() > 0 ? t.get(0) : null);
      }
      default -> {}
    }
    return i;
  }

  /** A frame starts or resumes: its call event (a trace function's answer, unless None, is the frame's own). */
  static void calls(ThreadState ts, Frame f, String jumpRefusal) {
    if (!ts.tracing) return;
    profile(ts, f, CALL, PyNone.NONE, jumpRefusal);
    if (ts.traceFunction() != null) trace(ts, f, ts.traceFunction(), CALL, PyNone.NONE, jumpRefusal);
  }

  /** {@code generator.throw()} resumes {@code f} with an exception: a call event, as CPython's. */
  static void thrownIn(ThreadState ts, Frame f) { calls(ts, f, ONLY_LINE); }

  /**
   * The exception event CPython sends where a loop ends on a StopIteration: {@code yield from}/{@code await} whose
   * delegate returned (SEND jumped: its value is on the stack), a {@code for} over a generator that returned a value.
   */
  private static void stopped(ThreadState ts, Frame f, int prev, int i, PyObject[] s, int sp) {
    int word = f.code.word(prev);
    int op = word & 0xff;
    if ((op != Op.SEND && op != Op.FOR_ITER) || (word >>> 8) != i) return;
    PyObject value;
    if (op == Op.SEND) {
      value = s[sp - 1];
    } else {
      Frame.TraceState state = f.traceState();
      PyGenerator.Plain g = state.iterating;
      state.iterating = null;
      value = g == null ? null : g.returnedValue();
      if (value == null || value == PyNone.NONE) return;
    }
    PyBaseException stop = Generators.stopIteration(value).value();
    f.lasti = prev;  // the event belongs to the loop's instruction
    try {
      trace(ts, f, f.localTrace(), EXCEPTION, PyTuple.of(stop.type(), stop, PyNone.NONE), ONLY_LINE);
    } finally {
      f.lasti = i;
    }
  }

  /**
   * FOR_ITER {@code i} of a traced frame over an object whose {@code __next__} is written in Python: runs that
   * {@code __next__} here, so that the StopIteration it raises at the end, which the loop would swallow, is seen by
   * the frame's trace function first (an exception event on the loop's line, as CPython's). Goes on as FOR_ITER
   * would: with the item pushed, or at {@code exit} without the iterator; returns where the loop resumes.
   */
  private static int iterates(ThreadState ts, Frame f, int i, int exit, PyObject next, PyObject[] s, int sp) {
    PyObject item;
    try {
      item = Abstract.callMethod(s[sp - 1], next);
    } catch (PyException e) {
      if (!e.matches(ExceptionTypes.StopIteration)) throw e;
      PyObject local = f.localTrace();
      if (local != null && ts.traceFunction() != null) {
        PyBaseException v = e.value();
        trace(ts, f, local, EXCEPTION, PyTuple.of(v.type(), v, v.traceback == null ? PyNone.NONE : v.traceback),
            ONLY_LINE);
      }
      s[sp - 1] = null;
      f.sp = sp - 1;
      return before(ts, f, exit, s, sp - 1);
    }
    s[sp] = item;
    f.sp = sp + 1;
    return before(ts, f, i + 1, s, sp + 1);
  }

  /** CPython 3.12's rule: a line start whose line differs from the last instruction's, or after RESUME; and a backward jump to the same line. */
  private static boolean startsLine(Frame f, LineStarts lines, int i, int prev) {
    int line = lines.lines[i];
    if (line < 0) return false;
    if (lines.starts[i] && (lines.line(prev) != line || Op.opcode(f.code.word(prev)) == Op.RESUME)) return true;
    return prev >= i && lines.line(prev) == line && jumpsTo(f.code.word(prev), i);
  }

  private static boolean jumpsTo(int word, int target) {
    Op.Info info = Op.info(word & 0xff);
    return info.has(Op.Flag.JUMPS) && info.code() != Op.JUMP_BACKWARD_NO_INTERRUPT && (word >>> 8) == target;
  }

  private static void returns(ThreadState ts, Frame f, PyObject value) { returns(ts, f, value, ONLY_LINE); }

  private static void returns(ThreadState ts, Frame f, PyObject value, String jumpRefusal) {
    profile(ts, f, RETURN, value, jumpRefusal);
    PyObject local = f.localTrace();
    if (local != null && ts.traceFunction() != null) trace(ts, f, local, RETURN, value, jumpRefusal);
  }

  /**
   * A yield's return event: a trace function may jump from it (CPython's PY_YIELD), and the yield goes on; the
   * generator resumes at the jump's target, without the sent value ({@link #resumesAtJump}).
   */
  private static void yields(ThreadState ts, Frame f, PyObject value) {
    Frame.TraceState state = f.traceState();
    state.atYield = true;
    try {
      returns(ts, f, value, null);
    } finally {
      state.atYield = false;
    }
    if (state.jumpTo >= 0) {
      state.resumeAt = state.jumpTo;
      state.jumpTo = -1;
    }
  }

  /**
   * Called as generator {@code f} resumes: when a trace function jumped from its last yield, the frame goes on at the
   * jump's target with the stack that target has (the value sent in is dropped), and true is returned. An exception
   * thrown in is raised at the target (the loop raises it at the instruction before {@link Frame#next}).
   */
  static boolean resumesAtJump(Frame f, boolean thrown) {
    Frame.TraceState state = f.traceStateIfAny();
    if (state == null || state.resumeAt < 0) return false;
    Arrays.fill(f.localsplus, state.resumeSp, f.localsplus.length, null);
    f.next = thrown ? state.resumeAt + 1 : state.resumeAt;
    f.lasti = state.resumeAt;  // the target line sends no line event of its own, as after any jump
    f.sp = state.resumeSp;
    state.resumeAt = -1;
    return true;
  }

  /**
   * A CALL about to run {@code callable} ({@code first}: its first argument, or null): a profile function hears
   * c_call for a built-in function, or a built-in method descriptor given its object (as the bound method), and
   * c_return or c_exception after.
   */
  private static void callsBuiltin(ThreadState ts, Frame f, PyObject callable, PyObject first) {
    PyBuiltinMethod c = profiledBuiltin(ts, callable, first);
    if (c == null) return;
    profile(ts, f, C_CALL, c, DURING_CALL);
    if (ts.profileFunction() != null || ts.profileHook() != null) f.traceState().cCallee = c;
  }

  /** The built-in a profile function hears of for a call of {@code callable}, or null (none, or no profiling). */
  static PyBuiltinMethod profiledBuiltin(ThreadState ts, PyObject callable, PyObject first) {
    if (ts.profileFunction() == null && ts.profileHook() == null) return null;
    if (callable instanceof PyBuiltinMethod m) return m;
    if (callable instanceof PyMethodDescriptor d && first != null) {
      try {
        return d.bind(first);
      } catch (PyException e) {
        return null;  // the call itself raises the TypeError
      }
    }
    return null;
  }

  /**
   * A compiled frame's call of anything but a Python function while a hook is set (docs/jit.md): compiled code keeps
   * running when a profiler starts (a frame compiled before, such as the one that called {@code enable()}), so for a
   * built-in it sends the loop's c_call, then c_return or c_exception, around the call itself.
   */
  static PyObject compiledCall(ThreadState ts, Frame f, PyObject callable, PyObject[] s, int from, int npos,
                               String[] kwnames) {
    PyBuiltinMethod c = profiledBuiltin(ts, callable, npos > 0 ? s[from] : null);
    if (c == null) return Calls.call(f, callable, s, from, npos, kwnames);
    profile(ts, f, C_CALL, c, DURING_CALL);
    PyObject result;
    try {
      result = Calls.call(f, callable, s, from, npos, kwnames);
    } catch (PyException e) {
      profile(ts, f, C_EXCEPTION, c, ONLY_LINE);
      throw e;
    }
    profile(ts, f, C_RETURN, c, DURING_CALL);
    return result;
  }

  /**
   * The loop caught {@code e} in {@code f}: c_exception for the built-in its CALL was running, then the exception
   * event, unless {@code e} is being re-raised ({@code fresh} false: a re-raise sends none, as CPython's). Returns
   * the exception to go on with: {@code e}, or what a failing trace or profile function raised instead.
   */
  static PyException exception(ThreadState ts, Frame f, PyException e, boolean fresh) {
    try {
      Frame.TraceState state = f.traceStateIfAny();
      if (state != null && state.cCallee != null) {
        PyObject callee = state.cCallee;
        state.cCallee = null;
        profile(ts, f, C_EXCEPTION, callee, ONLY_LINE);
      }
      PyObject local = f.localTrace();
      if (!fresh || local == null || ts.traceFunction() == null) return e;
      PyBaseException v = e.value();
      PyObject tb = v.traceback == null ? PyNone.NONE : v.traceback;
      trace(ts, f, local, EXCEPTION, PyTuple.of(v.type(), v, tb), ONLY_LINE);
      return e;
    } catch (PyException hookFailed) {
      return hookFailed;
    }
  }

  /** {@code f} is left by exception {@code e}: its return event, with None. Returns the exception to go on with. */
  static PyException unwind(ThreadState ts, Frame f, PyException e) {
    try {
      returns(ts, f, PyNone.NONE);
      return e;
    } catch (PyException hookFailed) {
      return hookFailed;
    }
  }

  private static void profile(ThreadState ts, Frame f, PyStr event, PyObject arg, String jumpRefusal) {
    ProfileHook javaHook = ts.profileHook();
    if (javaHook != null) profileInJava(ts, javaHook, f, event, arg);
    PyObject hook = ts.profileFunction();
    if (hook == null) return;
    try {
      callHook(ts, hook, f, event, arg, jumpRefusal);
    } catch (PyException e) {
      ts.setProfileFunction(null);
      throw e;
    }
  }

  /** A profile event for a profiler written in Java: no Python call, and none of its own code profiled. */
  private static void profileInJava(ThreadState ts, ProfileHook hook, Frame f, PyStr event, PyObject arg) {
    ts.tracing = false;
    try {
      if (event == CALL) hook.pythonCall(f.pycode);
      else if (event == RETURN) hook.pythonReturn(f.pycode);
      else if (event == C_CALL) hook.builtinCall((PyBuiltinMethod) arg);
      else hook.builtinReturn((PyBuiltinMethod) arg);
    } finally {
      ts.tracing = ts.hooksSet();
    }
  }

  /**
   * Calls a trace function: the global one for "call", the frame's own otherwise. What it returns, unless None,
   * becomes the frame's trace function; if it raises, tracing stops (sys.settrace(None), f_trace None) and the
   * exception goes on from where the frame is.
   */
  private static void trace(ThreadState ts, Frame f, PyObject hook, PyStr event, PyObject arg, String jumpRefusal) {
    PyObject result;
    try {
      result = callHook(ts, hook, f, event, arg, jumpRefusal);
    } catch (PyException e) {
      ts.setTraceFunction(null);
      f.setTrace(null);
      throw e;
    }
    if (result != PyNone.NONE) f.traceState().function = result;
  }

  private static PyObject callHook(ThreadState ts, PyObject hook, Frame f, PyStr event, PyObject arg,
                                   String jumpRefusal) {
    ts.tracing = false;
    ts.traceFrame = f;
    ts.jumpRefusal = jumpRefusal;
    try {
      f.refreshLocalsForHook();
      PyObject result = Abstract.call(hook, f, event, arg);
      f.writeBackLocalsFromHook();
      return result;
    } finally {
      ts.traceFrame = null;
      ts.tracing = ts.hooksSet();
    }
  }

  /**
   * {@code f_lineno = v}: only from the trace function of {@code f}'s line event (or of its resumption), to a line
   * the stack allows (LineJump); the loop goes there when the trace function returns.
   */
  static void setLineno(Frame f, PyObject v) {
    if (v == null) throw Errors.of(ExceptionTypes.AttributeError, "cannot delete attribute");
    if (v.getClass() != PyInt.class) throw Errors.valueError("lineno must be an integer");
    ThreadState ts = ThreadState.current();
    if (ts.traceFrame != f) throw Errors.valueError("f_lineno can only be set in a trace function");
    if (ts.jumpRefusal != null) throw Errors.valueError("%s", ts.jumpRefusal);
    PyInt n = (PyInt) v;
    if (!n.isLong() || n.longValue() != (int) n.longValue()) {
      throw Errors.valueError("lineno out of range");
    }
    Frame.TraceState state = f.traceState();
    state.jumpTo = LineJump.to(ts, f, f.lasti, (int) n.longValue(), state.atYield);
  }

  /** Where the jump goes: its first instruction runs without a line event of its own, as CPython's. */
  private static int jumped(Frame f, Frame.TraceState state) {
    int to = state.jumpTo;
    state.jumpTo = -1;
    f.lasti = to;
    return to;
  }
}
