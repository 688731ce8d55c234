package dev.kaa.objects;

/**
 * CPython 3.12's DeprecationWarnings for conversions that still work: a conversion method returning an instance of a
 * strict subclass ({@code __float__} returning a float subclass...), {@code int()} falling back to {@code __trunc__},
 * {@code ~} on a bool, NotImplemented's truth. Issued through the {@code warnings} module's {@code warn} (stack level 1: the Python code that
 * converted), so filters, {@code catch_warnings} and {@code assertWarns} see them.
 */
final class DeprecatedResults {
  private DeprecatedResults() {}

  /** {@code method} returned {@code r}, an instance of a strict subclass of {@code expected}. */
  static void strictSubclass(String method, String expected, PyObject r) {
    warn(String.format("%s returned non-%s (type %s).  The ability to return an instance of a strict subclass of %s "
        + "is deprecated, and may be removed in a future version of Python.", method, expected, r.type().name(),
        expected));
  }

  static void truncDelegation() { warn("The delegation of int() to __trunc__ is deprecated."); }

  static void boolInversion() {
    warn("Bitwise inversion '~' on bool is deprecated. This returns the bitwise inversion of the underlying int object"
        + " and is usually not what you expect from negating a bool. Use the 'not' operator for boolean negation or "
        + "~int(x) if you really want the bitwise inversion of the underlying int.");
  }

  static void notImplementedTruth() { warn("NotImplemented should not be used in a boolean context"); }

  private static void warn(String message) {
    PyObject warnings = ModuleImport.importIfRunning("warnings");
    if (warnings == null) return;   // no program runs (a unit test of the object model): no one to warn
    PyObject warn = Attributes.get(warnings, "warn");
    warn.call(new PyObject[] {new PyStr(message), ExceptionTypes.DeprecationWarning, PyInt.ONE}, 0, 3, null);
  }
}
