package dev.kaa.runtime;

import dev.kaa.ast.Mod;
import dev.kaa.bytecode.Code;
import dev.kaa.bytecode.CodeFlags;
import dev.kaa.interp.BuildClass;
import dev.kaa.interp.Eval;
import dev.kaa.interp.Frame;
import dev.kaa.interp.PyCell;
import dev.kaa.interp.PyCode;
import dev.kaa.interp.ThreadState;
import dev.kaa.modules.ast.AstFromPython;
import dev.kaa.modules.ast.AstModule;
import dev.kaa.modules.ast.AstToPython;
import dev.kaa.modules.posix.PathArg;
import dev.kaa.objects.Abstract;
import dev.kaa.objects.Errors;
import dev.kaa.objects.Buffers;
import dev.kaa.objects.PyBytes;
import dev.kaa.objects.PyDict;
import dev.kaa.objects.PyMethod;
import dev.kaa.objects.PyNone;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyStr;
import dev.kaa.objects.PyTuple;
import dev.kaa.objects.Special;
import dev.kaa.parse.CompileError;
import dev.kaa.parse.Mode;
import dev.kaa.parse.Parser;
import dev.kaa.parse.Warnings;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * {@code compile}, {@code exec} and {@code eval}: source or code objects run in given or the caller's namespaces; and
 * {@code __build_class__}, which runs a class body.
 */
final class BuiltinCode {
  private BuiltinCode() {}

  /** The class statement's protocol (LOAD_BUILD_CLASS loads it from builtins). */
  @PyMethod("__build_class__")
  static PyObject buildClass(PyModule self, @PyMethod.Star PyObject[] args, @PyMethod.KwArgs PyDict kwargs) {
    return BuildClass.build(args, kwargs);
  }

  /**
   * The flags compile() accepts, as CPython's: the __future__ features (0x20000..0x1000000), the obsolete CO_NESTED
   * (0x10) and the compiler's own (0x200 don't imply dedent, 0x400 only AST, 0x1000 type comments, 0x2000 top-level
   * await, 0x4000 incomplete input).
   */
  private static final long KNOWN_FLAGS = 0x1FE0000L | 0x10 | 0x200 | 0x400 | 0x1000 | 0x2000 | 0x4000;

  @PyMethod(value = "compile", positionalOnly = 0)
  static PyObject compile(PyModule self, PyObject source, PyObject filename, PyObject mode,
                          @PyMethod.Opt PyObject flags, @PyMethod.Opt PyObject dont_inherit,
                          @PyMethod.Opt PyObject optimize, @PyMethod.KwOnly @PyMethod.Opt PyObject _feature_version) {
    PyObject path = PathArg.fspath(filename);
    PyStr f = path instanceof PyStr text ? text : new PyStr(PathArg.decode(((PyBytes) path).value));
    if (!(mode instanceof PyStr m)) {
      throw Errors.typeError("compile() argument 'mode' must be str, not %s", mode.type().name());
    }
    Mode parsed = switch (m.value) {
      case "exec" -> Mode.EXEC;
      case "eval" -> Mode.EVAL;
      case "single" -> Mode.SINGLE;
      case "func_type" -> Mode.FUNC_TYPE;
      default -> throw Errors.valueError("compile() mode must be 'exec', 'eval' or 'single'");
    };
    long flagBits = flags == null ? 0 : Abstract.indexValue(flags);
    if ((flagBits & ~KNOWN_FLAGS) != 0) throw Errors.valueError("compile(): unrecognised flags");
    if ((flagBits & AstModule.PyCF_ONLY_AST) != 0) return parseOnly(self.interpreter, source, f.value, parsed);
    if (parsed == Mode.FUNC_TYPE) throw Errors.valueError("compile() mode 'func_type' requires flag PyCF_ONLY_AST");
    if (source instanceof PyCode) return source;
    long asked = optimize == null ? -1 : Abstract.indexValue(optimize);
    int level = asked < 0 ? self.interpreter.config.optimize() : (int) asked;
    if (AstToPython.isAst(self.interpreter, source)) {
      return PyCode.of(Compiler.compile(AstFromPython.convert(self.interpreter, source, parsed), f.value,
          new WarningPrinter(new PrintStream(self.interpreter.config.stderr(), true, StandardCharsets.UTF_8), null),
          level));
    }
    return PyCode.of(compileSource(self.interpreter, "compile", source, f.value, parsed, level));
  }

  /** Source text or bytes compiled for {@code what} ("compile", "exec", "eval"), with its type error otherwise. */
  private static Code compileSource(Interpreter interp, String what, PyObject source, String filename, Mode mode,
                                    int optimize) {
    PrintStream warnings = new PrintStream(interp.config.stderr(), true, StandardCharsets.UTF_8);
    if (source instanceof PyStr s) {
      String text = mode == Mode.EVAL ? stripLeadingBlanks(s.value) : s.value;
      return Compiler.compile(text, filename, mode, new WarningPrinter(warnings, null), optimize);
    }
    byte[] buffer = Buffers.bytesOrNull(source);
    if (buffer != null) {
      return Compiler.compile(buffer, filename, mode, false, new WarningPrinter(warnings, null), optimize);
    }
    throw Errors.typeError(what.equals("compile") ? "compile() arg 1 must be a string, bytes or AST object"
        : "%s() arg 1 must be a string, bytes or code object", what);
  }

