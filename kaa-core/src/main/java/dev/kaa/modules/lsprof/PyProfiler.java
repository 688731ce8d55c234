package dev.kaa.modules.lsprof;

import dev.kaa.interp.ProfileHook;
import dev.kaa.interp.PyCode;
import dev.kaa.interp.ThreadState;
import dev.kaa.objects.Abstract;
import dev.kaa.objects.Errors;
import dev.kaa.objects.PyBuiltinMethod;
import dev.kaa.objects.PyDict;
import dev.kaa.objects.PyException;
import dev.kaa.objects.PyFloat;
import dev.kaa.objects.PyInt;
import dev.kaa.objects.PyList;
import dev.kaa.objects.PyMethod;
import dev.kaa.objects.PyNone;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyType;
import dev.kaa.objects.SubclassableObject;
import dev.kaa.runtime.Interpreter;
import dev.kaa.runtime.PyStructSeq;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code _lsprof.Profiler}: CPython's deterministic profiler. Each call of a Python function or (with
 * {@code builtins}) of a built-in is timed from its start to its return; the time spent in its callees is subtracted
 * for its inline time, and (with {@code subcalls}) each caller keeps per-callee figures. A recursive call counts in
 * {@code reccallcount} and its total time only once, in the outermost call. Keys are the code object and the built-in's
 * function (so {@code list.append} bound to any list is one entry), as CPython keys by the code and the method
 * definition.
 *
 * <p>Enabled, the profiler is its thread's {@link ProfileHook}: the interpreter calls it in Java, with no Python
 * call per event (CPython 3.12 makes it a {@code sys.monitoring} tool; it hears every thread, this one the thread that
 * enabled it).
 */
final class PyProfiler extends SubclassableObject implements ProfileHook {
  static final PyType TYPE = new PyType("_lsprof.Profiler", PyType.IMMUTABLE | PyType.BASETYPE, PyProfiler.class,
      PyType.OBJECT);

  /** A call running: when it started, how long its finished callees took, who called it. */
  private static final class Running {
    final FunctionStats stats;
    final Running caller;
    long start, inCallees;

    Running(FunctionStats stats, Running caller) {
      this.stats = stats;
      this.caller = caller;
    }
  }

  /** Python's timer, or null for the JVM's nanosecond clock. */
  private PyObject timer;
  /** Seconds per unit of an integer timer; 0 for a timer answering in seconds. */
  private double timeUnit;
  private boolean subcalls = true, builtins = true;
  /** Per code object or built-in function, in first-call order. */
  private final Map<Object, FunctionStats> stats = new LinkedHashMap<>();
  private Running running;
  /** The thread whose events it hears while enabled. */
  private ThreadState enabledOn;
  private final Interpreter interp = Interpreter.current();

  private PyProfiler(PyType type) { super(type); }

  @PyMethod(value = "__new__", kind = PyMethod.Kind.NEW)
  static PyObject make(PyType cls, @PyMethod.Star PyObject[] args, @PyMethod.KwArgs PyDict kwargs) {
    return new PyProfiler(cls);
  }

  @PyMethod(value = "__init__", positionalOnly = 0)
  void init(@PyMethod.Opt PyObject timer, @PyMethod.Opt PyObject timeunit, @PyMethod.Opt PyObject subcalls,
            @PyMethod.Opt PyObject builtins) {
    double unit = timeunit == null ? 0.0 : Abstract.floatValue(timeunit);
    boolean sub = subcalls == null || Abstract.isTrue(subcalls);
    boolean built = builtins == null || Abstract.isTrue(builtins);
    this.timer = timer == null || timer == PyNone.NONE ? null : timer;
    this.timeUnit = unit;
    this.subcalls = sub;
    this.builtins = built;
  }

