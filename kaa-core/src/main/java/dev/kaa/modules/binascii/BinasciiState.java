package dev.kaa.modules.binascii;

import dev.kaa.objects.Abstract;
import dev.kaa.objects.ExceptionTypes;
import dev.kaa.objects.PyDict;
import dev.kaa.objects.PyStr;
import dev.kaa.objects.PyTuple;
import dev.kaa.objects.PyType;
import dev.kaa.runtime.Interpreter;

/** binascii's per-interpreter exception classes, heap types as CPython's: Error (a ValueError) and Incomplete. */
final class BinasciiState {
  final PyType error;
  final PyType incomplete;

  private BinasciiState() {
    error = exceptionClass("Error", ExceptionTypes.ValueError);
    incomplete = exceptionClass("Incomplete", ExceptionTypes.Exception);
  }

  private static PyType exceptionClass(String name, PyType base) {
    PyDict ns = new PyDict();
    ns.put(new PyStr("__module__"), new PyStr(BinasciiModule.NAME));
    return (PyType) Abstract.call(PyType.TYPE, new PyStr(name), PyTuple.of(base), ns);
  }

  static BinasciiState current() {
    Interpreter interp = Interpreter.current();
    return interp == null ? new BinasciiState() : interp.moduleState(BinasciiState.class, i -> new BinasciiState());
  }
}
