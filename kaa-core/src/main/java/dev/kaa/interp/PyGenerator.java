package dev.kaa.interp;

import dev.kaa.bytecode.Op;
import dev.kaa.objects.Abstract;
import dev.kaa.objects.Addresses;
import dev.kaa.objects.Errors;
import dev.kaa.objects.IterNext;
import dev.kaa.objects.ExceptionTypes;
import dev.kaa.objects.PyBaseException;
import dev.kaa.objects.PyException;
import dev.kaa.objects.PyBool;
import dev.kaa.objects.PyGetter;
import dev.kaa.objects.PyMethod;
import dev.kaa.objects.PySetter;
import dev.kaa.objects.PyNone;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyStr;
import dev.kaa.objects.PyTuple;
import dev.kaa.objects.PyType;

/**
 * {@code generator}: a suspended frame. Each resumption runs the same eval loop from the frame's saved instruction;
 * {@code YIELD_VALUE} returns out of it with the frame's index and stack pointer saved. The generator's own
 * handled-exception slot is pushed on the thread's while it runs. {@link PyCoroutine} and {@link PyAsyncGenerator}
 * share all of this; a plain generator is a {@link Plain}.
 */
public class PyGenerator extends PyObject {
  public static final PyType TYPE = new PyType("generator", PyType.IMMUTABLE | PyType.WEAKREFABLE,
      PyGenerator.class, PyType.OBJECT);

  final Frame frame;
  /** {@code __name__} and {@code __qualname__}: str objects, the same one at every read, as CPython's. */
  private PyStr name;
  private PyStr qualname;
  boolean running;
  private final ThreadState.ExcInfo excInfo = new ThreadState.ExcInfo();

  PyGenerator(Frame frame) {
    this.frame = frame;
    this.name = new PyStr(frame.function.name);
    this.qualname = new PyStr(frame.function.qualname);
  }

  @Override public PyType type() { return TYPE; }

  /** "generator", "coroutine", "async generator": how messages name this kind. */
  String kind() { return "generator"; }

  boolean finished() { return frame.next < 0; }

  /**
   * Runs the frame until it yields (the value yielded is returned) or returns (null is returned, the return value
   * left in {@link ThreadState#returnValue}); {@code thrown} is raised at the point of suspension first.
   */
  PyObject resume(ThreadState ts, PyObject sent, PyException thrown) {
    if (running) throw Errors.valueError("%s already executing", kind());
    if (finished()) {
      if (thrown != null) throw thrown;
      return finishedResume(ts);
    }
    if (frame.next == 0) {
      if (thrown == null && sent != PyNone.NONE) {
        throw Errors.typeError("can't send non-None value to a just-started %s", kind());
      }
    } else if (!Tracing.resumesAtJump(frame, thrown != null)) {
      // a throw() also leaves a value where the yield's result goes (None): the handler's depth counts it
      frame.localsplus[frame.sp++] = thrown == null ? sent : PyNone.NONE;
    }
    running = true;
    excInfo.previous = ts.excInfo;
    ts.excInfo = excInfo;
    // thrown into an except block suspended here: the exception being handled there becomes its context
    if (thrown != null && excInfo.value != null) Unwind.chainContext(ts, thrown.value());
    PyObject r;
    try {
      r = Eval.run(ts, frame, thrown);
    } finally {
      ts.excInfo = excInfo.previous;
      excInfo.previous = null;
      running = false;
    }
    if (frame.next > 0) return r;
    ts.returnValue = r;
    return null;
  }

  /** Resuming a generator that has finished: it simply stops again (a coroutine refuses). */
  PyObject finishedResume(ThreadState ts) {
    ts.returnValue = PyNone.NONE;
    return null;
  }

  /** The object a suspended {@code yield from}/{@code await} is delegating to, or null (also while running). */
  PyObject yieldFrom() {
    if (running || finished() || frame.next == 0) return null;
    int word = frame.code.word(frame.next);
    if (Op.opcode(word) != Op.RESUME || Op.arg(word) < 2) return null;
    return frame.localsplus[frame.sp - 1];
  }

  @PyMethod("__iter__") public PyObject iter() { return this; }

  /**
   * What calling a generator function makes: also an {@link IterNext}, so {@code for} loops and built-ins
   * ({@code sum}, {@code list}, {@code next}...) resume it directly. Coroutines are not iterators, hence this class.
   */
  static final class Plain extends PyGenerator implements IterNext {
    /** The frame's return value, from the {@link #iterNext} that saw it return until {@link #stopIteration}. */
    private PyObject returned;

    Plain(Frame frame) { super(frame); }

    @Override public PyObject iterNext() { return next(ThreadState.current()); }

    /** {@link #iterNext} for the eval loop's {@code FOR_ITER}, which knows the thread state. */
    PyObject next(ThreadState ts) {
      PyObject v = resume(ts, PyNone.NONE, null);
      if (v == null) {
        returned = ts.returnValue;
        ts.returnValue = null;
      }
      return v;
    }

    /** What the frame returned, once {@link #iterNext} saw it return (for a trace function's StopIteration). */
    PyObject returnedValue() { return returned; }

    @Override public PyException stopIteration() {
      PyObject value = returned;
      returned = null;
      return Generators.stopIteration(value);
    }
  }

