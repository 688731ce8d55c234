package dev.kaa.interp;

import dev.kaa.bytecode.Code;
import dev.kaa.bytecode.CodeFlags;
import dev.kaa.objects.Abstract;
import dev.kaa.objects.Addresses;
import dev.kaa.objects.ArgSpec;
import dev.kaa.objects.Errors;
import dev.kaa.objects.HasDict;
import dev.kaa.objects.PyDict;
import dev.kaa.objects.PyGetter;
import dev.kaa.objects.PyMethod;
import dev.kaa.objects.PyNone;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PySetter;
import dev.kaa.objects.PyStr;
import dev.kaa.objects.PyTuple;
import dev.kaa.objects.PyType;

/**
 * {@code function}: a code object with the globals it runs in, its defaults and its closure. Calling it binds the
 * arguments straight into a new frame's slots (one array copy when the call matches the parameters exactly) and runs
 * the eval loop, or, for a generator or coroutine function, makes the generator object around the frame.
 */
public final class PyFunction extends PyObject implements HasDict, dev.kaa.objects.MethodDescriptorFlag {
  public static final PyType TYPE = new PyType("function", PyType.IMMUTABLE | PyType.WEAKREFABLE,
      PyFunction.class, PyType.OBJECT);

  /** {@code __code__}: assignable, as in CPython ({@code types.coroutine} swaps in a copy with other flags). */
  PyCode pycode;
  Code code;
  final PyDict globals;
  final PyDict builtins;
  String name;
  String qualname;
  /** The str objects {@code __name__} and {@code __qualname__} return, made on first read: the same one each time. */
  private PyStr nameObject, qualnameObject;
  PyObject module;
  /** {@code __doc__}; null until first read, when it is {@link #docSource}'s first constant (decoding its body). */
  PyObject doc;
  /** The code the function was made with, whose docstring {@link #doc} is until read or set. */
  private final PyCode docSource;
  /** {@code __defaults__}, or null for None. */
  PyTuple defaults;
  /** {@code __kwdefaults__}, or null for None. */
  PyDict kwdefaults;
  /** The cells for the code's free variables, in {@code co_freevars} order; empty when it has none. */
  final PyCell[] closure;
  /** {@code __annotations__}: MAKE_FUNCTION's flat (name, value, ...) tuple until first read, then a dict; or null. */
  PyObject annotations;
  /** {@code __type_params__}: PEP 695's parameters of {@code def f[T]}, set once by SET_FUNCTION_TYPE_PARAMS. */
  PyTuple typeParams = PyTuple.EMPTY;
  private PyDict dict;
  /** The call needs no binding beyond copying the positional arguments when their count matches. */
  private boolean simpleParameters;
  /** Calling makes a generator, coroutine or async generator around the frame instead of running it. */
  boolean makesGenerator;

  PyFunction(PyCode pycode, PyDict globals, PyDict builtins, PyCell[] closure) {
    setCode(pycode);
    this.globals = globals;
    this.builtins = builtins;
    this.closure = closure;
    this.name = code.name;
    this.qualname = code.qualname;
    PyObject m = globals.getStr("__name__");
    this.module = m == null ? PyNone.NONE : m;
    this.docSource = pycode;  // not read now: a function's body is decoded at its first use, not at its def
  }

  private void setCode(PyCode pycode) {
    this.pycode = pycode;
    this.code = pycode.code;
    this.simpleParameters = code.kwOnlyArgCount == 0
        && (code.flags & (CodeFlags.VARARGS | CodeFlags.VARKEYWORDS)) == 0;
    this.makesGenerator = CodeFlags.makesGenerator(code.flags);
  }

  @Override public PyType type() { return TYPE; }

