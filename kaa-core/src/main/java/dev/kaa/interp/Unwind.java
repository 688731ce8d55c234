package dev.kaa.interp;

import dev.kaa.bytecode.ExceptionTable;
import dev.kaa.bytecode.Op;
import dev.kaa.objects.Errors;
import dev.kaa.objects.ExceptionTypes;
import dev.kaa.objects.PyBaseException;
import dev.kaa.objects.PyException;
import dev.kaa.objects.PyInt;
import dev.kaa.objects.PyNone;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyTuple;
import dev.kaa.objects.PyType;

/**
 * Raising and handling exceptions in the eval loop: {@code raise} with its checks and chaining, the traceback entry
 * each frame adds, the exception-table lookup that finds a handler, {@code except} matching, and the instructions
 * that re-raise. A re-raise adds no traceback entry (CPython's {@code exception_unwind} path): the thread state
 * remembers the exception being re-raised so the loop can tell.
 */
final class Unwind {
  private Unwind() {}

  /** Any Throwable caught by the loop as a Python exception: Java's stack and heap limits become Python's errors. */
  static PyException asPython(Throwable t) {
    if (t instanceof PyException e) {
      return e;
    } else if (t instanceof StackOverflowError e) {
      return Errors.of(ExceptionTypes.RecursionError, "maximum recursion depth exceeded");
    } else if (t instanceof OutOfMemoryError e) {
      return Errors.memoryError();
    } else {
      return Errors.internal(t.toString());
    }
  }

  /**
   * Records that {@code e} passed through {@code f} at instruction {@code at}, chaining a fresh exception; nothing
   * for a re-raise, which keeps the frame's line where RERAISE put it. Returns false for a re-raise.
   */
  static boolean addTraceback(ThreadState ts, Frame f, PyException e, int at) {
    if (e == ts.reraising) {
      ts.reraising = null;
      return false;
    }
    f.lasti = at;
    PyBaseException v = e.value();
    PyTraceback inner = v.traceback instanceof PyTraceback t ? t : null;
    if (inner == null) chainContext(ts, v);
    v.traceback = new PyTraceback(f, at, inner);
    return true;
  }

  /** Implicit chaining: an exception raised while another is handled gets it as {@code __context__}, no cycles. */
  static void chainContext(ThreadState ts, PyBaseException v) {
    PyBaseException handled = ts.handled();
    if (handled == null || handled == v) return;
    PyBaseException o = handled, slow = handled;
    boolean moveSlow = false;
    while (o.context instanceof PyBaseException next) {
      if (next == v) {
        o.context = null;
        break;
      }
      o = next;
      if (moveSlow) {
        slow = (PyBaseException) slow.context;
        if (slow == o) break;  // a cycle that does not involve v
      }
      moveSlow = !moveSlow;
    }
    v.context = handled;
  }

  /**
   * The handler for an exception at instruction {@code at}: trims the stack to the handler's depth, pushes lasti
   * when asked and the exception, and returns the handler's index (the stack pointer is left in the frame); -1 when
   * the exception leaves the frame.
   */
  static int findHandler(Frame f, int at, PyException e) {
    ExceptionTable table = f.code.exceptionTable();
    int entry = table.lookup(at);
    if (entry < 0) return -1;
    PyObject[] s = f.localsplus;
    int sp = f.code.localsPlusCount() + table.depth(entry);
    if (table.pushesLasti(entry)) s[sp++] = PyInt.of(lastiAt(f, at));
    s[sp++] = e.value();
    f.sp = sp;
    return table.handler(entry);
  }

  /**
   * The instruction a handler with lasti records as the frame's: the raising one, except after a RERAISE that put
   * the frame back where the exception first came from (a cleanup passing it on): then that place, as CPython's
   * frame keeps it — so a handler further out, and the frame's line as it leaves, still say where it was raised.
   */
  static int lastiAt(Frame f, int at) {
    int word = f.code.word(at);
    return Op.opcode(word) == Op.RERAISE && Op.arg(word) != 0 ? f.lasti : at;
  }

