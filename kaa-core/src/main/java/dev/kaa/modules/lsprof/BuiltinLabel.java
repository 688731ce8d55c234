package dev.kaa.modules.lsprof;

import dev.kaa.objects.Abstract;
import dev.kaa.objects.PyBuiltinMethod;
import dev.kaa.objects.PyException;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyStr;
import dev.kaa.runtime.PyModule;

/**
 * The text that stands for a built-in in the profiler's entries, as CPython's: the repr of the method found on the
 * bound object's type ({@code "<method 'append' of 'list' objects>"}), else {@code "<built-in method MODULE.NAME>"}
 * (module functions are bound to their module), {@code "<NAME>"} for a function of no module. pstats shows it as
 * {@code {built-in method builtins.len}}.
 */
final class BuiltinLabel {
  private BuiltinLabel() {}

  static PyStr of(PyBuiltinMethod m) {
    String name = m.function.name();
    PyObject self = m.self;
    if (self == null) return new PyStr("<" + name + ">");
    PyObject found = self.type().lookup(name);
    if (found != null) {
      try {
        return Abstract.repr(found);
      } catch (PyException e) {
        // CPython falls back to the module's name, as below
      }
    }
    if (self instanceof PyModule mod) return new PyStr("<built-in method " + mod.name() + "." + name + ">");
    return new PyStr("<built-in method " + name + ">");
  }
}