  @PyMethod(positionalOnly = 0)
  void enable(@PyMethod.Opt PyObject subcalls, @PyMethod.Opt PyObject builtins) {
    if (subcalls != null) this.subcalls = Abstract.isTrue(subcalls);
    if (builtins != null) this.builtins = Abstract.isTrue(builtins);
    LsprofModule.Active active = LsprofModule.Active.of(interp);
    synchronized (active) {
      if (active.profiler != null) throw Errors.valueError("Another profiling tool is already active");
      active.profiler = this;
    }
    enabledOn = ThreadState.current();
    enabledOn.setProfileHook(this);
  }

  @PyMethod void disable() {
    if (enabledOn != null) {
      enabledOn.setProfileHook(null);
      enabledOn = null;
      LsprofModule.Active active = LsprofModule.Active.of(interp);
      synchronized (active) {
        if (active.profiler == this) active.profiler = null;
      }
    }
    while (running != null) stop(running.stats);  // calls still running are counted as ended here
  }

  @PyMethod void clear() {
    stats.clear();
    running = null;
  }

  @PyMethod PyObject getstats() {
    double factor = timer == null || timeUnit == 0.0 ? 1e-9 : timeUnit;
    List<PyObject> entries = new ArrayList<>(stats.size());
    for (FunctionStats s : stats.values()) {
      PyObject calls = PyNone.NONE;
      if (s.callees != null) {
        List<PyObject> subs = new ArrayList<>(s.callees.size());
        for (FunctionStats c : s.callees.values()) {
          subs.add(PyStructSeq.of(LsprofModule.SUBENTRY, c.code, PyInt.of(c.callCount), PyInt.of(c.recursiveCallCount),
              new PyFloat(c.totalTime * factor), new PyFloat(c.inlineTime * factor)));
        }
        calls = new PyList(subs.toArray(PyObject[]::new));
      }
      entries.add(PyStructSeq.of(LsprofModule.ENTRY, s.code, PyInt.of(s.callCount), PyInt.of(s.recursiveCallCount),
          new PyFloat(s.totalTime * factor), new PyFloat(s.inlineTime * factor), calls));
    }
    return new PyList(entries.toArray(PyObject[]::new));
  }

  // ---- the profile events

  @Override public void pythonCall(PyCode code) { start(code, code); }

  @Override public void pythonReturn(PyCode code) { end(code); }

  @Override public void builtinCall(PyBuiltinMethod callee) {
    if (builtins && callee.type() == PyBuiltinMethod.TYPE) start(callee.function, callee);
  }

  @Override public void builtinReturn(PyBuiltinMethod callee) {
    if (builtins && callee.type() == PyBuiltinMethod.TYPE) end(callee.function);
  }

  private void start(Object key, PyObject callable) {
    FunctionStats s = stats.get(key);
    if (s == null) stats.put(key, s = new FunctionStats(callable instanceof PyBuiltinMethod m ? BuiltinLabel.of(m) : callable));
    Running r = new Running(s, running);
    running = r;
    s.recursionLevel++;
    if (subcalls && r.caller != null) r.caller.stats.callee(s, true).recursionLevel++;
    r.start = now();
  }

  /**
   * The running call ends. As CPython's, the key's figures take the innermost running call's times whatever it was
   * (events do pair up); a key never started just pops the call.
   */
  private void end(Object key) {
    if (running == null) return;
    FunctionStats s = stats.get(key);
    if (s == null) {
      running = running.caller;
      return;
    }
    stop(s);
  }

  private void stop(FunctionStats s) {
    Running r = running;
    long total = now() - r.start, inline = total - r.inCallees;
    if (r.caller != null) r.caller.inCallees += total;
    running = r.caller;
    s.ended(total, inline);
    if (subcalls && r.caller != null) {
      FunctionStats sub = r.caller.stats.callee(s, false);
      if (sub != null) sub.ended(total, inline);
    }
  }

  /** The timer's reading, in its units (nanoseconds for seconds): a failing timer is reported and reads 0. */
  private long now() {
    if (timer == null) return System.nanoTime();
    try {
      PyObject t = Abstract.call(timer);
      return timeUnit > 0.0 ? TimerValues.units(t) : TimerValues.secondsAsNanos(t);
    } catch (PyException e) {
      interp.printUnraisable(null, timer, e.value());
      return 0;
    }
  }
}
