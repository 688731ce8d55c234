package dev.kaa.interp;

import dev.kaa.bytecode.Code;
import dev.kaa.objects.Addresses;
import dev.kaa.objects.PyDict;
import dev.kaa.objects.PyGetter;
import dev.kaa.objects.PyInt;
import dev.kaa.objects.PyMethod;
import dev.kaa.objects.PyNone;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyStr;
import dev.kaa.objects.PyType;

/**
 * One activation of a code object, and also the Python {@code frame} object (so tracebacks and
 * {@code sys._getframe()} need no second allocation). {@link #localsplus} holds the code's locals, cells and free
 * variables (its slot layout), then the value stack. A generator's frame keeps its instruction index and stack
 * pointer between resumptions.
 */
public final class Frame extends PyObject {
  public static final PyType TYPE = new PyType("frame", PyType.IMMUTABLE, Frame.class, PyType.OBJECT);

  final PyCode pycode;
  final Code code;
  final PyObject[] localsplus;
  final PyDict globals;
  final PyDict builtins;
  /** The locals mapping of a class body or exec/eval; null for an optimised (function) frame. */
  final PyObject locals;
  /** The function whose call made this frame (its closure fills the free-variable slots); null for module code. */
  final PyFunction function;
  /** The calling frame while this one runs. */
  Frame back;
  /** The index of the next instruction to run (saved only when the frame suspends or calls out). */
  int next;
  /** The stack pointer saved when the frame suspends. */
  int sp;
  /** The instruction being run, for {@code f_lineno} and tracebacks; -1 before the first. */
  int lasti = -1;
  /**
   * While the frame's CALL instruction runs its callable: the top of its value stack (the slots above hold values
   * the loop has popped without clearing); 0 otherwise. {@link #clearPoppedValues} uses it.
   */
  int callTop;
  /** A function frame's {@code locals()} dict, made at the first call of {@link #localsMapping}. */
  private PyDict localsSnapshot;

  Frame(PyCode pycode, PyDict globals, PyDict builtins, PyObject locals, PyFunction function) {
    this.pycode = pycode.ready();
    this.code = pycode.code;
    this.localsplus = new PyObject[code.localsPlusCount() + code.stackSize];
    this.globals = globals;
    this.builtins = builtins;
    this.locals = locals;
    this.function = function;
    this.sp = code.localsPlusCount();
  }

  /** The frame of a call of {@code fn}, its parameters still to be bound. */
  Frame(PyFunction fn) {
    this.pycode = fn.pycode.ready();
    this.code = fn.code;
    int fixed = code.localsPlusCount();
    this.localsplus = new PyObject[fixed + code.stackSize];
    this.globals = fn.globals;
    this.builtins = fn.builtins;
    this.locals = null;
    this.function = fn;
    this.sp = fixed;
  }

  @Override public PyType type() { return TYPE; }

  public Code code() { return code; }

  public PyDict globals() { return globals; }

  public PyDict builtins() { return builtins; }

  /** The caller, or null. */
  public Frame back() { return back; }

  /**
   * Forgets the values above the stack of a frame whose CALL is running (0 slots otherwise), so that an object the
   * program has deleted is not kept alive by a stale copy: {@code gc.collect()} calls it on the thread's frames.
   */
  public void clearPoppedValues() {
    if (callTop > 0) java.util.Arrays.fill(localsplus, callTop, localsplus.length, null);
  }

  /**
   * Forgets the slots from {@code from} up, at a yield: a suspended generator must not keep alive the value it
   * yielded, nor the arguments of the calls it made, which the eval loop pops without clearing.
   */
  public void clearStackFrom(int from) { java.util.Arrays.fill(localsplus, from, localsplus.length, null); }

  /** The line being run ({@code f_lineno}). */
  public int lineno() {
    return lasti < 0 ? code.firstLineno : code.position(lasti).lineno();
  }

  /** The value of frame slot {@code slot} (a local, or a cell's contents), or null when unbound. */
  PyObject slotValue(int slot) {
    PyObject v = localsplus[slot];
    return v instanceof PyCell c && isCellSlot(slot) ? c.contents : v;
  }

  boolean isCellSlot(int slot) {
    if (slot >= code.nlocals()) return true;
    for (int i = 0; i < code.cellvars.size(); i++) if (code.cellSlot(i) == slot) return lasti >= 0;
    return false;
  }

  /**
   * {@code f_locals}/{@code locals()}: the mapping of a class body or exec, or for a function its one locals dict,
   * refreshed from the bound locals, cells and free variables at each call as CPython 3.12's (the same dict every
   * time; keys put in it by the program stay unless they name a local, writes never reach the locals).
   */
  public PyObject localsMapping() {
    if (locals != null) return locals;
    if (localsSnapshot == null) localsSnapshot = new PyDict();
    PyDict d = localsSnapshot;
    for (int slot = 0; slot < code.localsPlusCount(); slot++) {
      PyObject v = slotValue(slot);
      PyStr name = new PyStr(code.slotName(slot));
      if (v != null) {
        d.put(name, v);
      } else {
        d.remove(name);
      }
    }
    return d;
  }

  @PyGetter("f_code") PyObject codeAttr() { return pycode; }

  /** {@code f_lineno}: None while the frame runs an instruction with no line, as in CPython. */
  @PyGetter("f_lineno") PyObject linenoAttr() {
    int line = lineno();
    return line < 0 ? dev.kaa.objects.PyNone.NONE : PyInt.of(line);  // an instruction with no line: None
  }

