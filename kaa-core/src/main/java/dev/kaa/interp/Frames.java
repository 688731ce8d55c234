package dev.kaa.interp;

import dev.kaa.objects.Errors;
import dev.kaa.objects.ExceptionTypes;
import dev.kaa.objects.PyDict;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyType;

/**
 * What built-in functions ask of the running Python code: {@code globals()}, {@code locals()}, {@code vars()},
 * {@code sys._getframe()}, and the two implicit arguments of zero-argument {@code super()}. Built-in functions
 * push no frame, so "the caller" is the thread's innermost frame.
 */
public final class Frames {
  private Frames() {}

  /** The innermost Python frame of this thread, or null. */
  public static Frame current() { return ThreadState.current().frame; }

  /** {@code sys._getframe(depth)}. */
  public static Frame get(int depth) {
    if (depth < 0) depth = 0;
    Frame f = current();
    for (int i = 0; f != null && i < depth; i++) f = f.back;
    if (f == null) throw Errors.valueError("call stack is not deep enough");
    return f;
  }

  /** {@code globals()}. */
  public static PyDict globals() { return get(0).globals; }

  /** {@code locals()} and {@code vars()} without an argument. */
  public static PyObject locals() { return get(0).localsMapping(); }

  /**
   * {@code super()} with no arguments: {@code {__class__, first argument}} of the calling function, with CPython's
   * RuntimeErrors when it has none.
   */
  public static PyObject[] superArgs() {
    Frame f = current();
    if (f == null) throw Errors.of(ExceptionTypes.RuntimeError, "super(): no current frame");
    return superArgs(f);
  }

  /** {@link #superArgs()} for the frame {@code f}. */
  static PyObject[] superArgs(Frame f) {
    if (f.code.argCount == 0) throw Errors.of(ExceptionTypes.RuntimeError, "super(): no arguments");
    PyObject self = f.slotValue(0);
    if (self == null) throw Errors.of(ExceptionTypes.RuntimeError, "super(): arg[0] deleted");
    int i = f.code.freevars.indexOf("__class__");
    if (i < 0) throw Errors.of(ExceptionTypes.RuntimeError, "super(): __class__ cell not found");
    PyObject cls = ((PyCell) f.localsplus[f.code.freeSlot(i)]).contents;
    if (cls == null) throw Errors.of(ExceptionTypes.RuntimeError, "super(): empty __class__ cell");
    if (!(cls instanceof PyType)) {
      throw Errors.of(ExceptionTypes.RuntimeError, "super(): __class__ is not a type (%s)", cls.type().name());
    }
    return new PyObject[] {cls, self};
  }
}
