package dev.kaa.interp;

import dev.kaa.ast.Expr;
import dev.kaa.bytecode.Code;
import dev.kaa.jit.JitPolicy;
import dev.kaa.math.NumericHash;
import dev.kaa.objects.Abstract;
import dev.kaa.objects.Errors;
import dev.kaa.objects.PyBool;
import dev.kaa.objects.PyBytes;
import dev.kaa.objects.PyComplex;
import dev.kaa.objects.PyFloat;
import dev.kaa.objects.PyFrozenSet;
import dev.kaa.objects.PyGetter;
import dev.kaa.objects.PyInt;
import dev.kaa.objects.PyList;
import dev.kaa.objects.PyMethod;
import dev.kaa.objects.PyEllipsis;
import dev.kaa.objects.PyNone;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyStr;
import dev.kaa.objects.PyTuple;
import dev.kaa.objects.PyType;
import java.math.BigInteger;
import java.util.List;

/**
 * {@code code}: the Python face of a {@link Code}, and the per-code-object data the eval loop needs at run time — the
 * constants as Python objects, keyword-name tuples as Java arrays, names as interned Strings. Made once per
 * {@link Code} (kept in {@link Code#runtimeConstants}) and shared by every frame running it.
 */
public final class PyCode extends PyObject {
  public static final PyType TYPE = new PyType("code", PyType.IMMUTABLE | PyType.WEAKREFABLE,
      PyCode.class, PyType.OBJECT);

  public final Code code;
  /** {@code co_consts} as Python objects. */
  final PyObject[] consts;
  /** For each constant that is a tuple of str (the operand of KW_NAMES), its items as Strings; else null. */
  final String[][] keywordNames;
  /** {@code co_names}. */
  final String[] names;
  /**
   * Inline caches, one slot per instruction (docs/performance.md): an instruction that specialises on what it saw
   * (an attribute lookup keyed on a type's version, a global lookup keyed on dict versions...) keeps an immutable
   * record at its own index and replaces it whole, so a reader sees the old record or the new one, never half of one.
   */
  final Object[] inlineCaches;
  /** The compiled form (docs/jit.md), once the code is hot; null before, or when it cannot be compiled. */
  JitCode jit;
  /** What is left before the code counts as hot: calls and backward jumps spend it (JitPolicy). */
  int jitBudget = JitPolicy.budget();
  /** Compiled forms entered at a loop header, for frames that were running interpreted (on-stack replacement). */
  java.util.Map<Integer, JitCode> jitOsr;

  private PyCode(Code code) {
    this.code = code;
    List<Object> cs = code.consts;
    consts = new PyObject[cs.size()];
    keywordNames = new String[cs.size()][];
    for (int i = 0; i < consts.length; i++) {
      consts[i] = toPython(cs.get(i));
      if (cs.get(i) instanceof Code.ConstTuple t && t.items().stream().allMatch(x -> x instanceof String)) {
        keywordNames[i] = t.items().toArray(new String[0]);
      }
    }
    names = code.names.toArray(new String[0]);
    inlineCaches = new Object[code.instructionsForInterpreter().length];
  }

  /** The runtime form of {@code code}, made on first use. Racy but harmless: two threads may make equal copies. */
  public static PyCode of(Code code) {
    if (code.runtimeConstants instanceof PyCode p) return p;
    PyCode p = new PyCode(code);
    code.runtimeConstants = p;
    return p;
  }

  @Override public PyType type() { return TYPE; }

