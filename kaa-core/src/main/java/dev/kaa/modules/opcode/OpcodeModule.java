package dev.kaa.modules.opcode;

import dev.kaa.bytecode.Op;
import dev.kaa.objects.Abstract;
import dev.kaa.objects.Errors;
import dev.kaa.objects.PyBool;
import dev.kaa.objects.PyInt;
import dev.kaa.objects.PyMethod;
import dev.kaa.objects.PyNone;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyStr;
import dev.kaa.runtime.Interpreter;
import dev.kaa.runtime.PyModule;

/**
 * {@code _opcode}: the stack effect of Kaa's own instructions ({@link Op}: Kaa's numbering, not CPython's), read
 * from the one table the compiler's stack-depth pass uses; {@code dis.stack_effect} is this same function.
 */
public final class OpcodeModule {
  private OpcodeModule() {}

  public static final String NAME = "_opcode";

  public static PyModule create(Interpreter interp) {
    PyModule m = new PyModule(NAME, new PyStr("Opcode support module."), interp);
    m.addFunctions(OpcodeModule.class);
    return m;
  }

  @PyMethod(value = "stack_effect", doc = "Compute the stack effect of the opcode.")
  static PyObject stackEffectMethod(PyModule self, PyObject opcode, @PyMethod.Opt PyObject oparg,
                                    @PyMethod.Opt @PyMethod.KwOnly PyObject jump) {
    return stackEffect(opcode, oparg, jump);
  }

  /**
   * {@code stack_effect(opcode, oparg=None, /, *, jump=None)}: the net change of stack depth; for a jumping
   * instruction, jump=True gives the effect of jumping, False of falling through, None the larger.
   */
  public static PyObject stackEffect(PyObject opcode, PyObject oparg, PyObject jump) {
    PyInt code = Abstract.index(opcode);
    if (!code.isLong() || code.longValue() != (int) code.longValue()) {
      throw Errors.overflowError("Python int too large to convert to C int");
    }
    Op.Info info = Op.info((int) code.longValue());
    if (info == null) throw Errors.valueError("invalid opcode or oparg");
    boolean given = oparg != null && oparg != PyNone.NONE;
    int arg = 0;
    if (info.arg() != Op.Arg.NONE) {
      if (!given) throw Errors.valueError("stack_effect: opcode requires oparg but oparg was not specified");
      PyInt i = Abstract.index(oparg);
      if (!i.isLong() || i.longValue() < 0 || i.longValue() > Op.MAX_ARG) throw Errors.valueError("invalid opcode or oparg");
      arg = (int) i.longValue();
    } else if (given) {
      throw Errors.valueError("stack_effect: opcode does not permit oparg but oparg was specified");
    }
    if (jump != null && jump != PyNone.NONE && jump != PyBool.TRUE && jump != PyBool.FALSE) {
      throw Errors.valueError("stack_effect: jump must be False, True or None");
    }
    int fall = info.delta(arg);
    if (!info.has(Op.Flag.JUMPS)) return PyInt.of(fall);
    int jumped = info.jumpDelta(); // the depth change on the jump path, as the assembler reads it
    if (jump == PyBool.TRUE) return PyInt.of(jumped);
    return PyInt.of(jump == PyBool.FALSE ? fall : Math.max(fall, jumped));
  }

  @PyMethod(value = "get_specialization_stats", doc = "Return the specialization stats")
  static PyObject getSpecializationStats(PyModule self) {
    return PyNone.NONE; // Kaa does not specialize instructions, so it has no statistics (CPython without pystats)
  }
}
