package dev.kaa.objects;

/**
 * A built-in function or a built-in method bound to its object: CPython's {@code builtin_function_or_method}
 * ({@code len}, {@code [].append}). {@code self} is null for a module function.
 */
public final class PyBuiltinMethod extends PyObject {
  public static final PyType TYPE = new PyType("builtin_function_or_method", PyType.IMMUTABLE, PyType.OBJECT);

  public final BuiltinFunction function;
  public final PyObject self;

  public PyBuiltinMethod(BuiltinFunction function, PyObject self) {
    this.function = function;
    this.self = self;
  }

  @Override public PyType type() { return TYPE; }

  @Override public PyObject call(PyObject[] args, int from, int npos, String[] kwnames) {
    return function.call(self, args, from, npos, kwnames);
  }

  @Override public String toString() {
    return self == null ? "<built-in function " + function.spec.name() + ">"
        : "<built-in method " + function.spec.name() + " of " + self.type().name() + " object>";
  }
}
