package dev.kaa.modules.testcapi;

import dev.kaa.bytecode.Code;
import dev.kaa.bytecode.Position;
import dev.kaa.compile.Assembler;
import dev.kaa.compile.CodeGen;
import dev.kaa.compile.CompilerStages;
import dev.kaa.compile.FrontEnd;
import dev.kaa.interp.PyCode;
import dev.kaa.modules.ast.AstFromPython;
import dev.kaa.modules.ast.AstToPython;
import dev.kaa.objects.Abstract;
import dev.kaa.objects.Errors;
import dev.kaa.objects.PyDict;
import dev.kaa.objects.PyInt;
import dev.kaa.objects.PyList;
import dev.kaa.objects.PyMethod;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyStr;
import dev.kaa.objects.PyTuple;
import dev.kaa.parse.CompileError;
import dev.kaa.parse.Mode;
import dev.kaa.runtime.Interpreter;
import dev.kaa.runtime.PyModule;
import dev.kaa.runtime.WarningPrinter;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code _testinternalcapi}'s views of Kaa's compiler stages ({@link CompilerStages}), in the shapes CPython's
 * functions of these names take and return: an instruction is a tuple {@code (opcode, oparg, lineno, end_lineno,
 * col_offset, end_col_offset)} with -1 for an unknown position, a jump's oparg is its target's index in the list, and
 * a unit's tables are a dict ({@code consts}, {@code names}, {@code varnames}, {@code cellvars}, {@code freevars} map
 * each item to its index). The opcodes are Kaa's ({@code dis.opmap}), pseudo-instructions included.
 */
final class CompilerStageFunctions {
  private CompilerStageFunctions() {}

  private static final Mode[] MODES = {Mode.EXEC, Mode.EVAL, Mode.SINGLE};

  @PyMethod(value = "compiler_codegen", doc = "Apply compiler code generation to an AST.")
  static PyObject compilerCodegen(PyModule self, PyObject ast, PyObject filename, PyObject optimize,
                                  @PyMethod.Opt PyObject compileMode) {
    Interpreter interp = self.interpreter();
    if (!AstToPython.isAst(interp, ast)) throw Errors.typeError("expected an AST, got %s", ast.type().name());
    String file = str(filename, "filename");
    int mode = compileMode == null ? 0 : (int) Abstract.indexValue(compileMode);
    if (mode < 0 || mode >= MODES.length) throw Errors.valueError("compile_mode must be 0, 1 or 2");
    CompilerStages.Generated g;
    try {
      FrontEnd.Result front = FrontEnd.analyse(AstFromPython.convert(interp, ast, MODES[mode]), file,
          new WarningPrinter(new PrintStream(interp.config().stderr(), true, StandardCharsets.UTF_8), null));
      g = CodeGen.codegen(front, file, (int) Abstract.indexValue(optimize));
    } catch (CompileError e) {
      throw Errors.compileError(e);
    } catch (CodeGen.NotImplementedYet e) {
      throw Errors.internal("the compiler cannot compile " + e.construct + " yet");
    }
    CompilerStages.Tables t = g.tables();
    PyDict meta = new PyDict();
    meta.put(new PyStr("name"), new PyStr(t.name()));
    meta.put(new PyStr("qualname"), new PyStr(t.qualname()));
    PyDict consts = new PyDict();
    for (int i = 0; i < t.consts().size(); i++) consts.put(PyCode.toPython(t.consts().get(i)), PyInt.of(i));
    meta.put(new PyStr("consts"), consts);
    meta.put(new PyStr("names"), indexes(t.names()));
    meta.put(new PyStr("varnames"), indexes(t.varnames()));
    meta.put(new PyStr("cellvars"), indexes(t.cellvars()));
    meta.put(new PyStr("freevars"), indexes(t.freevars()));
    meta.put(new PyStr("argcount"), PyInt.of(t.argCount()));
    meta.put(new PyStr("posonlyargcount"), PyInt.of(t.posOnlyArgCount()));
    meta.put(new PyStr("kwonlyargcount"), PyInt.of(t.kwOnlyArgCount()));
    meta.put(new PyStr("firstlineno"), PyInt.of(t.firstLineno()));
    meta.put(new PyStr("flags"), PyInt.of(t.flags()));
    return PyTuple.of(toPython(g.listing()), meta);
  }

  /** Runs the flow-graph passes; {@code consts} (a list) loses the constants no instruction uses any more. */
  @PyMethod(value = "optimize_cfg", doc = "Apply compiler optimizations to an instruction list.")
  static PyObject optimizeCfg(PyModule self, PyObject instructions, PyObject consts, PyObject nlocals) {
    if (!(consts instanceof PyList list)) throw Errors.typeError("consts must be a list, not %s", consts.type().name());
    int locals = (int) Abstract.indexValue(nlocals);
    if (locals < 0) throw Errors.valueError("nlocals must not be negative");
    CompilerStages.Optimised o;
    try {
      o = CompilerStages.optimise(listing(instructions), list.size(), locals);
    } catch (IllegalArgumentException | IllegalStateException | IndexOutOfBoundsException e) {
      throw Errors.valueError("invalid instruction list: %s", e.getMessage());
    }
    List<PyObject> kept = new ArrayList<>();
    for (int i = 0; i < o.constIndex().length; i++) if (o.constIndex()[i] >= 0) kept.add(list.get(i));
    list.clear();
    kept.forEach(list::add);
    return toPython(o.listing());
  }

