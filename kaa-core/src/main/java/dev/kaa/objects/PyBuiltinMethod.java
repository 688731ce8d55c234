package dev.kaa.objects;

import dev.kaa.math.NumericHash;

/**
 * A built-in function or a built-in method bound to its object: CPython's {@code builtin_function_or_method}
 * ({@code len}, {@code [].append}). {@code self} is null for a function of no module, the module for a module's
 * function. A built-in type's {@code __new__} is one bound to its type ({@link PyBuiltinNew}).
 */
public class PyBuiltinMethod extends PyObject {
  public static final PyType TYPE = new PyType("builtin_function_or_method", PyType.IMMUTABLE | PyType.WEAKREFABLE,
      PyBuiltinMethod.class, PyType.OBJECT);
  /** A special method bound to its object ({@code (1).__add__}): CPython's {@code method-wrapper}. */
  public static final PyType WRAPPER_TYPE = new PyType("method-wrapper", PyType.IMMUTABLE, PyBuiltinMethod.class,
      PyType.OBJECT);

  public final BuiltinFunction function;
  public final PyObject self;

  public PyBuiltinMethod(BuiltinFunction function, PyObject self) {
    this.function = function;
    this.self = self;
  }

  @Override public PyType type() { return isSlotWrapper() ? WRAPPER_TYPE : TYPE; }

  private boolean isSlotWrapper() { return !isFunction() && function.isSlotWrapper(); }

  @Override public PyObject call(PyObject[] args, int from, int npos, String[] kwnames) {
    return function.call(self, args, from, npos, kwnames);
  }

  private boolean isFunction() { return self == null || function.isModuleFunction(); }

  // built-in methods are bound non-virtually: the text comes from an overridable method, so PyBuiltinNew has its own
  @PyMethod("__repr__") PyObject repr() { return reprText(); }

  PyObject reprText() {
    if (isFunction()) return new PyStr("<built-in function " + function.name() + ">");
    String address = " object at " + Addresses.of(self) + ">";
    if (isSlotWrapper()) return new PyStr("<method-wrapper '" + function.name() + "' of " + self.type().name() + address);
    return new PyStr("<built-in method " + function.name() + " of " + self.type().name() + address);
  }

  /** Equal when bound to the same object (identity) and the same function, as CPython's meth_richcompare. */
  @PyMethod("__eq__") PyObject eq(PyObject other) {
    if (!(other instanceof PyBuiltinMethod m)) return PyNotImplemented.VALUE;
    return PyBool.of(m.self == self && m.function == function);
  }

  @PyMethod("__ne__") PyObject ne(PyObject other) {
    PyObject eq = eq(other);
    return eq == PyNotImplemented.VALUE ? eq : PyBool.of(eq == PyBool.FALSE);
  }

  @PyMethod("__hash__") PyObject hash() {
    return PyInt.of((self == null ? 0 : NumericHash.identityHash(self)) ^ System.identityHashCode(function));
  }

  @PyGetter("__name__") PyObject name() { return new PyStr(function.name()); }

  @PyGetter("__qualname__") PyObject qualname() {
    if (isFunction() || self instanceof PyType) return new PyStr(function.spec().qualname());
    return new PyStr(self.type().name() + "." + function.name());
  }

  /** A module function's module name; None for a method (CPython's m_module). */
  @PyGetter("__module__") PyObject module() {
    if (self == null || !function.isModuleFunction()) return PyNone.NONE;
    PyObject name = Abstract.getAttrOrNull(self, "__name__");
    return name == null ? PyNone.NONE : name;
  }

  @PyMethod(value = "__call__", style = ArgSpec.Style.SLOT) PyObject callMethod(@PyMethod.Star PyObject[] args,
                                                                               @PyMethod.KwArgs PyDict kwargs) {
    return Abstract.callWithKeywords(this, args, kwargs);
  }

  @PyGetter("__text_signature__") PyObject textSignature() {
    String selfName = self == null ? null : function.isModuleFunction() ? "$module" : self instanceof PyType ? "$type"
        : "$self";
    String text = function.spec().textSignature(selfName);
    return text == null ? PyNone.NONE : new PyStr(text);
  }

  /** A function pickles as its name (a global); a method as {@code getattr(self, name)}, as CPython's. */
  @PyMethod("__reduce__") PyObject reduce() {
    if (isFunction()) return new PyStr(function.name());
    return PyTuple.of(IteratorPickling.builtin("getattr"), PyTuple.of(self, name()));
  }

  @PyGetter("__self__") PyObject self() { return self == null ? PyNone.NONE : self; }

  /** A method-wrapper's class of definition ({@code [].__add__.__objclass__ is list}). */
  @PyGetter("__objclass__") PyObject objclass() {
    if (!isSlotWrapper()) throw Errors.attributeError("'%s' object has no attribute '__objclass__'", type().name());
    PyType owner = self.type();
    for (PyType t : owner.mro()) {
      if (t.dictGet(function.name()) instanceof PyMethodDescriptor d && d.function == function) return t;
    }
    return owner;
  }

  @PyGetter("__doc__") PyObject doc() { return function.doc.isEmpty() ? PyNone.NONE : new PyStr(function.doc); }


  @Override public String toString() { return repr().toString(); }
}
