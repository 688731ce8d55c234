package dev.kaa.modules.functools;

import dev.kaa.objects.Abstract;
import dev.kaa.objects.Errors;
import dev.kaa.objects.PyDict;
import dev.kaa.objects.PyGenericAlias;
import dev.kaa.objects.PyGetter;
import dev.kaa.objects.PyMethod;
import dev.kaa.objects.PyNone;
import dev.kaa.objects.PySetter;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyStr;
import dev.kaa.objects.PyTuple;
import dev.kaa.objects.PyType;
import dev.kaa.objects.ReprGuard;
import dev.kaa.objects.Special;
import dev.kaa.objects.SubclassableObject;
import java.util.Arrays;

/**
 * {@code functools.partial(func, /, *args, **keywords)}: func with leading arguments and keywords filled in. A call
 * goes straight to func in the vectorcall shape: the frozen positional arguments are copied in front of the call's
 * and, when there are no keywords on either side, nothing else is built. A partial of a partial without attributes
 * and with partial's own {@code __call__} is flattened, as CPython does.
 */
public final class PyPartial extends SubclassableObject {
  public static final PyType TYPE = new PyType("functools.partial", PyType.IMMUTABLE | PyType.BASETYPE | PyType.WEAKREFABLE,
      PyPartial.class, PyType.OBJECT);

  private PyObject function;
  private PyObject[] args;
  /** {@code args} as the tuple {@code .args} and {@code __reduce__} return, made on first read: one object, as CPython's. */
  private PyTuple argsTuple;
  /** The keywords; never null (CPython keeps an empty dict). */
  private PyDict keywords;

  private PyPartial(PyType type, PyObject function, PyObject[] args, PyDict keywords) {
    super(type, true);
    this.function = function;
    this.args = args;
    this.keywords = keywords;
  }

  /** {@code partial(function, *args, **keywords)} from Java. */
  public static PyPartial of(PyObject function, PyObject[] args, PyDict keywords) {
    return new PyPartial(TYPE, function, args, keywords == null ? new PyDict() : keywords);
  }

  @PyMethod(value = "__new__", kind = PyMethod.Kind.NEW)
  static PyObject make(PyType cls, @PyMethod.Star PyObject[] all, @PyMethod.KwArgs PyDict kwargs) {
    if (all.length == 0) throw Errors.typeError("type 'partial' takes at least one argument");
    PyObject func = all[0];
    PyObject[] args = Arrays.copyOfRange(all, 1, all.length);
    PyDict keywords = new PyDict();
    if (func instanceof PyPartial inner && isEmpty(inner.existingDict())
        && inner.type().lookupSpecial(Special.CALL) == TYPE.lookupSpecial(Special.CALL)) {
      PyObject[] merged = Arrays.copyOf(inner.args, inner.args.length + args.length);
      System.arraycopy(args, 0, merged, inner.args.length, args.length);
      args = merged;
      keywords.updateFrom(inner.keywords);
      func = inner.function;
    } else if (!isCallable(func)) {
      throw Errors.typeError("the first argument must be callable");
    }
    if (kwargs != null) keywords.updateFrom(kwargs);
    return new PyPartial(cls, func, args, keywords);
  }

  /** No attributes set: CPython flattens a partial whose dict was never made; Kaa's is made by any lookup. */
  private static boolean isEmpty(PyDict d) { return d == null || d.size() == 0; }

  @PyGetter("__dict__") PyObject dictAttr() { return dict(); }

  @PySetter("__dict__") void setDictAttr(PyObject value) { DictAttribute.set(this, value); }

  private static boolean isCallable(PyObject o) { return dev.kaa.runtime.BuiltinFunctions.isCallable(o); }

  @PyGetter(value = "func", readonlyMember = true) PyObject funcAttr() { return function; }

  @PyGetter(value = "args", readonlyMember = true) PyObject argsAttr() { return argsTuple(); }

  private PyTuple argsTuple() {
    if (argsTuple == null) argsTuple = PyTuple.of(args);
    return argsTuple;
  }