  /** A compile-time constant as the Python object it stands for. */
  static PyObject toPython(Object c) {
    if (c instanceof Boolean b) {
      return PyBool.of(b);
    } else if (c instanceof Long l) {
      return PyInt.of(l);
    } else if (c instanceof BigInteger b) {
      return PyInt.of(b);
    } else if (c instanceof Double d) {
      return new PyFloat(d);
    } else if (c instanceof String s) {
      return new PyStr(s);
    } else if (c instanceof Expr.Constant.Singleton s && s == Expr.Constant.Singleton.None) {
      return PyNone.NONE;
    } else if (c instanceof Expr.Constant.Singleton s && s == Expr.Constant.Singleton.Ellipsis) {
      return PyEllipsis.ELLIPSIS;
    } else if (c instanceof Code c2) {
      return of(c2);
    } else if (c instanceof Code.ConstTuple t) {
      PyObject[] items = new PyObject[t.items().size()];
      for (int i = 0; i < items.length; i++) items[i] = toPython(t.items().get(i));
      return PyTuple.wrap(items);
    } else if (c instanceof Expr.Constant.CodePoints p) {
      // A Java String cannot keep a lone high + low surrogate apart: they read as the one astral character (PyStr).
      return new PyStr(new String(p.codePoints(), 0, p.codePoints().length));
    } else if (c instanceof Expr.Constant.Bytes b) {
      return new PyBytes(b.data());
    } else if (c instanceof Expr.Constant.Imaginary i) {
      return new PyComplex(0.0, i.imag());
    } else if (c instanceof Code.ConstComplex c2) {
      return new PyComplex(c2.real(), c2.imag());
    } else if (c instanceof Code.ConstFrozenSet s) {
      PyObject[] items = new PyObject[s.items().size()];
      for (int i = 0; i < items.length; i++) items[i] = toPython(s.items().get(i));
      return PyFrozenSet.of(PyTuple.wrap(items));
    } else {
      throw Errors.internal("constants of this kind are not supported yet: " + c);
    }
  }

  @PyGetter("co_name") PyObject coName() { return new PyStr(code.name); }

  @PyGetter("co_qualname") PyObject coQualname() { return new PyStr(code.qualname); }

  @PyGetter("co_filename") PyObject coFilename() { return new PyStr(code.filename); }

  @PyGetter("co_firstlineno") PyObject coFirstlineno() { return PyInt.of(code.firstLineno); }

  @PyGetter("co_argcount") PyObject coArgcount() { return PyInt.of(code.argCount); }

  @PyGetter("co_posonlyargcount") PyObject coPosonlyargcount() { return PyInt.of(code.posOnlyArgCount); }

  @PyGetter("co_kwonlyargcount") PyObject coKwonlyargcount() { return PyInt.of(code.kwOnlyArgCount); }

  @PyGetter("co_nlocals") PyObject coNlocals() { return PyInt.of(code.nlocals()); }

  @PyGetter("co_flags") PyObject coFlags() { return PyInt.of(code.flags); }

  @PyGetter("co_stacksize") PyObject coStacksize() { return PyInt.of(code.stackSize); }

  @PyGetter("co_varnames") PyObject coVarnames() { return strings(code.varnames); }

  @PyGetter("co_cellvars") PyObject coCellvars() { return strings(code.cellvars); }

  @PyGetter("co_freevars") PyObject coFreevars() { return strings(code.freevars); }

  @PyGetter("co_names") PyObject coNames() { return strings(code.names); }

  @PyGetter("co_consts") PyObject coConsts() { return PyTuple.of(consts); }

  /**
   * {@code co_positions()}: (lineno, end_lineno, col_offset, end_col_offset) per code unit, None where unknown. A Kaa
   * instruction is one code unit (offsets, as {@code tb_lasti}, are twice its index), so one tuple per instruction.
   */
  @PyMethod("co_positions") PyObject coPositions() { return Abstract.iter(positionList(code)); }

  public static PyList positionList(Code c) {
    PyList out = new PyList();
    for (int i = 0; i < c.length(); i++) {
      dev.kaa.bytecode.Position p = c.position(i);
      out.add(PyTuple.of(orNone(p.lineno()), orNone(p.endLineno()), orNone(p.colOffset()), orNone(p.endColOffset())));
    }
    return out;
  }

