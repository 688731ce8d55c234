package dev.kaa.modules.csv;

import dev.kaa.objects.Abstract;
import dev.kaa.objects.Errors;
import dev.kaa.objects.ExceptionTypes;
import dev.kaa.objects.PyDict;
import dev.kaa.objects.PyException;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyStr;
import dev.kaa.objects.PyTuple;
import dev.kaa.objects.PyType;
import dev.kaa.runtime.Interpreter;

/** What {@code _csv} keeps per interpreter: its Error class, the dialect registry, the field size limit. */
final class CsvState {
  final PyType error;
  final PyDict dialects = new PyDict();
  long fieldLimit = 128 * 1024;

  private CsvState() {
    PyDict ns = new PyDict();
    ns.put(new PyStr("__module__"), new PyStr("_csv"));
    error = (PyType) Abstract.call(PyType.TYPE, new PyStr("Error"), PyTuple.of(ExceptionTypes.Exception), ns);
  }

  static CsvState current() {
    Interpreter interp = Interpreter.current();
    return interp == null ? new CsvState() : interp.moduleState(CsvState.class, i -> new CsvState());
  }

  PyException error(String format, Object... args) { return Errors.of(error, format, args); }

  PyObject get(PyObject name) {
    PyObject d = dialects.get(name);
    if (d == null) throw error("unknown dialect");
    return d;
  }
}
