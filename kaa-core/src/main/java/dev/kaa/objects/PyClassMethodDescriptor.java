package dev.kaa.objects;

/**
 * A built-in class method ({@link PyMethod.Kind#CLASS}: {@code dict.fromkeys}, {@code int.from_bytes}), as found in
 * its type's dict; attribute access binds it to the class. CPython's {@code classmethod_descriptor}.
 */
public final class PyClassMethodDescriptor extends PyObject {
  public static final PyType TYPE = new PyType("classmethod_descriptor", PyType.IMMUTABLE,
      PyClassMethodDescriptor.class, PyType.OBJECT);

  public final PyType owner;
  public final BuiltinFunction function;

  PyClassMethodDescriptor(PyType owner, BuiltinFunction function) {
    this.owner = owner;
    this.function = function;
  }

  @Override public PyType type() { return TYPE; }

  /** The method bound to {@code cls}. */
  public PyBuiltinMethod bind(PyType cls) { return new PyBuiltinMethod(function, cls); }

  @PyMethod("__get__") PyObject get(PyObject obj, @PyMethod.Opt PyObject type) {
    if (type instanceof PyType t) return bind(t);
    return bind(obj.type());
  }

  /** {@code __call__}, so that {@code collections.abc.Callable} and {@code callable()} find it on the type. */
  @PyMethod(value = "__call__", style = ArgSpec.Style.SLOT)
  PyObject callMethod(@PyMethod.Star PyObject[] args, @PyMethod.KwArgs PyDict kwargs) {
    return Abstract.callWithKeywords(this, args, kwargs);
  }

  @Override public PyObject call(PyObject[] args, int from, int npos, String[] kwnames) {
    if (npos == 0 || !(args[from] instanceof PyType cls) || !cls.isSubtypeOf(owner)) {
      throw Errors.typeError("descriptor '%s' for type '%s' needs a type, not a '%s' as arg 2", function.name(),
          owner.name(), npos == 0 ? "NoneType" : args[from].type().name());
    }
    return function.call(cls, args, from + 1, npos - 1, kwnames);
  }

  @PyGetter("__text_signature__") PyObject textSignature() {
    String text = function.spec().textSignature("$type");
    return text == null ? PyNone.NONE : new PyStr(text);
  }

  @Override public String toString() {
    return "<method '" + function.name() + "' of '" + owner.name() + "' objects>";
  }
}