  /** {@code types.FunctionType(code, globals, name=None, argdefs=None, closure=None)}, with CPython's checks. */
  @PyMethod(value = "__new__", kind = PyMethod.Kind.NEW, positionalOnly = 0)
  static PyObject make(PyType cls, PyObject code, PyObject globals, @PyMethod.Opt PyObject name,
                       @PyMethod.Opt PyObject argdefs, @PyMethod.Opt PyObject closure) {
    if (!(code instanceof PyCode c)) {
      throw Errors.typeError("function() argument 'code' must be code, not %s", code.type().name());
    }
    if (!(globals instanceof PyDict g)) {
      throw Errors.typeError("function() argument 'globals' must be dict, not %s", globals.type().name());
    }
    if (name != null && name != PyNone.NONE && !(name instanceof PyStr)) {
      throw Errors.typeError("arg 3 (name) must be None or string");
    }
    if (argdefs != null && argdefs != PyNone.NONE && !(argdefs instanceof PyTuple)) {
      throw Errors.typeError("arg 4 (defaults) must be None or tuple");
    }
    int free = c.code.freevars.size();
    int given = closure instanceof PyTuple t ? t.size() : 0;
    if (closure != null && closure != PyNone.NONE && !(closure instanceof PyTuple)) {
      throw Errors.typeError("arg 5 (closure) must be tuple");
    }
    if (given != free) {
      throw Errors.valueError("%s requires closure of length %d, not %d", c.code.name, free, given);
    }
    PyCell[] cells = new PyCell[free];
    for (int i = 0; i < free; i++) {
      if (!(((PyTuple) closure).get(i) instanceof PyCell cell)) {
        throw Errors.typeError("arg 5 (closure) expected cell, found %s", ((PyTuple) closure).get(i).type().name());
      }
      cells[i] = cell;
    }
    PyObject b = g.getStr("__builtins__");
    PyDict builtins = b instanceof PyDict d ? d : b instanceof dev.kaa.runtime.PyModule m ? m.dict()
        : ThreadState.current().frame() != null ? ThreadState.current().frame().builtins()
        : dev.kaa.runtime.Interpreter.current().builtinsDict();
    PyFunction f = new PyFunction(c, g, builtins, cells);
    if (name instanceof PyStr n) {
      f.name = n.toString();
      f.nameObject = n;
    }
    if (argdefs instanceof PyTuple d) f.defaults = d;
    return f;
  }

  @Override public PyDict dict() {
    if (dict == null) dict = new PyDict();
    return dict;
  }

  public Code code() { return code; }

  public PyDict globals() { return globals; }

  public String qualname() { return qualname; }

  @Override public PyObject call(PyObject[] args, int from, int npos, String[] kwnames) {
    return call(ThreadState.current(), args, from, npos, kwnames);
  }

  /** Calls from Java code, which knows the thread state already. */
  PyObject call(ThreadState ts, PyObject[] args, int from, int npos, String[] kwnames) {
    Frame f = frame(args, from, npos, kwnames);
    return makesGenerator ? Generators.make(f) : Eval.run(ts, f);
  }

  /** A new frame for a call with these arguments (the vectorcall shape), its parameters bound. */
  Frame frame(PyObject[] args, int from, int npos, String[] kwnames) {
    Frame f = new Frame(this);
    if (kwnames == null && npos == code.argCount && simpleParameters) {
      PyObject[] slots = f.localsplus;
      for (int i = 0; i < npos; i++) slots[i] = args[from + i];  // a loop: most calls pass one to three values
    } else {
      ArgBinder.bind(this, f.localsplus, args, from, npos, kwnames);
    }
    return f;
  }

  @PyMethod("__get__") public PyObject get(PyObject obj, @PyMethod.Opt PyObject type) {
    return obj == PyNone.NONE ? this : new PyBoundMethod(this, obj);
  }

  // ---- attributes

  @PyGetter("__name__") PyObject nameAttr() {
    if (nameObject == null) nameObject = new PyStr(name);
    return nameObject;
  }

  @PySetter("__name__") void setName(PyObject v) {
    name = stringAttr(v, "__name__");
    nameObject = (PyStr) v;
  }

  @PyGetter("__qualname__") PyObject qualnameAttr() {
    if (qualnameObject == null) qualnameObject = new PyStr(qualname);
    return qualnameObject;
  }

  @PySetter("__qualname__") void setQualname(PyObject v) {
    qualname = stringAttr(v, "__qualname__");
    qualnameObject = (PyStr) v;
  }

  private static String stringAttr(PyObject v, String attr) {
    if (v instanceof PyStr s) return s.value;
    throw Errors.typeError("%s must be set to a string object", attr);
  }

  @PyGetter("__module__") PyObject moduleAttr() { return module; }

  @PySetter("__module__") void setModule(PyObject v) { module = v == null ? PyNone.NONE : v; }

