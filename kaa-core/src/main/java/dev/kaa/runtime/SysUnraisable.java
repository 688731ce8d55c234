package dev.kaa.runtime;

import dev.kaa.objects.Abstract;
import dev.kaa.objects.PyBaseException;
import dev.kaa.objects.PyException;
import dev.kaa.objects.PyMethod;
import dev.kaa.objects.PyNone;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyStr;
import dev.kaa.objects.PyType;
import java.util.List;

/**
 * {@code sys.unraisablehook}: what becomes of an exception nobody can catch (in a thread's function, a weakref or
 * atexit callback). The interpreter hands each to the hook {@code sys.unraisablehook} names now (tests replace it to
 * catch them); the default one prints as CPython's.
 */
final class SysUnraisable {
  private SysUnraisable() {}

  private static final PyType ARGS = PyStructSeq.newType("UnraisableHookArgs",
      List.of("exc_type", "exc_value", "exc_traceback", "err_msg", "object"));
  /** The message CPython's hook takes as no message (err_msg None), printing it itself. */
  private static final String DEFAULT_MESSAGE = "Exception ignored in";

  /** Reports {@code e} through {@code sys.unraisablehook}; when the hook fails, the default reports that too. */
  static void report(Interpreter interp, String message, PyObject obj, PyBaseException e) {
    PyObject errMsg = message == null || message.equals(DEFAULT_MESSAGE) ? PyNone.NONE : new PyStr(message);
    PyObject object = obj == null ? PyNone.NONE : obj;
    PyObject hook = interp.sys.dict().getStr("unraisablehook");
    if (hook == null || hook == PyNone.NONE) {
      print(interp, errMsg, object, e);
      return;
    }
    try {
      hook.call1(PyStructSeq.of(ARGS, e.type(), e, e.traceback == null ? PyNone.NONE : e.traceback, errMsg, object));
    } catch (PyException failure) {
      print(interp, new PyStr("Exception ignored in sys.unraisablehook"), hook, failure.value());
    }
  }

  @PyMethod("unraisablehook") static void unraisablehook(PyModule self, PyObject unraisable) {
    PyObject value = dev.kaa.objects.Attributes.get(unraisable, "exc_value");
    PyObject errMsg = dev.kaa.objects.Attributes.get(unraisable, "err_msg");
    PyObject object = dev.kaa.objects.Attributes.get(unraisable, "object");
    print(self.interpreter, errMsg, object, value instanceof PyBaseException b ? b : null);
  }

  /** CPython's layout: {@code "<err_msg>: <repr(object)>"} (or just the message, or the default one), the report. */
  private static void print(Interpreter interp, PyObject errMsg, PyObject object, PyBaseException e) {
    try {
      StringBuilder head = new StringBuilder();
      if (object != PyNone.NONE) {
        head.append(errMsg == PyNone.NONE ? DEFAULT_MESSAGE : Abstract.str(errMsg).value).append(": ");
        head.append(reprOrPlaceholder(object)).append('\n');
      } else if (errMsg != PyNone.NONE) {
        head.append(Abstract.str(errMsg).value).append(":\n");
      }
      interp.writeStderr(head.toString());
      if (e != null) interp.printException(e);
    } catch (PyException failure) {
      // sys.stderr itself fails: CPython too drops the report
    }
  }

  private static String reprOrPlaceholder(PyObject o) {
    try {
      return Abstract.repr(o).value;
    } catch (PyException failure) {
      return "<object repr() failed>";
    }
  }
}
