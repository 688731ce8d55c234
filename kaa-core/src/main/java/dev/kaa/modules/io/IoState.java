package dev.kaa.modules.io;

import dev.kaa.objects.Abstract;
import dev.kaa.objects.ExceptionTypes;
import dev.kaa.objects.PyDict;
import dev.kaa.objects.PyStr;
import dev.kaa.objects.PyTuple;
import dev.kaa.objects.PyType;
import dev.kaa.runtime.Interpreter;

/**
 * What the {@code _io} module keeps per interpreter: its {@code UnsupportedOperation} class, a heap type (io.py sets
 * its {@code __module__}) deriving from both OSError and ValueError, as CPython's.
 */
final class IoState {
  final PyType unsupportedOperation;

  private IoState() {
    PyDict ns = new PyDict();
    ns.put(new PyStr("__module__"), new PyStr("io"));
    unsupportedOperation = (PyType) Abstract.call(PyType.TYPE, new PyStr("UnsupportedOperation"),
        PyTuple.of(ExceptionTypes.OSError, ExceptionTypes.ValueError), ns);
  }

  /** The running interpreter's state (a throwaway one when Java code runs with no interpreter on the thread). */
  static IoState current() {
    Interpreter interp = Interpreter.current();
    return interp == null ? new IoState() : interp.moduleState(IoState.class, i -> new IoState());
  }
}
