package dev.kaa.modules.warnings;

import dev.kaa.objects.ExceptionTypes;
import dev.kaa.objects.PyDict;
import dev.kaa.objects.PyInt;
import dev.kaa.objects.PyList;
import dev.kaa.objects.PyNone;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyStr;
import dev.kaa.objects.PyTuple;
import dev.kaa.objects.PyType;
import dev.kaa.runtime.Interpreter;

/**
 * An interpreter's warning filters, once-registry and default action as {@code _warnings} starts them (CPython's
 * default filters), and the version number that {@code _filters_mutated()} bumps so that each module's
 * {@code __warningregistry__} forgets what it saw when the filters change. Once {@code warnings} is imported its
 * {@code filters}, {@code onceregistry} and {@code defaultaction} are the ones used (catch_warnings replaces them).
 */
final class WarningsState {
  final PyList filters = new PyList();
  final PyDict onceRegistry = new PyDict();
  final PyStr defaultAction = new PyStr("default");
  long version;

  private WarningsState(Interpreter interp) {
    filters.add(filter("default", ExceptionTypes.DeprecationWarning, new PyStr("__main__")));
    filters.add(filter("ignore", ExceptionTypes.DeprecationWarning, PyNone.NONE));
    filters.add(filter("ignore", ExceptionTypes.PendingDeprecationWarning, PyNone.NONE));
    filters.add(filter("ignore", ExceptionTypes.ImportWarning, PyNone.NONE));
    filters.add(filter("ignore", ExceptionTypes.ResourceWarning, PyNone.NONE));
  }

  static WarningsState of(Interpreter interp) { return interp.moduleState(WarningsState.class, WarningsState::new); }

  private static PyTuple filter(String action, PyType category, PyObject module) {
    return PyTuple.of(new PyStr(action), PyNone.NONE, category, module, PyInt.of(0));
  }
}
