package dev.kaa.modules.operator;

import dev.kaa.modules.functools.PyPartial;
import dev.kaa.objects.Abstract;
import dev.kaa.objects.Attributes;
import dev.kaa.objects.Errors;
import dev.kaa.objects.PyDict;
import dev.kaa.objects.PyMethod;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyStr;
import dev.kaa.objects.PyTuple;
import dev.kaa.objects.PyType;
import dev.kaa.objects.ReprGuard;
import java.util.Arrays;

/** {@code operator.methodcaller(name, /, *args, **kwargs)}: calling it with obj gives {@code obj.name(*args, **kwargs)}. */
final class PyMethodCaller extends PyObject {
  static final PyType TYPE = new PyType("operator.methodcaller", PyType.IMMUTABLE, PyMethodCaller.class,
      PyType.OBJECT);

  private final PyStr name;
  private final PyObject[] args;
  /** The keyword arguments; null when there are none. */
  private final PyDict kwargs;

  private PyMethodCaller(PyStr name, PyObject[] args, PyDict kwargs) {
    this.name = name;
    this.args = args;
    this.kwargs = kwargs;
  }

  @Override public PyType type() { return TYPE; }

  @PyMethod(value = "__new__", kind = PyMethod.Kind.NEW)
  static PyObject make(PyType cls, @PyMethod.Star PyObject[] args, @PyMethod.KwArgs PyDict kwargs) {
    if (args.length == 0) throw Errors.typeError("methodcaller needs at least one argument, the method name");
    if (!(args[0] instanceof PyStr s)) throw Errors.typeError("method name must be a string");
    PyDict kw = kwargs == null || kwargs.size() == 0 ? null : kwargs;
    return new PyMethodCaller(new PyStr(s.value.intern()), Arrays.copyOfRange(args, 1, args.length), kw);
  }

  @Override public PyObject call(PyObject[] a, int from, int npos, String[] kwnames) {
    if (kwnames != null && kwnames.length > 0) throw Errors.typeError("methodcaller() takes no keyword arguments");
    if (npos != 1) throw Errors.typeError("methodcaller expected 1 argument, got %d", npos);
    PyObject method = Attributes.get(a[from], name.value);
    return kwargs == null ? method.call(args, 0, args.length, null) : Abstract.callWithKeywords(method, args, kwargs);
  }

  @PyMethod("__call__") PyObject callMethod(@PyMethod.Star PyObject[] a, @PyMethod.KwArgs PyDict kw) {
    return Abstract.callWithKeywords(this, a, kw);
  }

  /** Without keywords, {@code (methodcaller, (name, *args))}; with them, a partial that carries the keywords. */
  @PyMethod("__reduce__") PyObject reduce() {
    PyObject[] all = new PyObject[args.length + 1];
    all[0] = name;
    System.arraycopy(args, 0, all, 1, args.length);
    if (kwargs == null) return PyTuple.of(TYPE, PyTuple.wrap(all));
    PyObject bound = PyPartial.of(TYPE, new PyObject[] {name}, kwargs.copy());
    return PyTuple.of(bound, PyTuple.of(args));
  }

  @PyMethod("__repr__") PyObject repr() {
    if (!ReprGuard.enter(this)) return new PyStr("operator.methodcaller(...)");
    try {
      StringBuilder sb = new StringBuilder("operator.methodcaller(").append(Abstract.repr(name).value);
      for (PyObject x : args) sb.append(", ").append(Abstract.repr(x).value);
      if (kwargs != null) {
        kwargs.forEach((k, v) -> sb.append(", ").append(((PyStr) k).value).append('=').append(Abstract.repr(v).value));
      }
      return new PyStr(sb.append(')').toString());
    } finally {
      ReprGuard.leave(this);
    }
  }
}