  /** The handled-exception slot's value: None is "no exception". */
  static PyBaseException asException(PyObject v) {
    return v == PyNone.NONE || v == null ? null : (PyBaseException) v;
  }

  static int lastiFrom(PyObject v) {
    if (v instanceof PyInt i) return (int) i.longValue();
    throw Errors.of(ExceptionTypes.SystemError, "lasti is not an int");
  }

  /** Raises {@code exc} again, as it is: no new traceback entry. */
  static PyException reraise(ThreadState ts, PyObject exc) {
    PyException e = new PyException((PyBaseException) exc);
    ts.reraising = e;
    return e;
  }

  /** {@code raise}, {@code raise exc}, {@code raise exc from cause}: the values at {@code s[sp..]}. */
  static PyException raise(ThreadState ts, int argc, PyObject[] s, int sp) {
    if (argc == 0) {
      PyBaseException handled = ts.handled();
      if (handled == null) throw Errors.of(ExceptionTypes.RuntimeError, "No active exception to reraise");
      return reraise(ts, handled);
    }
    PyBaseException v = instantiate(s[sp], "exceptions must derive from BaseException");
    if (argc == 2) {
      PyObject cause = s[sp + 1];
      v.cause = cause == PyNone.NONE ? null : instantiate(cause, "exception causes must derive from BaseException");
      v.suppressContext = true;
    }
    chainContext(ts, v);
    return new PyException(v);
  }

  /** An exception instance, or a class called with no arguments to make one. */
  private static PyBaseException instantiate(PyObject o, String error) {
    if (o instanceof PyBaseException v) return v;
    if (o instanceof PyType t && t.isSubtypeOf(ExceptionTypes.BaseException)) {
      PyObject v = t.call0();
      if (v instanceof PyBaseException b) return b;
      throw Errors.typeError("calling %s should have returned an instance of BaseException, not %s", t,
          v.type().name());
    }
    throw Errors.typeError(error);
  }

  /** {@code except T:}: T must be an exception class or a tuple of them; then a plain subclass test. */
  static boolean exceptionMatches(PyObject exc, PyObject t) {
    checkCatchable(t);
    return matches(exc.type(), t);
  }

  private static boolean matches(PyType type, PyObject t) {
    if (t instanceof PyTuple tuple) {
      for (int i = 0; i < tuple.size(); i++) if (matches(type, tuple.get(i))) return true;
      return false;
    }
    return type.isSubtypeOf((PyType) t);
  }

  private static void checkCatchable(PyObject t) {
    if (t instanceof PyTuple tuple) {
      for (int i = 0; i < tuple.size(); i++) checkCatchable(tuple.get(i));
      return;
    }
    if (!(t instanceof PyType type) || !type.isSubtypeOf(ExceptionTypes.BaseException)) {
      throw Errors.typeError("catching classes that do not inherit from BaseException is not allowed");
    }
  }

  /** {@code exit(type(exc), exc, exc.__traceback__)} in a with statement's handler. */
  static PyObject withExceptStart(PyObject exit, PyObject exc) {
    PyBaseException v = (PyBaseException) exc;
    PyObject tb = v.traceback == null ? PyNone.NONE : v.traceback;
    return exit.call(new PyObject[] {v.type(), v, tb}, 0, 3, null);
  }

  /** End of {@code async for}: StopAsyncIteration ends the loop, anything else goes on up. */
  static void endAsyncFor(ThreadState ts, PyObject exc) {
    if (exc.type().isSubtypeOf(ExceptionTypes.StopAsyncIteration)) return;
    throw reraise(ts, exc);
  }

  /** After a throw() into a delegated-to iterator: a StopIteration is its return value, anything else goes on up. */
  static PyObject cleanupThrow(ThreadState ts, PyObject exc) {
    if (exc.type().isSubtypeOf(ExceptionTypes.StopIteration)) return Generators.stopIterationValue(exc);
    throw reraise(ts, exc);
  }
}