  @PyGetter(value = "keywords", readonlyMember = true) PyObject keywordsAttr() { return keywords; }

  @PyMethod(value = "__class_getitem__", kind = PyMethod.Kind.CLASS)
  static PyObject classGetItem(PyType cls, PyObject item) { return PyGenericAlias.classGetItem(cls, item); }

  @Override public PyObject call(PyObject[] a, int from, int npos, String[] kwnames) {
    PyType t = type();
    if (t.hasFlag(PyType.HEAPTYPE) && t.lookupSpecial(Special.CALL) != TYPE.lookupSpecial(Special.CALL)) {
      return super.call(a, from, npos, kwnames);
    }
    return callFunction(a, from, npos, kwnames);
  }

  private PyObject callFunction(PyObject[] a, int from, int npos, String[] kwnames) {
    int nkw = kwnames == null ? 0 : kwnames.length;
    if (keywords.size() == 0) {
      if (args.length == 0) return function.call(a, from, npos, kwnames);
      PyObject[] all = new PyObject[args.length + npos + nkw];
      System.arraycopy(args, 0, all, 0, args.length);
      System.arraycopy(a, from, all, args.length, npos + nkw);
      return function.call(all, 0, args.length + npos, kwnames);
    }
    PyObject[] positional = new PyObject[args.length + npos];
    System.arraycopy(args, 0, positional, 0, args.length);
    System.arraycopy(a, from, positional, args.length, npos);
    PyDict kw = keywords.copy();
    for (int i = 0; i < nkw; i++) kw.put(new PyStr(kwnames[i]), a[from + npos + i]);
    return Abstract.callWithKeywords(function, positional, kw);
  }

  @PyMethod("__call__") PyObject callMethod(@PyMethod.Star PyObject[] a, @PyMethod.KwArgs PyDict kw) {
    return Abstract.callWithKeywords((PyObject[] x, int f, int n, String[] names) -> callFunction(x, f, n, names),
        a, kw);
  }

  @PyMethod("__repr__") PyObject repr() {
    PyType t = type();
    String name = t.hasFlag(PyType.HEAPTYPE) ? t.name() : t.builtinTpName();
    if (!ReprGuard.enter(this)) return new PyStr("...");
    try {
      StringBuilder sb = new StringBuilder(name).append('(').append(Abstract.repr(function).value);
      for (PyObject x : args) sb.append(", ").append(Abstract.repr(x).value);
      keywords.forEach((k, v) -> sb.append(", ").append(Abstract.str(k).value).append('=')
          .append(Abstract.repr(v).value));
      return new PyStr(sb.append(')').toString());
    } finally {
      ReprGuard.leave(this);
    }
  }

  @PyMethod("__reduce__") PyObject reduce() {
    PyDict d = existingDict();
    PyObject state = PyTuple.of(function, argsTuple(), keywords, d == null || d.size() == 0 ? PyNone.NONE : d);
    return PyTuple.of(type(), PyTuple.of(function), state);
  }

  @PyMethod("__setstate__") void setState(PyObject state) {
    if (!(state instanceof PyTuple t) || t.size() != 4) throw Errors.typeError("invalid partial state");
    PyObject fn = t.get(0), fnArgs = t.get(1), kw = t.get(2), dict = t.get(3);
    if (!isCallable(fn) || !(fnArgs instanceof PyTuple given) || kw != PyNone.NONE && !(kw instanceof PyDict)) {
      throw Errors.typeError("invalid partial state");
    }
    function = fn;
    args = given.toArray();
    argsTuple = given.type() == PyTuple.TYPE ? given : null;
    if (kw instanceof PyDict k && k.type() == PyDict.TYPE) {
      keywords = k;  // shared, as CPython's: a copy's keywords are the original's
    } else {
      keywords = new PyDict();
      if (kw instanceof PyDict k) keywords.updateFrom(k);
    }
    if (dict == PyNone.NONE) setDict(null);
    else if (dict instanceof PyDict d) setDict(d);
    else throw Errors.typeError("invalid partial state");
  }
}