  @PyGetter("f_lasti") PyObject lastiAttr() { return PyInt.of(2 * Math.max(lasti, 0)); }

  @PyGetter("f_globals") PyObject globalsAttr() { return globals; }

  @PyGetter("f_builtins") PyObject builtinsAttr() { return builtins; }

  @PyGetter("f_locals") PyObject localsAttr() { return localsMapping(); }

  /**
   * The frame's tracing state ({@code f_trace}, docs/tracing.md), made when a trace function or a debugger first
   * touches the frame: most frames never carry one.
   */
  static final class TraceState {
    /** {@code f_trace}: the local trace function, null for None. */
    PyObject function;
    boolean lines = true;
    boolean opcodes;
    /** The built-in function this frame's CALL is running while a profile function watches: its c_return is due. */
    PyObject cCallee;
    /** The generator a FOR_ITER of this frame resumed last (a value it returns makes an exception event). */
    PyGenerator.Plain iterating;
    /** Where a trace function's {@code f_lineno} store sends the frame, -1 for nowhere. */
    int jumpTo = -1;
    /** While a yield's return event is traced: a jump then takes effect when the generator resumes. */
    boolean atYield;
    /** Where the generator resumes after a jump from its yield's return event (-1: at the yield), and its depth. */
    int resumeAt = -1, resumeSp;
  }

  private TraceState traceState;

  TraceState traceState() {
    if (traceState == null) traceState = new TraceState();
    return traceState;
  }

  /** The tracing state, or null when nothing traced this frame yet. */
  TraceState traceStateIfAny() { return traceState; }

  /** The local trace function ({@code f_trace}), or null. */
  PyObject localTrace() { return traceState == null ? null : traceState.function; }

  @PyGetter("f_trace") PyObject traceAttr() { return orNone(localTrace()); }

  @dev.kaa.objects.PySetter("f_trace") void setTrace(PyObject v) {
    traceState().function = v == null || v == PyNone.NONE ? null : v;
  }

  @PyGetter("f_trace_lines") PyObject traceLinesAttr() {
    return dev.kaa.objects.PyBool.of(traceState == null || traceState.lines);
  }

  @dev.kaa.objects.PySetter("f_trace_lines") void setTraceLines(PyObject v) { traceState().lines = traceFlag(v); }

  @PyGetter("f_trace_opcodes") PyObject traceOpcodesAttr() {
    return dev.kaa.objects.PyBool.of(traceState != null && traceState.opcodes);
  }

  @dev.kaa.objects.PySetter("f_trace_opcodes") void setTraceOpcodes(PyObject v) {
    traceState().opcodes = traceFlag(v);
    if (traceState.opcodes) Tracing.opcodesAsked = true;
  }

  /** {@code f_lineno = n} from a trace function: a jump (docs/tracing.md). */
  @dev.kaa.objects.PySetter("f_lineno") void setLineno(PyObject v) { Tracing.setLineno(this, v); }

  private static boolean traceFlag(PyObject v) {
    if (v == null) throw dev.kaa.objects.Errors.typeError("can't delete numeric/char attribute");
    if (!(v instanceof dev.kaa.objects.PyBool b)) {
      throw dev.kaa.objects.Errors.typeError("attribute value type must be bool");
    }
    return b == dev.kaa.objects.PyBool.TRUE;
  }

  private static PyObject orNone(PyObject v) { return v == null ? PyNone.NONE : v; }

  /**
   * Around a trace function's call (CPython's call_trampoline): {@code f_locals}, when the program has looked at it,
   * is refreshed before, and what the trace function stored in it is written back to the locals after (a debugger's
   * {@code x = 5}; a key it deleted unbinds the local).
   */
  void refreshLocalsForHook() {
    if (localsSnapshot != null) localsMapping();
  }

  void writeBackLocalsFromHook() {
    PyDict d = localsSnapshot;
    if (d == null || locals != null) return;
    for (int slot = 0; slot < code.localsPlusCount(); slot++) {
      PyObject v = d.get(new PyStr(code.slotName(slot)));
      if (isCellSlot(slot) && localsplus[slot] instanceof PyCell c) {
        c.contents = v;
      } else {
        localsplus[slot] = v;
      }
    }
  }

  @PyGetter("f_back") PyObject backAttr() { return back == null ? PyNone.NONE : back; }

  /**
   * {@code frame.clear()}: forgets a finished frame's locals (traceback.clear_frames and unittest call it, so that a
   * kept traceback keeps no objects alive); a frame still running, on any thread, refuses (a traceback from another
   * thread's exception holds that thread's running frames: multiprocessing's queue feeder lost its locals to a
   * clear_frames in the thread that received its error). A suspended generator's frame is left as it is (CPython
   * closes the generator).
   */
  @PyMethod("clear") void clear() {
    for (ThreadState t : ThreadState.live().values()) {
      for (Frame f = t.frame(); f != null; f = f.back) {
        if (f == this) throw dev.kaa.objects.Errors.of(dev.kaa.objects.ExceptionTypes.RuntimeError,
            "cannot clear an executing frame");
      }
    }
    if (dev.kaa.bytecode.CodeFlags.makesGenerator(code.flags)) return;
    java.util.Arrays.fill(localsplus, null);
    localsSnapshot = null;
  }

  @PyMethod("__repr__") public PyObject repr() {
    return new PyStr("<frame at " + Addresses.of(this) + ", file '" + code.filename
        + "', line " + lineno() + ", code " + code.name + ">");
  }
}