  /** {@code compile(..., PyCF_ONLY_AST)}: the parse tree as {@code ast} objects; an AST given is returned as it is. */
  private static PyObject parseOnly(Interpreter interp, PyObject source, String filename, Mode mode) {
    if (AstToPython.isAst(interp, source)) return source;
    Warnings warnings = new WarningPrinter(new PrintStream(interp.config.stderr(), true, StandardCharsets.UTF_8), null);
    Mod tree;
    try {
      if (source instanceof PyStr s) {
        tree = Parser.parseString(mode == Mode.EVAL ? stripLeadingBlanks(s.value) : s.value, filename, mode, warnings);
      } else if (Buffers.bytesOrNull(source) != null) {
        tree = Parser.parse(Buffers.bytesOrNull(source), filename, mode, warnings);
      } else {
        throw Errors.typeError("compile() arg 1 must be a string, bytes or AST object");
      }
    } catch (CompileError e) {
      throw Errors.compileError(e);
    }
    return AstToPython.convert(interp, tree);
  }

  /** eval() ignores leading spaces and tabs, as CPython's does. */
  private static String stripLeadingBlanks(String s) {
    int i = 0;
    while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) i++;
    return s.substring(i);
  }

  @PyMethod(value = "exec", positionalOnly = 3)
  static PyObject exec(PyModule self, PyObject source, @PyMethod.Opt PyObject globals, @PyMethod.Opt PyObject locals,
                       @PyMethod.KwOnly @PyMethod.Opt PyObject closure) {
    return run(self, "exec", Mode.EXEC, source, globals, locals, closureCells(source, closure));
  }

  /**
   * exec()'s {@code closure}: for a code object with free variables, a tuple of exactly that many cells (which
   * makes it run as a function's body); null for code without any, which must come without one.
   */
  private static PyCell[] closureCells(PyObject source, PyObject closure) {
    if (closure == PyNone.NONE) closure = null;
    if (!(source instanceof PyCode c)) {
      if (closure != null) throw Errors.typeError("closure can only be used when source is a code object");
      return null;
    }
    int free = c.code.freevars.size();
    boolean hasParameters = c.code.argCount + c.code.kwOnlyArgCount > 0
        || c.code.hasFlag(CodeFlags.VARARGS) || c.code.hasFlag(CodeFlags.VARKEYWORDS);
    if (free == 0) {
      if (closure != null) throw Errors.typeError("cannot use a closure with this code object");
      return hasParameters ? new PyCell[0] : null;
    }
    if (closure == null || closure.getClass() != PyTuple.class || ((PyTuple) closure).size() != free) {
      throw Errors.typeError("code object requires a closure of exactly length %d", free);
    }
    PyCell[] cells = new PyCell[free];
    for (int i = 0; i < free; i++) {
      if (!(((PyTuple) closure).get(i) instanceof PyCell cell)) {
        throw Errors.typeError("code object requires a closure of exactly length %d", free);
      }
      cells[i] = cell;
    }
    return cells;
  }

  @PyMethod("eval")
  static PyObject eval(PyModule self, PyObject source, @PyMethod.Opt PyObject globals, @PyMethod.Opt PyObject locals) {
    return run(self, "eval", Mode.EVAL, source, globals, locals, null);
  }

  /** The builtins a code run with globals {@code g} sees: its {@code __builtins__} (a module or a dict), as CPython. */
  private static PyDict builtinsOf(PyDict g, PyModule self) {
    PyObject b = g.getStr("__builtins__");
    if (b instanceof PyDict d) return d;
    if (b instanceof PyModule m) return m.dict();
    return self.interpreter.builtinsDict();
  }

  private static PyObject run(PyModule self, String what, Mode mode, PyObject source, PyObject globals,
                              PyObject locals, PyCell[] closure) {
    if (globals == PyNone.NONE) globals = null;
    if (locals == PyNone.NONE) locals = null;
    if (globals != null && !(globals instanceof PyDict)) {
      throw Errors.typeError(what.equals("exec") ? "exec() globals must be a dict, not %s"
          : "globals must be a real dict; try eval(expr, {}, mapping)", globals.type().name());
    }
    if (locals != null && !(locals instanceof PyDict) && locals.type().lookupSpecial(Special.GETITEM) == null) {
      throw Errors.typeError("locals must be a mapping or None, not %s", locals.type().name());
    }
    PyDict g;
    PyObject l;
    if (globals == null) {
      Frame caller = ThreadState.current().frame();
      if (caller == null) throw Errors.internal(what + "() without globals outside any frame");
      g = caller.globals();
      l = locals != null ? locals : caller.localsMapping();
    } else {
      g = (PyDict) globals;
      l = locals != null ? locals : g;
    }
    // the builtins dict, as CPython's exec inserts it (imported modules see a dict; only __main__ has the module)
    if (g.getStr("__builtins__") == null) g.put(new PyStr("__builtins__"), self.dict());
    Code code = source instanceof PyCode c ? c.code
        : compileSource(self.interpreter, what, source, "<string>", mode, self.interpreter.config.optimize());
    PyObject result = closure == null ? Eval.exec(code, g, l, builtinsOf(g, self))
        : Eval.exec(code, g, l, builtinsOf(g, self), closure);
    return mode == Mode.EXEC ? PyNone.NONE : result;
  }
}
