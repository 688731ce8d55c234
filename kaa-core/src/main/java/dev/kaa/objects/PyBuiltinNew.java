package dev.kaa.objects;

/**
 * A built-in type's {@code __new__} ({@link PyMethod.Kind#NEW}), as found in its dict: {@code int.__new__(cls, x)}.
 * The first argument must be the type or a subtype; the rest go to the Java method, whose argument errors name the
 * type ({@code int() argument ...}), since that is how users reach it.
 */
public final class PyBuiltinNew extends PyBuiltinMethod {
  public final PyType owner;

  PyBuiltinNew(PyType owner, BuiltinFunction function) {
    super(function, owner);  // a method of the type, as CPython's: __self__, __qualname__, hash and == follow
    this.owner = owner;
  }

  @Override public PyObject call(PyObject[] args, int from, int npos, String[] kwnames) {
    String name = owner.name() + ".__new__";
    if (npos == 0) throw Errors.typeError("%s(): not enough arguments", name);
    PyObject first = args[from];
    if (!(first instanceof PyType cls)) {
      throw Errors.typeError("%s(X): X is not a type object (%s)", name, first.type().name());
    }
    if (!cls.isSubtypeOf(owner)) {
      throw Errors.typeError("%s(%s): %s is not a subtype of %s", name, cls.name(), cls.name(), owner.name());
    }
    PyType builder = cls;  // the nearest class whose __new__ is not written in Python: the one that must build
    while (!(builder.lookup("__new__") instanceof PyBuiltinNew) && builder.base() != null) builder = builder.base();
    if (builder.lookup("__new__") != this) {
      throw Errors.typeError("%s(%s) is not safe, use %s.__new__()", name, cls.name(), builder.name());
    }
    return construct(cls, args, from + 1, npos - 1, kwnames);
  }

  // its function is named for argument errors ("int() argument ..."); as an attribute it is __new__
  @Override PyObject name() { return new PyStr("__new__"); }

  @Override PyObject qualname() { return new PyStr(owner.name() + ".__new__"); }

  @Override PyObject reprText() {
    return new PyStr("<built-in method __new__ of type object at "
        + Addresses.of(owner) + ">");
  }

  /** {@code cls(...)}'s first step, from {@code type.__call__}: cls is already known to be a subtype. */
  public PyObject construct(PyType cls, PyObject[] args, int from, int npos, String[] kwnames) {
    if (kwnames != null && !function.spec().takesKeywords() && cls.lookup("__init__") != owner.lookup("__init__")) {
      kwnames = null;  // they are for the subclass's own __init__ (CPython: type->tp_init != X_Type.tp_init)
    }
    return function.call(cls, args, from, npos, kwnames);
  }
}
