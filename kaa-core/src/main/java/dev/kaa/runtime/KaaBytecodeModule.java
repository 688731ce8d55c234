package dev.kaa.runtime;

import dev.kaa.bytecode.BinaryOps;
import dev.kaa.bytecode.Code;
import dev.kaa.bytecode.CompareOps;
import dev.kaa.bytecode.Disassembler;
import dev.kaa.bytecode.ExceptionTable;
import dev.kaa.bytecode.Intrinsics;
import dev.kaa.bytecode.Op;
import dev.kaa.compile.Assembler;
import dev.kaa.interp.PyCode;
import dev.kaa.objects.Abstract;
import dev.kaa.objects.Attributes;
import dev.kaa.objects.Errors;
import dev.kaa.objects.PyBool;
import dev.kaa.objects.PyBytes;
import dev.kaa.objects.PyDict;
import dev.kaa.objects.PyInt;
import dev.kaa.objects.PyList;
import dev.kaa.objects.PyMethod;
import dev.kaa.objects.PyNone;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyStr;
import dev.kaa.objects.PyTuple;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.function.Predicate;

/**
 * {@code _kaa_bytecode}: Kaa's instruction set (read by Kaa's own {@code opcode}, resources kaa/lib/opcode.py) and a
 * code object's instructions, positions and exception table, for Kaa's own {@code dis} (kaa/lib/dis.py), which lays
 * them out as CPython's {@code dis} does. Everything that knows how Kaa encodes operands is here, read from
 * {@link Op}'s table; opcode.py only names the lists, dis.py only formats.
 */
final class KaaBytecodeModule {
  private KaaBytecodeModule() {}

  static final String NAME = "_kaa_bytecode";

  static PyModule create(Interpreter interp) {
    PyModule m = new PyModule(NAME, new PyStr("Kaa's bytecode, for opcode and dis."), interp);
    m.addFunctions(KaaBytecodeModule.class);
    PyList opname = new PyList();
    for (int op = 0; op < 256; op++) {
      Op.Info info = Op.info(op);
      opname.add(new PyStr(info != null ? info.name() : "<" + op + ">"));
    }
    // the compiler's pseudo-instructions (docs/dis.md): they appear in _testinternalcapi's listings, never in code
    Assembler.PSEUDO_NAMES.forEach(name -> opname.add(new PyStr(name)));
    m.put("opname", opname);
    m.put("hasarg", opcodes(info -> info.arg() != Op.Arg.NONE));
    m.put("hasexc", with(new PyList(), Assembler.SETUP_FINALLY, Assembler.SETUP_CLEANUP, Assembler.SETUP_WITH));
    m.put("hasconst", opcodes(info -> info.arg() == Op.Arg.CONST));
    m.put("hasname", opcodes(info -> switch (info.arg()) {
      case NAME, GLOBAL_NAME, ATTR_NAME, SUPER_ATTR_NAME -> true;
      default -> false;
    }));
    m.put("hasjump", opcodes(info -> info.arg() == Op.Arg.JUMP));
    m.put("haslocal", opcodes(info -> info.arg() == Op.Arg.LOCAL));
    m.put("hasfree", opcodes(info -> info.arg() == Op.Arg.FREE));
    m.put("hascompare", opcodes(info -> info.arg() == Op.Arg.COMPARE_OP));
    PyList cmpOp = new PyList();
    for (CompareOps c : CompareOps.values()) cmpOp.add(new PyStr(c.symbol));
    m.put("cmp_op", cmpOp);
    // the operands' own tables, named as CPython's opcode module names them
    PyList nbOps = new PyList();
    for (BinaryOps b : BinaryOps.values()) nbOps.add(PyTuple.of(new PyStr("NB_" + b.name()), new PyStr(b.symbol)));
    m.put("nb_ops", nbOps);
    PyList intrinsic1 = new PyList();
    for (Intrinsics.One i : Intrinsics.One.values()) intrinsic1.add(new PyStr(i.description()));
    m.put("intrinsic_1_descs", intrinsic1);
    PyList intrinsic2 = new PyList();
    for (Intrinsics.Two i : Intrinsics.Two.values()) intrinsic2.add(new PyStr(i.description()));
    m.put("intrinsic_2_descs", intrinsic2);
    PyDict pseudoOps = new PyDict();
    for (int p = 0; p < Assembler.PSEUDO_NAMES.size(); p++) {
      PyList real = new PyList();
      for (int op : Assembler.realForms(256 + p)) real.add(new PyStr(Op.info(op).name()));
      pseudoOps.put(new PyStr(Assembler.PSEUDO_NAMES.get(p)), real);
    }
    m.put("pseudo_ops", pseudoOps);
    m.put("EXTENDED_ARG", PyInt.of(Op.NO_EXTENDED_ARG));
    return m;
  }

  /**
   * The opcodes whose table entry passes {@code test}, then the pseudo-instructions all of whose real forms pass it
   * (as CPython's opcode module lists them: JUMP among the jumps, STORE_FAST_MAYBE_NULL among the locals).
   */
  private static PyList opcodes(Predicate<Op.Info> test) {
    PyList out = new PyList();
    for (int op = 0; op < Op.COUNT; op++) {
      Op.Info info = Op.info(op);
      if (info != null && test.test(info)) out.add(PyInt.of(op));
    }
    for (int p = 0; p < Assembler.PSEUDO_NAMES.size(); p++) {
      if (Assembler.realForms(256 + p).stream().allMatch(op -> test.test(Op.info(op)))) out.add(PyInt.of(256 + p));
    }
    return out;
  }

