package dev.kaa.interp;

import dev.kaa.math.NumericHash;
import dev.kaa.objects.Abstract;
import dev.kaa.objects.ArgSpec;
import dev.kaa.objects.Attributes;
import dev.kaa.objects.Errors;
import dev.kaa.objects.PyBool;
import dev.kaa.objects.PyDict;
import dev.kaa.objects.PyNone;
import dev.kaa.objects.PyGetter;
import dev.kaa.objects.PyInt;
import dev.kaa.objects.PyMethod;
import dev.kaa.objects.PyNotImplemented;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyStr;
import dev.kaa.objects.PyType;

/** {@code method}: a function bound to the object it was looked up on; calling it passes that object first. */
public final class PyBoundMethod extends PyObject {
  public static final PyType TYPE = new PyType("method", PyType.IMMUTABLE | PyType.WEAKREFABLE,
      PyBoundMethod.class, PyType.OBJECT);

  /** {@code __func__}: usually a {@link PyFunction}, any callable for methods bound by classmethod and friends. */
  public final PyObject function;
  /** {@code __self__}. */
  public final PyObject self;

  public PyBoundMethod(PyObject function, PyObject self) {
    this.function = function;
    this.self = self;
  }

  @Override public PyType type() { return TYPE; }

  /** {@code types.MethodType(function, instance)}: weakref.WeakMethod and others bind by hand. */
  @PyMethod(value = "__new__", kind = PyMethod.Kind.NEW)
  static PyObject make(PyType cls, @PyMethod.Star PyObject[] args, @PyMethod.KwArgs PyDict kwargs) {
    if (kwargs != null && kwargs.size() > 0) throw Errors.typeError("method() takes no keyword arguments");
    if (args.length != 2) throw Errors.typeError("method expected 2 arguments, got %d", args.length);
    if (!dev.kaa.runtime.BuiltinFunctions.isCallable(args[0])) throw Errors.typeError("first argument must be callable");
    if (args[1] == PyNone.NONE) throw Errors.typeError("instance must not be None");
    return new PyBoundMethod(args[0], args[1]);
  }

  /** {@code __call__}, so that {@code collections.abc.Callable} and {@code callable()} find it on the type. */
  @PyMethod(value = "__call__", style = ArgSpec.Style.SLOT)
  PyObject callMethod(@PyMethod.Star PyObject[] args, @PyMethod.KwArgs PyDict kwargs) {
    return Abstract.callWithKeywords(this, args, kwargs);
  }

  @Override public PyObject call(PyObject[] args, int from, int npos, String[] kwnames) {
    int n = npos + (kwnames == null ? 0 : kwnames.length);
    PyObject[] withSelf = new PyObject[n + 1];
    withSelf[0] = self;
    System.arraycopy(args, from, withSelf, 1, n);
    return function.call(withSelf, 0, npos + 1, kwnames);
  }

  /** Methods compare equal when bound to the same object (identity, as 3.8+) and their functions are equal. */
  @PyMethod("__eq__") public PyObject eq(PyObject other) {
    if (!(other instanceof PyBoundMethod m)) return PyNotImplemented.VALUE;
    return PyBool.of(self == m.self && Abstract.equals(function, m.function));
  }

  @PyMethod("__ne__") public PyObject ne(PyObject other) {
    if (!(other instanceof PyBoundMethod m)) return PyNotImplemented.VALUE;
    return PyBool.of(!(self == m.self && Abstract.equals(function, m.function)));
  }

  @PyMethod("__hash__") public PyObject hash() {
    return PyInt.of(NumericHash.identityHash(self) ^ Abstract.hash(function));
  }

  @PyMethod("__repr__") public PyObject repr() {
    PyObject name = Abstract.getAttrOrNull(function, "__qualname__");
    if (name == null) name = Abstract.getAttrOrNull(function, "__name__");
    String n = name instanceof PyStr s ? s.value : "?";
    return new PyStr("<bound method " + n + " of " + Abstract.repr(self).value + ">");
  }

  @PyGetter("__self__") PyObject selfAttr() { return self; }

  @PyGetter("__func__") PyObject funcAttr() { return function; }

  /** The function's docstring, as CPython's method type reads it through. */
  @PyGetter("__doc__") PyObject docAttr() { return Attributes.get(function, "__doc__"); }

  /** Attributes not found on the method come from the function ({@code m.__doc__}, {@code m.__name__}). */
  @PyMethod("__getattribute__") public PyObject getattribute(PyStr name) {
    String n = name.value;
    PyObject descr = TYPE.lookup(n);
    if (descr != null) return Attributes.genericGet(this, n);
    return Attributes.get(function, n);
  }
}
