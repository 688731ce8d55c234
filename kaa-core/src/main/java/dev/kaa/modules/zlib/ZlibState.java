package dev.kaa.modules.zlib;

import dev.kaa.objects.Abstract;
import dev.kaa.objects.ExceptionTypes;
import dev.kaa.objects.PyDict;
import dev.kaa.objects.PyStr;
import dev.kaa.objects.PyTuple;
import dev.kaa.objects.PyType;
import dev.kaa.runtime.Interpreter;

/** zlib's per-interpreter {@code zlib.error} class (a heap type, as CPython's). */
final class ZlibState {
  final PyType error;

  private ZlibState() {
    PyDict ns = new PyDict();
    ns.put(new PyStr("__module__"), new PyStr(ZlibModule.NAME));
    error = (PyType) Abstract.call(PyType.TYPE, new PyStr("error"), PyTuple.of(ExceptionTypes.Exception), ns);
  }

  static ZlibState current() {
    Interpreter interp = Interpreter.current();
    return interp == null ? new ZlibState() : interp.moduleState(ZlibState.class, i -> new ZlibState());
  }
}
