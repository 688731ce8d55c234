package dev.kaa.interp;

import dev.kaa.bytecode.Code;
import dev.kaa.bytecode.CodeFlags;
import dev.kaa.math.NumericHash;
import dev.kaa.objects.HasDict;
import dev.kaa.objects.PyDict;
import dev.kaa.objects.PyMethod;
import dev.kaa.objects.PyNone;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyStr;
import dev.kaa.objects.PyTuple;
import dev.kaa.objects.PyType;

/**
 * {@code function}: a code object with the globals it runs in, its defaults and its closure. Calling it binds the
 * arguments straight into a new frame's slots (one array copy when the call matches the parameters exactly) and runs
 * the eval loop, or, for a generator or coroutine function, makes the generator object around the frame.
 */
public final class PyFunction extends PyObject implements HasDict {
  public static final PyType TYPE = new PyType("function", PyType.IMMUTABLE, PyFunction.class, PyType.OBJECT);

  final PyCode pycode;
  final Code code;
  final PyDict globals;
  final PyDict builtins;
  String name;
  String qualname;
  PyObject module;
  PyObject doc;
  /** {@code __defaults__}, or null for None. */
  PyTuple defaults;
  /** {@code __kwdefaults__}, or null for None. */
  PyDict kwdefaults;
  /** The cells for the code's free variables, in {@code co_freevars} order; empty when it has none. */
  final PyCell[] closure;
  /** {@code __annotations__}: MAKE_FUNCTION's flat (name, value, ...) tuple until first read, then a dict; or null. */
  PyObject annotations;
  private PyDict dict;
  /** The call needs no binding beyond copying the positional arguments when their count matches. */
  private final boolean simpleParameters;

  PyFunction(PyCode pycode, PyDict globals, PyDict builtins, PyCell[] closure) {
    this.pycode = pycode;
    this.code = pycode.code;
    this.globals = globals;
    this.builtins = builtins;
    this.closure = closure;
    this.name = code.name;
    this.qualname = code.qualname;
    PyObject m = globals.getStr("__name__");
    this.module = m == null ? PyNone.NONE : m;
    this.doc = pycode.consts.length > 0 && pycode.consts[0] instanceof PyStr s ? s : PyNone.NONE;
    this.simpleParameters = code.kwOnlyArgCount == 0
        && (code.flags & (CodeFlags.VARARGS | CodeFlags.VARKEYWORDS)) == 0;
  }

  @Override public PyType type() { return TYPE; }

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

  /** The eval loop's entry: it knows the thread state already. */
  PyObject call(ThreadState ts, PyObject[] args, int from, int npos, String[] kwnames) {
    Frame f = new Frame(pycode, globals, builtins, null, this);
    if (kwnames == null && npos == code.argCount && simpleParameters) {
      System.arraycopy(args, from, f.localsplus, 0, npos);
    } else {
      ArgBinder.bind(this, f.localsplus, args, from, npos, kwnames);
    }
    if (CodeFlags.makesGenerator(code.flags)) return Generators.make(f);
    return Eval.run(ts, f);
  }

  @PyMethod("__get__") public PyObject get(PyObject obj, @PyMethod.Opt PyObject type) {
    return obj == PyNone.NONE ? this : new PyBoundMethod(this, obj);
  }

  @PyMethod("__repr__") public PyObject repr() {
    return new PyStr("<function " + qualname + " at 0x" + Long.toHexString(NumericHash.identityHash(this)) + ">");
  }

  @Override public String toString() { return "<function " + qualname + ">"; }
}
