package dev.kaa.interp;

import dev.kaa.ast.Expr;
import dev.kaa.bytecode.Code;
import dev.kaa.bytecode.LocationTable;
import dev.kaa.jit.JitPolicy;
import dev.kaa.objects.Abstract;
import dev.kaa.objects.Addresses;
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
  /**
   * {@code co_consts} as Python objects. This and the two arrays below need the code's body, which an unmarshalled
   * function's code decodes at its first use: they are made by {@link #ready}, which every frame's constructor calls,
   * so the eval loop reads them as plain fields. Volatile, and written last, so that seeing it set means seeing them.
   */
  volatile PyObject[] consts;
  /** For each constant that is a tuple of str (the operand of KW_NAMES), its items as Strings; else null. */
  String[][] keywordNames;
  /** {@code co_names}. */
  final String[] names;
  /**
   * Inline caches, one slot per instruction (docs/performance.md): an instruction that specialises on what it saw
   * (an attribute lookup keyed on a type's version, a global lookup keyed on dict versions...) keeps an immutable
   * record at its own index and replaces it whole, so a reader sees the old record or the new one, never half of one.
   */
  Object[] inlineCaches;
  /**
   * The compiled form (docs/jit.md), once the code is hot; null before, or when it cannot be compiled. Calls and
   * generator resumptions run it, and interpreted frames hand their outermost loops over to it.
   */
  JitCode jit;
  /** What is left before the code counts as hot: calls and backward jumps spend it (JitPolicy). */
  int jitBudget = JitPolicy.budget();
  /** Compiled forms entered at the header of a nested loop that ran on for long in an interpreted frame. */
  java.util.Map<Integer, JitCode> jitOsr;
  /**
   * How many instructions {@code co_linetable} describes: all of them (-1), unless {@code replace()} or the
   * constructor was given a table that stops short ({@code co_positions()} and {@code co_lines()} then stop there, as
   * CPython's).
   */
  private int described = -1;
  /** The {@code co_linetable} a program gave ({@code replace()}, the constructor), kept as given; else null. */
  private byte[] givenLinetable;
  /** Line facts for sys.settrace's line events, made when a frame of this code is first traced. */
  LineStarts lineStarts;

  private PyCode(Code code) {
    this.code = code;
    names = code.names.toArray(new String[0]);
  }

  /** This code with its constants, keyword names and caches made: before a frame runs it, or a getter reads them. */
  PyCode ready() {
    if (consts == null) makeReady();
    return this;
  }

  private synchronized void makeReady() {
    if (consts != null) return;
    List<Object> cs = code.consts();
    PyObject[] made = new PyObject[cs.size()];
    String[][] keywords = new String[cs.size()][];
    for (int i = 0; i < made.length; i++) {
      made[i] = toPython(cs.get(i));
      if (cs.get(i) instanceof Code.ConstTuple t && allStrings(t.items())) {
        keywords[i] = t.items().toArray(new String[0]);
      }
    }
    keywordNames = keywords;
    inlineCaches = new Object[code.instructionsForInterpreter().length];
    consts = made;
  }

  /** The instructions {@code co_linetable} describes. */
  private int described() { return described < 0 ? code.length() : described; }

  /** {@code __doc__} of a function made from this code: its first constant when a str. */
  PyObject docstring() {
    PyObject[] cs = ready().consts;
    return cs.length > 0 && cs[0] instanceof PyStr s ? s : PyNone.NONE;
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
  public static PyObject toPython(Object c) {
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
    } else if (c instanceof PyObject o) {
      return o;  // a constant code.replace() was given that has no compile-time form
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

  /**
   * The compile-time form of a Python constant (the reverse of {@link #toPython}): what {@code ast.Constant} values
   * and {@code co_consts} given to {@code replace()} may hold; null for any other object.
   */
  public static Object constantOf(PyObject v) {
    if (v == PyNone.NONE) return Expr.Constant.Singleton.None;
    if (v == PyEllipsis.ELLIPSIS) return Expr.Constant.Singleton.Ellipsis;
    if (v instanceof PyBool b) return b == PyBool.TRUE;
    if (v instanceof PyInt i) return i.isLong() ? (Object) i.longValue() : i.bigValue();
    if (v instanceof PyFloat f) return f.value;
    if (v instanceof PyComplex c) return new Code.ConstComplex(c.real, c.imag);
    if (v instanceof PyStr s) return s.toString();
    if (v instanceof PyBytes b) return new Expr.Constant.Bytes(b.value);
    if (v instanceof PyCode c) return c.code;
    if (v instanceof PyTuple || v instanceof PyFrozenSet) {
      List<Object> items = new java.util.ArrayList<>();
      PyObject it = Abstract.iter(v);
      for (PyObject item = Abstract.next(it); item != null; item = Abstract.next(it)) {
        Object c = constantOf(item);
        if (c == null) return null;
        items.add(c);
      }
      return v instanceof PyTuple ? new Code.ConstTuple(items) : new Code.ConstFrozenSet(items);
    }
    return null;
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

  @PyGetter("co_consts") PyObject coConsts() { return PyTuple.of(ready().consts); }

  /**
   * {@code co_positions()}: (lineno, end_lineno, col_offset, end_col_offset) per code unit, None where unknown. A Kaa
   * instruction is one code unit (offsets, as {@code tb_lasti}, are twice its index), so one tuple per instruction.
   */
  @PyMethod("co_positions") PyObject coPositions() { return Abstract.iter(positionList(code, described())); }

  /** Every instruction's position tuple. */
  public static PyList positionList(Code c) { return positionList(c, c.length()); }

  private static PyList positionList(Code c, int count) {
    PyList out = new PyList();
    for (int i = 0; i < count; i++) {
      dev.kaa.bytecode.Position p = c.position(i);
      out.add(PyTuple.of(orNone(p.lineno()), orNone(p.endLineno()), orNone(p.colOffset()), orNone(p.endColOffset())));
    }
    return out;
  }

  /** {@code co_lines()}: (start, end, lineno) offset ranges of consecutive instructions from one line. */
  @PyMethod("co_lines") PyObject coLines() {
    PyList out = new PyList();
    int start = 0, described = described();
    for (int i = 1; i <= described; i++) {
      if (i < described && code.position(i).lineno() == code.position(start).lineno()) continue;
      out.add(PyTuple.of(PyInt.of(2L * start), PyInt.of(2L * i), orNone(code.position(start).lineno())));
      start = i;
    }
    return Abstract.iter(out);
  }

  /**
   * {@code co_code}: Kaa's instruction words (docs/bytecode.md), four bytes each, little-endian — not CPython's
   * bytecode. Offsets elsewhere ({@code co_lines}, {@code f_lasti}) count two per instruction, CPython's code unit.
   */
  @PyGetter("co_code") PyObject coCode() {
    java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(4 * code.length()).order(java.nio.ByteOrder.LITTLE_ENDIAN);
    for (int i = 0; i < code.length(); i++) b.putInt(code.word(i));
    return new PyBytes(b.array());
  }

  /** {@code co_linetable}: the positions in CPython's location-table format ({@link LocationTable}). */
  @PyGetter("co_linetable") PyObject coLinetable() {
    if (givenLinetable != null) return new PyBytes(givenLinetable.clone());
    return new PyBytes(LocationTable.encode(code.positions(), code.firstLineno));
  }

  /** {@code co_exceptiontable}: Kaa's table, five varints per entry (start, end, handler, depth, lasti). */
  @PyGetter("co_exceptiontable") PyObject coExceptiontable() {
    dev.kaa.bytecode.MarshalOutput out = new dev.kaa.bytecode.MarshalOutput();
    for (int v : code.exceptionTable().toArray()) out.writeVarint(v);
    return new PyBytes(out.toByteArray());
  }

  private static dev.kaa.bytecode.ExceptionTable parseExceptionTable(byte[] table) {
    dev.kaa.bytecode.MarshalInput in = new dev.kaa.bytecode.MarshalInput(table);
    List<Integer> entries = new java.util.ArrayList<>();
    try {
      while (in.remaining() > 0) entries.add(in.readVarint());
    } catch (dev.kaa.bytecode.MarshalInput.BadData e) {
      throw Errors.valueError("code: bad co_exceptiontable");
    }
    if (entries.size() % 5 != 0) throw Errors.valueError("code: bad co_exceptiontable");
    if (entries.isEmpty()) return dev.kaa.bytecode.ExceptionTable.EMPTY;
    return new dev.kaa.bytecode.ExceptionTable(entries.stream().mapToInt(Integer::intValue).toArray());
  }

  private static int[] parseWords(byte[] bytes) {
    if (bytes.length % 4 != 0) throw Errors.valueError("code: co_code is not whole Kaa instructions (4 bytes each)");
    java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(bytes).order(java.nio.ByteOrder.LITTLE_ENDIAN);
    int[] words = new int[bytes.length / 4];
    for (int i = 0; i < words.length; i++) {
      words[i] = b.getInt();
      if (dev.kaa.bytecode.Op.info(dev.kaa.bytecode.Op.opcode(words[i])) == null) {
        throw Errors.valueError("code: co_code holds an unknown opcode");
      }
    }
    return words;
  }

  /**
   * {@code co_lnotab} (deprecated since 3.12, as in CPython): (offset increment, line increment) byte pairs from
   * {@link #coLines}, the increments split into pieces that fit a byte.
   */
  @PyGetter("co_lnotab") PyObject coLnotab() {
    dev.kaa.modules.warnings.Warner.warn(dev.kaa.objects.ExceptionTypes.DeprecationWarning,
        "co_lnotab is deprecated, use co_lines instead.", 1);
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    int offset = 0, line = code.firstLineno;
    for (int i = 0; i < code.length(); i++) {
      int l = code.position(i).lineno();
      if (l < 0 || l == line || i > 0 && l == code.position(i - 1).lineno()) continue;
      int addr = 2 * i - offset, delta = l - line;
      while (addr > 255) { out.write(255); out.write(0); addr -= 255; }
      while (delta > 127 || delta < -128) {
        int step = delta > 0 ? 127 : -128;
        out.write(addr); out.write(step & 0xff); addr = 0; delta -= step;
      }
      out.write(addr); out.write(delta & 0xff);
      offset = 2 * i;
      line = l;
    }
    return new PyBytes(out.toByteArray());
  }

  /** {@code code._varname_from_oparg(n)}: the name of local slot {@code n} (a local, cell or free variable). */
  @PyMethod("_varname_from_oparg") PyObject varnameFromOparg(PyObject oparg) {
    long n = Abstract.indexValue(oparg);
    if (n < 0 || n >= code.localsPlusCount()) throw Errors.of(dev.kaa.objects.ExceptionTypes.IndexError, "index out of range");
    return new PyStr(code.slotName((int) n));
  }

  @PyMethod("__eq__") PyObject eq(PyObject other) {
    if (!(other instanceof PyCode c)) return dev.kaa.objects.PyNotImplemented.VALUE;
    return PyBool.of(code.sameContent(c.code));
  }

  @PyMethod("__ne__") PyObject ne(PyObject other) {
    if (!(other instanceof PyCode c)) return dev.kaa.objects.PyNotImplemented.VALUE;
    return PyBool.of(!code.sameContent(c.code));
  }

  @PyMethod("__hash__") PyObject hash() { return PyInt.of(code.contentHash()); }

  /** {@code __sizeof__}: the object and its instruction, position and cache arrays. */
  @PyMethod("__sizeof__") PyObject sizeOf() {
    ready();
    return PyInt.of(120L + 4L * code.length() + 16L * code.length() + 8L * inlineCaches.length + 8L * consts.length);
  }

  /** The fields of a code object in CPython's constructor order, and the argument names of {@code replace()}. */
  private static final List<String> FIELDS = List.of("co_argcount", "co_posonlyargcount", "co_kwonlyargcount",
      "co_nlocals", "co_stacksize", "co_flags", "co_code", "co_consts", "co_names", "co_varnames", "co_filename",
      "co_name", "co_qualname", "co_firstlineno", "co_linetable", "co_exceptiontable", "co_freevars", "co_cellvars");

  /**
   * {@code types.CodeType(argcount, posonlyargcount, kwonlyargcount, nlocals, stacksize, flags, codestring,
   * constants, names, varnames, filename, name, qualname, firstlineno, linetable, exceptiontable, freevars=(),
   * cellvars=(), /)}: CPython's argument list, with Kaa's own {@code co_code}, line and exception tables.
   */
  @PyMethod(value = "__new__", kind = PyMethod.Kind.NEW)
  static PyObject make(PyType cls, PyObject argcount, PyObject posonlyargcount, PyObject kwonlyargcount,
                       PyObject nlocals, PyObject stacksize, PyObject flags, PyObject codestring, PyObject constants,
                       PyObject names, PyObject varnames, PyObject filename, PyObject name, PyObject qualname,
                       PyObject firstlineno, PyObject linetable, PyObject exceptiontable,
                       @PyMethod.Opt PyObject freevars, @PyMethod.Opt PyObject cellvars) {
    PyObject[] values = {argcount, posonlyargcount, kwonlyargcount, nlocals, stacksize, flags, codestring, constants,
        names, varnames, filename, name, qualname, firstlineno, linetable, exceptiontable,
        freevars == null ? PyTuple.EMPTY : freevars, cellvars == null ? PyTuple.EMPTY : cellvars};
    java.util.Map<String, PyObject> fields = new java.util.HashMap<>();
    for (int i = 0; i < values.length; i++) fields.put(FIELDS.get(i), values[i]);
    return build(fields, "code", null);
  }

  /** {@code code.replace(**changes)}: a copy with the fields given changed. */
  @PyMethod(value = "replace", positionalOnly = 0)
  PyObject replace(@PyMethod.KwArgs dev.kaa.objects.PyDict changes) {
    java.util.Map<String, PyObject> fields = new java.util.HashMap<>();
    fields.put("co_argcount", coArgcount());
    fields.put("co_nlocals", coNlocals());
    fields.put("co_posonlyargcount", coPosonlyargcount());
    fields.put("co_kwonlyargcount", coKwonlyargcount());
    fields.put("co_stacksize", coStacksize());
    fields.put("co_flags", coFlags());
    fields.put("co_firstlineno", coFirstlineno());
    fields.put("co_names", coNames());
    fields.put("co_varnames", coVarnames());
    fields.put("co_freevars", coFreevars());
    fields.put("co_cellvars", coCellvars());
    fields.put("co_filename", coFilename());
    fields.put("co_name", coName());
    fields.put("co_qualname", coQualname());
    List<PyObject[]> items = new java.util.ArrayList<>();
    if (changes != null) changes.forEach((k, v) -> items.add(new PyObject[] {k, v}));
    for (PyObject[] e : items) {
      String key = e[0].toString();
      if (!FIELDS.contains(key)) throw Errors.typeError("'%s' is an invalid keyword argument for replace()", key);
      fields.put(key, e[1]);
    }
    // the instructions, positions, table and constants not given are kept as they are (no trip through bytes)
    return build(fields, "replace", this);
  }

  /** A code object from Python values; the instructions, positions, constants and table come from {@code old} when not given. */
  private static PyCode build(java.util.Map<String, PyObject> f, String who, PyCode old) {
    List<String> varnames = strTuple(who, "co_varnames", f.get("co_varnames"));
    int nlocals = intArg(who, "co_nlocals", f.get("co_nlocals"));
    int flags = intArg(who, "co_flags", f.get("co_flags"));
    int parameters = intArg(who, "co_argcount", f.get("co_argcount"))
        + intArg(who, "co_kwonlyargcount", f.get("co_kwonlyargcount"))
        + ((flags & dev.kaa.bytecode.CodeFlags.VARARGS) != 0 ? 1 : 0)
        + ((flags & dev.kaa.bytecode.CodeFlags.VARKEYWORDS) != 0 ? 1 : 0);
    if (varnames.size() < parameters) throw Errors.valueError("code: co_varnames is too small");
    if (nlocals != varnames.size()) throw Errors.valueError("code: co_nlocals != len(co_varnames)");
    int firstLineno = intArg(who, "co_firstlineno", f.get("co_firstlineno"));
    int[] words = f.containsKey("co_code") ? parseWords(bytesArg(who, "co_code", f.get("co_code")))
        : old.code.instructionsForInterpreter();
    byte[] linetable = f.containsKey("co_linetable") ? bytesArg(who, "co_linetable", f.get("co_linetable"))
        : old != null && words.length == old.code.length() ? null : new byte[0];
    List<dev.kaa.bytecode.Position> read = linetable == null ? null
        : LocationTable.decode(linetable, firstLineno, words.length);
    dev.kaa.bytecode.Position[] positions = linetable == null ? old.code.positions() : new dev.kaa.bytecode.Position[words.length];
    if (read != null) {
      java.util.Arrays.fill(positions, dev.kaa.bytecode.Position.NONE);
      for (int i = 0; i < read.size(); i++) positions[i] = read.get(i);
    }
    dev.kaa.bytecode.ExceptionTable table = f.containsKey("co_exceptiontable")
        ? parseExceptionTable(bytesArg(who, "co_exceptiontable", f.get("co_exceptiontable")))
        : old.code.exceptionTable();
    List<Object> consts = old != null && !f.containsKey("co_consts") ? old.code.consts()
        : constants(who, f.get("co_consts"));
    Code code = new Code(strArg(who, "co_name", f.get("co_name")), strArg(who, "co_qualname", f.get("co_qualname")),
        strArg(who, "co_filename", f.get("co_filename")), firstLineno, intArg(who, "co_argcount", f.get("co_argcount")),
        intArg(who, "co_posonlyargcount", f.get("co_posonlyargcount")),
        intArg(who, "co_kwonlyargcount", f.get("co_kwonlyargcount")), flags,
        intArg(who, "co_stacksize", f.get("co_stacksize")), varnames,
        strTuple(who, "co_cellvars", f.get("co_cellvars")), strTuple(who, "co_freevars", f.get("co_freevars")),
        strTuple(who, "co_names", f.get("co_names")), consts, words, positions, table);
    PyCode made = of(code);
    made.described = read == null ? old.described : read.size();
    made.givenLinetable = linetable != null ? linetable.clone() : old.givenLinetable;
    return made;
  }

  private static List<Object> constants(String who, PyObject v) {
    if (!(v instanceof PyTuple t)) {
      throw Errors.typeError("%s() argument 'co_consts' must be tuple, not %s", who, v.type().name());
    }
    List<Object> out = new java.util.ArrayList<>(t.size());
    for (int i = 0; i < t.size(); i++) {
      Object c = constantOf(t.get(i));
      out.add(c != null ? c : t.get(i));
    }
    return out;
  }

  private static int intArg(String who, String key, PyObject v) {
    if (!(v instanceof PyInt i)) {
      throw Errors.typeError("%s() argument '%s' must be int, not %s", who, key, v.type().name());
    }
    return (int) i.longValue();
  }

  private static byte[] bytesArg(String who, String key, PyObject v) {
    if (!(v instanceof PyBytes b)) {
      throw Errors.typeError("%s() argument '%s' must be bytes, not %s", who, key, v.type().name());
    }
    return b.value;
  }

  private static String strArg(String who, String key, PyObject v) {
    if (v instanceof PyStr s) return s.toString();
    throw Errors.typeError("%s() argument '%s' must be str, not %s", who, key, v.type().name());
  }

  private static List<String> strTuple(String who, String key, PyObject v) {
    if (!(v instanceof PyTuple t)) {
      throw Errors.typeError("%s() argument '%s' must be tuple, not %s", who, key, v.type().name());
    }
    List<String> out = new java.util.ArrayList<>();
    for (int i = 0; i < t.size(); i++) {
      if (!(t.get(i) instanceof PyStr s)) throw Errors.typeError("name tuples must contain only strings, not '%s'",
          t.get(i).type().name());
      out.add(s.toString());
    }
    return out;
  }

  private static PyObject orNone(int n) { return n < 0 ? PyNone.NONE : PyInt.of(n); }

  private static PyTuple strings(List<String> names) {
    PyObject[] items = new PyObject[names.size()];
    for (int i = 0; i < items.length; i++) items[i] = new PyStr(names.get(i));
    return PyTuple.wrap(items);
  }

  @PyMethod("__repr__") public PyObject repr() {
    return new PyStr("<code object " + code.name + " at " + Addresses.of(this)
        + ", file \"" + code.filename + "\", line " + code.firstLineno + ">");
  }

  /** A loop, not a stream: every code object made at start-up runs it, in the JVM's interpreter. */
  private static boolean allStrings(java.util.List<Object> items) {
    for (Object x : items) {
      if (!(x instanceof String)) return false;
    }
    return true;
  }
}
