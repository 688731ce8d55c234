package dev.kaa.modules.thread;

import dev.kaa.objects.Abstract;
import dev.kaa.objects.Attributes;
import dev.kaa.objects.Errors;
import dev.kaa.objects.ExceptionTypes;
import dev.kaa.objects.PyBaseException;
import dev.kaa.objects.PyNone;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyStr;
import dev.kaa.runtime.Interpreter;
import dev.kaa.runtime.PyStructSeq;
import java.util.List;

/**
 * {@code _thread._excepthook} and {@code _thread._ExceptHookArgs}: what {@code threading.excepthook} is, printing
 * a thread's uncaught exception as CPython does ("Exception in thread NAME:" then the traceback), in Java so that
 * {@code threading} need not import {@code traceback}.
 */
final class ExceptHook {
  private ExceptHook() {}

  static final PyStructSeq.Type ARGS_TYPE = PyStructSeq.newType("_thread._ExceptHookArgs",
      List.of("exc_type", "exc_value", "exc_traceback", "thread"), 4);

  static void handle(Interpreter interp, PyObject args) {
    if (args.type() != ARGS_TYPE) throw Errors.typeError("_thread.excepthook argument type must be ExceptHookArgs");
    PyStructSeq a = (PyStructSeq) args;
    PyObject type = a.get(0), value = a.get(1), thread = a.get(3);
    if (type == ExceptionTypes.SystemExit) return;  // silently ignored, as CPython does
    PyObject file = interp.sys().dict().getStr("stderr");
    if (file == null || file == PyNone.NONE) {
      file = thread == PyNone.NONE ? null : Abstract.getAttrOrNull(thread, "_stderr");
      if (file == null || file == PyNone.NONE) return;
    }
    PyObject name = thread == PyNone.NONE ? null : Abstract.getAttrOrNull(thread, "name");
    String who = name != null && name != PyNone.NONE ? Abstract.str(name).value : Long.toString(ThreadModule.ident());
    PyObject write = Attributes.get(file, "write");
    write.call1(new PyStr("Exception in thread " + who + ":\n"));
    flush(file);
    if (value instanceof PyBaseException e) write.call1(new PyStr(interp.formatException(e)));
    flush(file);
  }

  private static void flush(PyObject file) {
    PyObject flush = Abstract.getAttrOrNull(file, "flush");
    if (flush != null) flush.call0();
  }
}
