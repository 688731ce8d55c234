package dev.kaa.modules.itertools;

import dev.kaa.objects.Attributes;
import dev.kaa.objects.ExceptionTypes;
import dev.kaa.objects.PyException;
import dev.kaa.objects.PyInt;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyStr;
import dev.kaa.runtime.Interpreter;

/**
 * 3.12 deprecates pickling and copying itertools objects: their {@code __reduce__} and {@code __setstate__} issue a
 * DeprecationWarning through the {@code warnings} module (so filters and {@code catch_warnings} apply), as CPython's.
 */
final class PickleDeprecation {
  private PickleDeprecation() {}

  private static final PyStr MESSAGE =
      new PyStr("Pickle, copy, and deepcopy support will be removed from itertools in Python 3.14.");

  static void warn() {
    PyObject importer = Interpreter.current().builtinsDict().getStr("__import__");
    PyObject warnings;
    try {
      warnings = importer.call1(new PyStr("warnings"));
    } catch (PyException e) {
      if (e.matches(ExceptionTypes.ImportError)) return;  // a Kaa without the modules warnings needs: no warning
      throw e;
    }
    Attributes.get(warnings, "warn").call(new PyObject[] {MESSAGE, ExceptionTypes.DeprecationWarning, PyInt.ONE}, 0,
        3, null);
  }
}
