package dev.kaa.interp;

import dev.kaa.objects.Errors;
import dev.kaa.objects.ExceptionTypes;
import dev.kaa.objects.FreeThreading;
import dev.kaa.objects.PyBaseException;
import dev.kaa.objects.PyException;
import dev.kaa.objects.PyObject;

/**
 * What the interpreter keeps per Java thread running Python: the innermost frame, the Python call depth checked
 * against the recursion limit, and the exception being handled ({@code sys.exc_info()}).
 */
public final class ThreadState {
  private static final ThreadLocal<ThreadState> CURRENT = ThreadLocal.withInitial(ThreadState::new);
  /** The last thread state handed out: a hit saves the ThreadLocal probe on calls from Java into Python. */
  private static ThreadState recent;
  /** Every thread that has run Python, by thread id ({@code sys._current_frames()}); dead ones leave when listed. */
  private static final java.util.Map<Long, ThreadState> ALL = new java.util.concurrent.ConcurrentHashMap<>();

  /** {@code sys.getrecursionlimit()}: shared by all threads, as CPython's per-interpreter limit. */
  private static volatile int recursionLimit = 1000;

  final Thread thread = Thread.currentThread();
  /** The innermost Python frame running on this thread, or null. */
  Frame frame;
  /** Python frames on this thread's stack. */
  int depth;

  /** Where compiled code's breaker exit leaves its unboxed ints, by frame slot (JitSupport.runCompiled boxes them). */
  long[] exitLongs = new long[0];
  /** The top of the handled-exception stack: this thread's own slot, or a running generator's above it. */
  ExcInfo excInfo = new ExcInfo();
  /** The exception a re-raising instruction is throwing: the loop adds no traceback entry for it. */
  PyException reraising;
  /** Where SEND finds the return value of a sub-iterator that finished. */
  PyObject returnValue;
  /** This thread's current {@code contextvars.Context}; null until first asked for (then a new, empty one). */
  private PyObject context;
  /** What this thread does at the eval breaker for the interpreter it runs (its GIL, weakref callbacks), or null. */
  SafePoint safePoint;
  /** Whether this thread runs pending calls (signal handlers, Ctrl-C): the main thread, not those of _thread. */
  boolean runsPendingCalls = true;
  /** {@code sys.set_asyncgen_hooks}: per thread, as CPython's; null for None. */
  PyObject asyncGenFirstiter, asyncGenFinalizer;
  /** {@code sys.settrace} and {@code sys.setprofile}'s functions, null for None (docs/tracing.md). */
  private PyObject traceFunction, profileFunction;
  /** A profiler written in Java ({@code _lsprof}) hearing the profile events beside {@link #profileFunction}. */
  private ProfileHook profileHook;
  /**
   * Whether frames on this thread send trace or profile events: a trace or profile function is set and none of them
   * is running now (its own code is not traced, CPython's {@code tstate->tracing}). Frames that start while it is
   * true run in the interpreter with the tracing instruction array (docs/tracing.md).
   */
  boolean tracing;
  /** Whether frames that ask for opcode events get them: {@link Tracing#opcodesAsked} when the trace function was set. */
  boolean opcodeEvents;
  /** The frame whose trace or profile function is running now, or null. */
  Frame traceFrame;
  /** Why the running trace function may not set {@code f_lineno} (CPython's message), or null when it may. */
  String jumpRefusal;
  /** {@code sys.set_coroutine_origin_tracking_depth}. */
  private int coroutineOriginDepth;

  private ThreadState() {
    ALL.put(thread.threadId(), this);
  }

  /** The threads running Python now, by thread id (what {@code threading.get_ident()} returns). */
  public static java.util.Map<Long, ThreadState> live() {
    ALL.values().removeIf(ts -> !ts.thread.isAlive());
    return ALL;
  }

  public PyObject asyncGenFirstiter() { return asyncGenFirstiter; }

  public PyObject asyncGenFinalizer() { return asyncGenFinalizer; }

  public PyObject traceFunction() { return traceFunction; }

  public void setTraceFunction(PyObject f) {
    traceFunction = f;
    opcodeEvents = f != null && Tracing.opcodesAsked;
    if (traceFrame == null) tracing = hooksSet();
  }

  public PyObject profileFunction() { return profileFunction; }

  public void setProfileFunction(PyObject f) {
    profileFunction = f;
    if (traceFrame == null) tracing = hooksSet();
  }

  public ProfileHook profileHook() { return profileHook; }

  public void setProfileHook(ProfileHook h) {
    profileHook = h;
    if (traceFrame == null) tracing = hooksSet();
  }

  boolean hooksSet() { return traceFunction != null || profileFunction != null || profileHook != null; }

