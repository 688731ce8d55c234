package dev.kaa.objects;

/**
 * A built-in type's method as found in the type's dict ({@code list.append}): called with self as the first
 * argument, or bound by attribute access on an instance ({@code __get__}) into a {@link PyBuiltinMethod}. CPython's
 * {@code method_descriptor} (and {@code wrapper_descriptor} for special methods).
 */
public final class PyMethodDescriptor extends PyObject implements MethodDescriptorFlag {
  public static final PyType TYPE = new PyType("method_descriptor", PyType.IMMUTABLE, PyMethodDescriptor.class,
      PyType.OBJECT);
  public static final PyType WRAPPER_TYPE = new PyType("wrapper_descriptor", PyType.IMMUTABLE,
      PyMethodDescriptor.class, PyType.OBJECT);

  public final PyType owner;
  public final BuiltinFunction function;

  public PyMethodDescriptor(PyType owner, BuiltinFunction function) {
    this.owner = owner;
    this.function = function;
  }

  @Override public PyType type() { return function.isSlotWrapper() ? WRAPPER_TYPE : TYPE; }

  /** The method bound to {@code obj} (what {@code obj.name} gives). */
  public PyBuiltinMethod bind(PyObject obj) {
    checkSelf(obj);
    return new PyBuiltinMethod(function, obj);
  }

  /** {@code descr.__get__(obj, type)}: looked up through the class, the descriptor itself. */
  @PyGetter("__name__") PyObject nameAttr() { return new PyStr(function.name()); }

  @PyGetter("__qualname__") PyObject qualnameAttr() { return new PyStr(function.spec().qualname()); }

  @PyGetter("__objclass__") PyObject objclass() { return owner; }

  @PyMethod("__repr__") PyObject repr() { return new PyStr(toString()); }

  @PyGetter("__doc__") PyObject docAttr() { return function.doc.isEmpty() ? PyNone.NONE : new PyStr(function.doc); }

  @PyGetter("__text_signature__") PyObject textSignature() {
    String text = function.spec().textSignature(function.spec().isNew() ? "$type" : "$self");
    return text == null ? PyNone.NONE : new PyStr(text);
  }

  @PyMethod("__reduce__") PyObject reduce() { return ObjectReduce.byGetattr(owner, new PyStr(function.name())); }

  @PyMethod("__get__") public PyObject get(PyObject obj, @PyMethod.Opt PyObject type) {
    return obj == PyNone.NONE ? this : bind(obj);
  }

  /** {@code __call__}, so that {@code collections.abc.Callable} and {@code callable()} find it on the type. */
  @PyMethod(value = "__call__", style = ArgSpec.Style.SLOT)
  PyObject callMethod(@PyMethod.Star PyObject[] args, @PyMethod.KwArgs PyDict kwargs) {
    return Abstract.callWithKeywords(this, args, kwargs);
  }

  @Override public PyObject call(PyObject[] args, int from, int npos, String[] kwnames) {
    if (npos == 0) {
      throw Errors.typeError("unbound method %s() needs an argument", function.spec().qualname());
    }
    PyObject self = args[from];
    checkSelf(self);
    return function.call(self, args, from + 1, npos - 1, kwnames);
  }

  /** Calls with an explicit self: the eval loop's path for {@code obj.meth(...)} without a bound-method object. */
  public PyObject callWithSelf(PyObject self, PyObject[] args, int from, int npos, String[] kwnames) {
    checkSelf(self);
    return function.call(self, args, from, npos, kwnames);
  }

  private void checkSelf(PyObject self) {
    if (!function.selfClass().isInstance(self)) {
      throw Errors.typeError("descriptor '%s' for '%s' objects doesn't apply to a '%s' object", function.name(),
          owner.name(), self.type().name());
    }
  }

  @Override public String toString() {
    return "<" + (type() == WRAPPER_TYPE ? "slot wrapper" : "method") + " '" + function.name() + "' of '"
        + owner.builtinTpName() + "' objects>";
  }
}