  /** {@code co_lines()}: (start, end, lineno) offset ranges of consecutive instructions from one line. */
  @PyMethod("co_lines") PyObject coLines() {
    PyList out = new PyList();
    int start = 0;
    for (int i = 1; i <= code.length(); i++) {
      if (i < code.length() && code.position(i).lineno() == code.position(start).lineno()) continue;
      out.add(PyTuple.of(PyInt.of(2L * start), PyInt.of(2L * i), orNone(code.position(start).lineno())));
      start = i;
    }
    return Abstract.iter(out);
  }

  /**
   * {@code code.replace(**changes)}: a new code object with other names, flags, file or first line (what
   * {@code types.coroutine}, {@code functools} and test helpers change). Kaa's instructions are not CPython's, so
   * changing {@code co_code}, constants, counts or the tables is refused with a ValueError saying so.
   */
  @PyMethod(value = "replace", positionalOnly = 0)
  PyObject replace(@PyMethod.KwArgs dev.kaa.objects.PyDict changes) {
    String name = code.name, qualname = code.qualname, filename = code.filename;
    int firstLineno = code.firstLineno, flags = code.flags;
    List<String> varnames = code.varnames, names = code.names;
    List<PyObject[]> items = new java.util.ArrayList<>();
    if (changes != null) changes.forEach((k, v) -> items.add(new PyObject[] {k, v}));
    {
      for (PyObject[] e : items) {
        String key = e[0].toString();
        PyObject v = e[1];
        switch (key) {
          case "co_name" -> name = strArg(key, v);
          case "co_qualname" -> qualname = strArg(key, v);
          case "co_filename" -> filename = strArg(key, v);
          case "co_firstlineno" -> firstLineno = (int) dev.kaa.objects.Abstract.indexValue(v);
          case "co_flags" -> flags = (int) dev.kaa.objects.Abstract.indexValue(v);
          case "co_varnames" -> varnames = sameLength(key, v, varnames);
          case "co_names" -> names = sameLength(key, v, names);
          case "co_argcount", "co_posonlyargcount", "co_kwonlyargcount", "co_nlocals", "co_stacksize", "co_code",
               "co_consts", "co_cellvars", "co_freevars", "co_linetable", "co_exceptiontable" ->
              throw Errors.valueError("code.replace(): Kaa cannot change " + key + " yet");
          default -> throw Errors.typeError("replace() got an unexpected keyword argument '%s'", key);
        }
      }
    }
    return of(code.with(name, qualname, filename, firstLineno, flags, varnames, names));
  }

  private static String strArg(String key, PyObject v) {
    if (v instanceof PyStr s) return s.toString();
    throw Errors.typeError("replace() argument '%s' must be str, not %s", key, v.type().name());
  }

  private static List<String> sameLength(String key, PyObject v, List<String> old) {
    if (!(v instanceof PyTuple t)) {
      throw Errors.typeError("replace() argument '%s' must be tuple, not %s", key, v.type().name());
    }
    List<String> out = new java.util.ArrayList<>();
    for (int i = 0; i < t.size(); i++) out.add(strArg(key, t.get(i)));
    if (out.size() != old.size()) throw Errors.valueError("code.replace(): Kaa cannot change the length of " + key);
    return out;
  }

  private static PyObject orNone(int n) { return n < 0 ? PyNone.NONE : PyInt.of(n); }

  private static PyTuple strings(List<String> names) {
    PyObject[] items = new PyObject[names.size()];
    for (int i = 0; i < items.length; i++) items[i] = new PyStr(names.get(i));
    return PyTuple.wrap(items);
  }

  @PyMethod("__repr__") public PyObject repr() {
    return new PyStr("<code object " + code.name + " at 0x" + Long.toHexString(NumericHash.identityHash(this))
        + ", file \"" + code.filename + "\", line " + code.firstLineno + ">");
  }
}