  /** Racy but idempotent without a GIL: every reader finds the same constant. */
  @PyGetter("__doc__") PyObject docAttr() {
    PyObject d = doc;
    if (d == null) doc = d = docSource.docstring();
    return d;
  }

  @PySetter("__doc__") void setDoc(PyObject v) { doc = v == null ? PyNone.NONE : v; }

  @PyGetter("__defaults__") PyObject defaultsAttr() { return defaults == null ? PyNone.NONE : defaults; }

  @PySetter("__defaults__") void setDefaults(PyObject v) {
    if (v == null || v == PyNone.NONE) defaults = null;
    else if (v instanceof PyTuple t) defaults = t.size() == 0 ? null : t;
    else throw Errors.typeError("__defaults__ must be set to a tuple object");
  }

  @PyGetter("__kwdefaults__") PyObject kwdefaultsAttr() { return kwdefaults == null ? PyNone.NONE : kwdefaults; }

  @PySetter("__kwdefaults__") void setKwdefaults(PyObject v) {
    if (v == null || v == PyNone.NONE) kwdefaults = null;
    else if (v instanceof PyDict d) kwdefaults = d;
    else throw Errors.typeError("__kwdefaults__ must be set to a dict object");
  }

  @PyGetter("__code__") PyObject codeAttr() { return pycode; }

  @PySetter("__code__") void setCodeAttr(PyObject v) {
    if (!(v instanceof PyCode c)) throw Errors.typeError("__code__ must be set to a code object");
    int nfree = c.code.freevars.size(), nclosure = closure == null ? 0 : closure.length;
    if (nfree != nclosure) {
      throw Errors.valueError("%s() requires a code object with %d free vars, not %d", name, nclosure, nfree);
    }
    setCode(c);
  }

  /** {@code f.__call__(...)}: the function called as any callable is (a method-wrapper in CPython). */
  @PyMethod(value = "__call__", style = ArgSpec.Style.SLOT) PyObject callMethod(@PyMethod.Star PyObject[] args,
                                                                               @PyMethod.KwArgs PyDict kwargs) {
    return Abstract.callWithKeywords(this, args, kwargs);
  }

  @PyGetter(value = "__globals__", readonlyMember = true) PyObject globalsAttr() { return globals; }

  @PyGetter(value = "__builtins__", readonlyMember = true) PyObject builtinsAttr() { return builtins; }

  @PyGetter(value = "__closure__", readonlyMember = true) PyObject closureAttr() {
    return closure.length == 0 ? PyNone.NONE : PyTuple.of(closure);
  }

  @PyGetter("__dict__") PyObject dictAttr() { return dict(); }

  @PySetter("__dict__") void setDict(PyObject v) {
    if (!(v instanceof PyDict d)) throw Errors.typeError("__dict__ must be set to a dictionary, not a '%s'",
        v == null ? "NoneType" : v.type().name());
    dict = d;
  }

  /** MAKE_FUNCTION gives a flat (name, value, ...) tuple; the dict is made on first read, as CPython 3.12. */
  @PyGetter("__annotations__") PyObject annotationsAttr() {
    if (annotations instanceof PyTuple t) {
      PyDict d = new PyDict();
      for (int i = 0; i + 1 < t.size(); i += 2) d.put(t.get(i), t.get(i + 1));
      annotations = d;
    } else if (annotations == null) {
      annotations = new PyDict();
    }
    return annotations;
  }

  @PySetter("__annotations__") void setAnnotations(PyObject v) {
    if (v == null || v == PyNone.NONE) annotations = null;
    else if (v instanceof PyDict) annotations = v;
    else throw Errors.typeError("__annotations__ must be set to a dict object");
  }

  @PyGetter("__type_params__") PyObject typeParamsAttr() { return typeParams; }

  /** functools.wraps and reprlib.recursive_repr copy it from the wrapped function. */
  @PySetter("__type_params__") void setTypeParams(PyObject v) {
    if (!(v instanceof PyTuple t)) throw Errors.typeError("__type_params__ must be set to a tuple");
    typeParams = t;
  }

  @PyMethod("__repr__") public PyObject repr() {
    return new PyStr("<function " + qualname + " at " + Addresses.of(this) + ">");
  }

  @Override public String toString() { return "<function " + qualname + ">"; }
}