  private static PyList with(PyList list, int... more) {
    for (int op : more) list.add(PyInt.of(op));
    return list;
  }

  @PyMethod(value = "stack_effect", doc = "Compute the stack effect of the opcode.")
  static PyObject stackEffect(PyModule self, PyObject opcode, @PyMethod.Opt PyObject oparg,
                              @PyMethod.Opt @PyMethod.KwOnly PyObject jump) {
    return dev.kaa.modules.opcode.OpcodeModule.stackEffect(opcode, oparg, jump);
  }

  private static Code codeOf(PyObject o) {
    if (o instanceof PyCode c) return c.code;
    throw Errors.typeError("expected a code object, not %s", o.type().name());
  }

  /**
   * One tuple per instruction: {@code (opcode, arg, argval, argrepr)} with CPython 3.12's meanings ({@code arg} None
   * for an instruction without operand, {@code argval} the operand resolved: the constant, the name, the jump target's
   * offset...). Offsets are twice the instruction index, as CPython's.
   */
  @PyMethod("instructions")
  static PyObject instructions(PyModule self, PyObject code) {
    Code c = codeOf(code);
    PyTuple consts = (PyTuple) Attributes.get(code, "co_consts");
    PyList out = new PyList();
    for (int i = 0; i < c.length(); i++) {
      int word = c.word(i);
      int op = Op.opcode(word);
      Op.Info info = Op.info(op);
      if (info.arg() == Op.Arg.NONE) {
        out.add(PyTuple.of(PyInt.of(op), PyNone.NONE, PyNone.NONE, PyStr.EMPTY));
        continue;
      }
      int n = Op.arg(word);
      PyObject argval = argval(self, c, consts, info, n);
      // a constant shows as Python's repr shows it (a code object with its address, as CPython's dis)
      String argrepr = info.arg() == Op.Arg.CONST ? Abstract.repr(argval).value : Disassembler.argRepr(c, info, n);
      out.add(PyTuple.of(PyInt.of(op), PyInt.of(n), argval, new PyStr(argrepr)));
    }
    return out;
  }

  /** The operand resolved as CPython's dis resolves it: the constant, the name, the target offset, the symbol... */
  private static PyObject argval(PyModule self, Code c, PyTuple consts, Op.Info info, int n) {
    return switch (info.arg()) {
      case CONST -> consts.get(n);
      case LOCAL -> new PyStr(c.varnames.get(n));
      case FREE -> new PyStr(c.slotName(n));
      case NAME -> new PyStr(c.names.get(n));
      case GLOBAL_NAME, ATTR_NAME -> new PyStr(c.names.get(n >> 1));
      case SUPER_ATTR_NAME -> new PyStr(c.names.get(n >> 2));
      case JUMP -> PyInt.of(2L * n);
      case COMPARE_OP -> new PyStr(CompareOps.of(n).symbol);
      case FORMAT -> {
        String conversion = Disassembler.FORMAT_CONVERSIONS.get(n & 3);
        PyObject converter = conversion.isEmpty() ? PyNone.NONE
            : self.interpreter().builtinsDict().getStr(conversion);
        yield PyTuple.of(converter, PyBool.of((n & 4) != 0));
      }
      default -> PyInt.of(n);
    };
  }

  /**
   * The bytes of a file, for {@code python -m dis FILE} while Kaa has no {@code open()} (issue 5 brings the io
   * module); OSError as CPython's open raises it.
   */
  @PyMethod("read_source")
  static PyObject readSource(PyModule self, PyStr path) {
    try {
      return new PyBytes(Files.readAllBytes(Path.of(path.value)));
    } catch (NoSuchFileException e) {
      throw Errors.osError(2, "No such file or directory", path);
    } catch (AccessDeniedException e) {
      throw Errors.osError(13, "Permission denied", path);
    } catch (IOException | InvalidPathException e) {
      throw Errors.osError(Files.isDirectory(Path.of(path.value)) ? 21 : 5,
          Files.isDirectory(Path.of(path.value)) ? "Is a directory" : "Input/output error", path);
    }
  }

  /** {@code co_positions()}: (lineno, end_lineno, col_offset, end_col_offset) per instruction, None where unknown. */
  @PyMethod("positions")
  static PyObject positions(PyModule self, PyObject code) {
    return dev.kaa.interp.PyCode.positionList(codeOf(code));
  }

  /** The exception table: (start, end, target, depth, lasti) per entry, in offsets, end exclusive, as CPython's dis. */
  @PyMethod("exception_table")
  static PyObject exceptionTable(PyModule self, PyObject code) {
    ExceptionTable t = codeOf(code).exceptionTable();
    PyList out = new PyList();
    for (int e = 0; e < t.size(); e++) {
      out.add(PyTuple.of(PyInt.of(2L * t.start(e)), PyInt.of(2L * t.end(e)), PyInt.of(2L * t.handler(e)),
          PyInt.of(t.depth(e)), PyBool.of(t.pushesLasti(e))));
    }
    return out;
  }
}