  /**
   * {@code sys.call_tracing(func, args)}: runs {@code call} with events on even inside a trace function (a
   * debugger's recursive debugging), then restores what was.
   */
  public PyObject callTracing(java.util.function.Supplier<PyObject> call) {
    boolean was = tracing;
    Frame hooked = traceFrame;
    tracing = hooksSet();
    traceFrame = null;
    try {
      return call.get();
    } finally {
      tracing = was;
      traceFrame = hooked;
    }
  }

  /**
   * Runs {@code work} with no trace or profile events: the weakref callbacks and finalizers a safe point runs when the
   * collector found their objects dead. CPython runs them where the last reference went, a fixed point of the program;
   * here they land at whichever safe point comes next, and a trace function seeing them there would log events the
   * program's own order does not have (docs/tracing.md).
   */
  public void withoutEvents(Runnable work) {
    boolean was = tracing;
    PyObject trace = traceFunction, profile = profileFunction;
    tracing = false;
    try {
      work.run();
    } finally {
      // as it was (a safe point inside the work, nested, must not turn events on for the rest of it), unless the
      // work set or cleared a hook: then as setting it leaves it
      boolean hooksChanged = traceFunction != trace || profileFunction != profile;
      tracing = hooksChanged && traceFrame == null ? hooksSet() : was;
    }
  }

  public int coroutineOriginDepth() { return coroutineOriginDepth; }

  public void setCoroutineOriginDepth(int depth) { coroutineOriginDepth = depth; }

  /** The thread this state belongs to. */
  public Thread thread() { return thread; }

  /** {@code sys.set_asyncgen_hooks(firstiter, finalizer)}: null for None; the caller checked they are callable. */
  public void setAsyncGenHooks(PyObject firstiter, PyObject finalizer) {
    asyncGenFirstiter = firstiter;
    asyncGenFinalizer = finalizer;
  }

  /** The calling thread's state. */
  public static ThreadState current() {
    ThreadState ts = recent;
    if (ts != null && ts.thread == Thread.currentThread()) return ts;
    ts = CURRENT.get();
    // free-threaded, threads running in parallel would take turns writing it: one cache line bouncing between cores
    if (!FreeThreading.enabled()) recent = ts;
    return ts;
  }

  /** The current {@code contextvars.Context}, or null when this thread has not used one yet. */
  public PyObject context() { return context; }

  /** Makes {@code c} this thread's current context ({@code Context.run} entering and leaving). */
  public void setContext(PyObject c) { context = c; }

  public static int recursionLimit() { return recursionLimit; }

  /** {@code sys.setrecursionlimit(n)}: the caller has checked {@code n >= 1}. */
  public static void setRecursionLimit(int limit) { recursionLimit = limit; }

  public SafePoint safePoint() { return safePoint; }

  /** Whether this thread runs pending calls (signal handlers): the main thread. */
  public boolean runsPendingCalls() { return runsPendingCalls; }

  /** Marks a thread started by {@code _thread}: pending calls (signal handlers) are left to the main thread. */
  public void leavePendingCallsToMainThread() { runsPendingCalls = false; }

  /** Sets what this thread does at the eval breaker; returns the one it replaces (restore it when done). */
  public SafePoint setSafePoint(SafePoint s) {
    SafePoint previous = safePoint;
    safePoint = s;
    return previous;
  }

  /** The innermost Python frame, or null when no Python code is running on this thread. */
  public Frame frame() { return frame; }

  /**
   * The exception being handled, or null ({@code sys.exception()}): the innermost handler's, looking through a
   * generator that handles none to its caller, as CPython's exception-state stack.
   */
  public PyBaseException handled() {
    for (ExcInfo e = excInfo; e != null; e = e.previous) if (e.value != null) return e.value;
    return null;
  }

  /**
   * One level of the handled-exception stack: a thread has one, each generator has its own (pushed while it runs),
   * so an {@code except} block suspended in a generator keeps its exception and does not see the caller's change.
   */
  static final class ExcInfo {
    /** The exception being handled at this level, or null. */
    PyBaseException value;
    ExcInfo previous;
  }

  /** Pushes {@code f} as the innermost frame; RecursionError beyond the limit, as CPython's Python-to-Python calls. */
  void enter(Frame f) {
    if (++depth > recursionLimit) {
      depth--;
      throw Errors.of(ExceptionTypes.RecursionError, "maximum recursion depth exceeded");
    }
    f.back = frame;
    frame = f;
  }

  /** How many Python frames this thread runs now (CPython's recursion depth). */
  public int depth() { return depth; }

  void leave(Frame f) {
    frame = f.back;
    depth--;
  }
}