  @PyMethod("__next__") public PyObject next() { return orStop(resume(ThreadState.current(), PyNone.NONE, null)); }

  /** A yielded value, or StopIteration carrying the return value when the frame returned (null). */
  static PyObject orStop(PyObject yielded) {
    if (yielded != null) return yielded;
    ThreadState ts = ThreadState.current();
    PyObject value = ts.returnValue;
    ts.returnValue = null;
    throw Generators.stopIteration(value);
  }

  @PyMethod public PyObject send(PyObject value) {
    return orStop(resume(ThreadState.current(), value, null));
  }

  @PyMethod("throw") public PyObject throwMethod(PyObject type, @PyMethod.Opt PyObject value,
                                                 @PyMethod.Opt PyObject traceback) {
    return orStop(throwInto(ThreadState.current(), Generators.makeThrown(type, value, traceback)));
  }

  /** {@code throw()}: passed on to a delegate first ({@code yield from}), else raised at the suspension point. */
  PyObject throwInto(ThreadState ts, PyException exc) {
    PyObject sub = yieldFrom();
    if (sub != null) {
      PyException intoThis;
      running = true;
      try {
        if (exc.matches(ExceptionTypes.GeneratorExit)) {
          Generators.closeDelegate(sub);
          intoThis = exc;
        } else {
          PyObject yielded = throwIntoDelegate(ts, sub, exc);
          if (yielded != null) return yielded;
          intoThis = Generators.stopIteration(ts.returnValue);
          ts.returnValue = null;
        }
      } catch (PyException e) {
        intoThis = e;
      } finally {
        running = false;
      }
      return resume(ts, null, intoThis);
    }
    return resume(ts, null, exc);
  }

  /** The delegate's throw() runs with this generator's frame as its caller's, as the tracebacks and f_back show. */
  private PyObject throwIntoDelegate(ThreadState ts, PyObject sub, PyException exc) {
    int depth = ts.depth;
    ts.enter(frame);
    try {
      return Generators.throwIntoDelegate(ts, sub, exc);
    } finally {
      ts.frame = frame.back;
      ts.depth = depth;
    }
  }

  @PyMethod public void close() {
    if (finished()) return;
    if (frame.next == 0) {
      frame.next = -1;
      return;
    }
    ThreadState ts = ThreadState.current();
    PyObject yielded;
    try {
      yielded = throwInto(ts, new PyException(ExceptionTypes.GeneratorExit, null));
    } catch (PyException e) {
      if (e.matches(ExceptionTypes.GeneratorExit) || e.matches(ExceptionTypes.StopIteration)) return;
      throw e;
    }
    if (yielded != null) throw Errors.of(ExceptionTypes.RuntimeError, "%s ignored GeneratorExit", kind());
    ts.returnValue = null;
  }

  @PyMethod("__repr__") public PyObject repr() {
    return new PyStr("<" + kind() + " object " + qualname + " at "
        + Addresses.of(this) + ">");
  }

  // ---- attributes (the coroutine and async generator types expose the same under cr_/ag_ names)

  @PyGetter("gi_frame") PyObject frameAttr() { return finished() ? PyNone.NONE : frame; }

  @PyGetter("gi_running") PyObject runningAttr() { return PyBool.of(running); }

  @PyGetter("gi_code") PyObject codeAttr() { return frame.pycode; }

  @PyGetter("gi_yieldfrom") PyObject yieldFromAttr() {
    PyObject y = yieldFrom();
    return y == null ? PyNone.NONE : y;
  }

  @PyGetter("gi_suspended") PyObject suspendedAttr() { return PyBool.of(frame.next > 0 && !running); }

  @PyGetter("__name__") PyObject nameAttr() { return name; }

  @PySetter("__name__") void setName(PyObject v) { name = stringAttr(v, "__name__"); }

  @PyGetter("__qualname__") PyObject qualnameAttr() { return qualname; }

  @PySetter("__qualname__") void setQualname(PyObject v) { qualname = stringAttr(v, "__qualname__"); }

  static PyStr stringAttr(PyObject v, String attr) {
    if (v instanceof PyStr s) return s;
    throw Errors.typeError("%s must be set to a string object", attr);
  }

  /** An exception instance made from throw()'s arguments, checked as CPython checks them. */
  static PyBaseException exceptionOf(PyObject type, PyObject value) {
    if (type instanceof PyBaseException v) {
      if (value != null && value != PyNone.NONE) {
        throw Errors.typeError("instance exception may not have a separate value");
      }
      return v;
    }
    if (type instanceof PyType t && t.isSubtypeOf(ExceptionTypes.BaseException)) {
      if (value != null && value.type().isSubtypeOf(t)) return (PyBaseException) value;
      PyObject made = value == null || value == PyNone.NONE ? t.call0()
          : value instanceof PyTuple args ? Abstract.call(t, args.toArray()) : t.call1(value);
      if (made instanceof PyBaseException e) return e;
      throw Errors.typeError("calling %s should have returned an instance of BaseException, not %s",
          Abstract.repr(t).value, made.type().name());
    }
    throw Errors.typeError("exceptions must be classes or instances deriving from BaseException, not %s",
        type.type().name());
  }
}