  /**
   * A code object from an instruction list and tables ({@code name}, {@code qualname}, {@code consts}, {@code names},
   * {@code varnames}, {@code cellvars}, {@code freevars}, the three argument counts, {@code firstlineno}; {@code flags}
   * 0 unless given, as in CPython).
   */
  @PyMethod(value = "assemble_code_object", doc = "Create a code object for the given instructions.")
  static PyObject assembleCodeObject(PyModule self, PyObject filename, PyObject instructions, PyObject metadata) {
    String file = str(filename, "filename");
    List<Object> consts = new ArrayList<>();
    for (PyObject c : ordered(metadata, "consts")) {
      Object form = PyCode.constantOf(c);
      consts.add(form != null ? form : c);
    }
    CompilerStages.Tables t = new CompilerStages.Tables(str(required(metadata, "name"), "name"),
        str(required(metadata, "qualname"), "qualname"), intOr(metadata, "firstlineno", 1), intOr(metadata, "flags", 0),
        intOr(metadata, "argcount", 0), intOr(metadata, "posonlyargcount", 0), intOr(metadata, "kwonlyargcount", 0),
        consts, strings(metadata, "names"), strings(metadata, "varnames"), strings(metadata, "cellvars"),
        strings(metadata, "freevars"));
    Code code;
    try {
      code = CompilerStages.assemble(listing(instructions), t, file);
    } catch (IllegalArgumentException | IllegalStateException | IndexOutOfBoundsException e) {
      throw Errors.valueError("invalid instruction list: %s", e.getMessage());
    }
    return PyCode.of(code);
  }

  /** CPython's form of a name table: each name mapped to its index. */
  private static PyDict indexes(List<String> names) {
    PyDict out = new PyDict();
    for (int i = 0; i < names.size(); i++) out.put(new PyStr(names.get(i)), PyInt.of(i));
    return out;
  }

  private static PyList toPython(List<Assembler.Listed> listing) {
    PyList out = new PyList();
    for (Assembler.Listed in : listing) {
      Position p = in.pos();
      out.add(PyTuple.of(PyInt.of(in.op()), PyInt.of(in.arg()), PyInt.of(p.lineno()), PyInt.of(p.endLineno()),
          PyInt.of(p.colOffset()), PyInt.of(p.endColOffset())));
    }
    return out;
  }

  /**
   * An instruction list: each item a sequence of opcode, oparg (None: 0) and up to four position numbers (missing:
   * -1).
   */
  private static List<Assembler.Listed> listing(PyObject instructions) {
    List<Assembler.Listed> out = new ArrayList<>();
    for (PyObject item : items(instructions)) {
      List<PyObject> fields = items(item);
      if (fields.size() < 2 || fields.size() > 6) {
        throw Errors.valueError("an instruction is (opcode, oparg, lineno, end_lineno, col_offset, end_col_offset)");
      }
      int[] v = {0, 0, -1, -1, -1, -1};
      for (int i = 0; i < fields.size(); i++) {
        // an instruction without an operand may say None for it, as CPython's lists do
        if (i != 1 || fields.get(i) != dev.kaa.objects.PyNone.NONE) v[i] = (int) Abstract.indexValue(fields.get(i));
      }
      out.add(new Assembler.Listed(v[0], v[1], new Position(v[2], v[3], v[4], v[5])));
    }
    return out;
  }

  private static List<PyObject> items(PyObject iterable) {
    List<PyObject> out = new ArrayList<>();
    PyObject it = Abstract.iter(iterable);
    for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it)) out.add(x);
    return out;
  }

  /** A table of the metadata: a dict from item to index (CPython's form) read in index order, or any sequence. */
  private static List<PyObject> ordered(PyObject metadata, String key) {
    PyObject table = optional(metadata, key);
    if (table == null) return List.of();
    List<PyObject> keys = items(table);
    if (!(table instanceof PyDict d)) return keys;
    PyObject[] out = new PyObject[keys.size()];
    for (PyObject k : keys) {
      long i = Abstract.indexValue(d.get(k));
      if (i < 0 || i >= out.length || out[(int) i] != null) {
        throw Errors.valueError("metadata '%s': the indexes are not 0 to %d", key, out.length - 1);
      }
      out[(int) i] = k;
    }
    return List.of(out);
  }

  private static List<String> strings(PyObject metadata, String key) {
    List<String> out = new ArrayList<>();
    for (PyObject s : ordered(metadata, key)) out.add(str(s, key));
    return out;
  }

  private static PyObject optional(PyObject metadata, String key) {
    if (!(metadata instanceof PyDict d)) throw Errors.typeError("metadata must be a dict, not %s", metadata.type().name());
    return d.get(new PyStr(key));
  }

  private static PyObject required(PyObject metadata, String key) {
    PyObject v = optional(metadata, key);
    if (v == null) throw Errors.of(dev.kaa.objects.ExceptionTypes.KeyError, key);
    return v;
  }

  private static int intOr(PyObject metadata, String key, int otherwise) {
    PyObject v = optional(metadata, key);
    return v == null ? otherwise : (int) Abstract.indexValue(v);
  }

  private static String str(PyObject v, String what) {
    if (v instanceof PyStr s) return s.toString();
    throw Errors.typeError("%s must be str, not %s", what, v.type().name());
  }
}
