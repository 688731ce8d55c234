package dev.kaa.interp;

import static dev.kaa.bytecode.Op.*;

import dev.kaa.objects.Abstract;
import dev.kaa.objects.Attributes;
import dev.kaa.objects.Errors;
import dev.kaa.objects.ExceptionTypes;
import dev.kaa.objects.PyBool;
import dev.kaa.objects.PyDict;
import dev.kaa.objects.PyInt;
import dev.kaa.objects.PyNone;
import dev.kaa.objects.PyObject;

/**
 * The instructions that run rarely or at set-up (imports, with, match, async protocols, class bodies, deletions,
 * building sets and dicts from displays...), kept out of {@link Eval}'s loop: the loop stays smaller, so C2 compiles
 * it sooner, and the first of these a program reaches deoptimises the compiled loop once, at its {@code default}
 * arm, instead of once per opcode (docs/performance.md, "The eval loop's compiled shape"). None of them jumps,
 * returns or touches the loop's call state: each works on the frame's stack and returns the new stack pointer.
 */
final class RareOps {
  private RareOps() {}

  static int execute(ThreadState ts, Frame f, PyObject[] s, int sp, int word) {
    final int arg = word >>> 8;
    final String[] names = f.pycode.names;
    switch (word & 0xff) {
      case DELETE_FAST -> {
        if (s[arg] == null) throw Ops.unboundLocal(f, arg);
        s[arg] = null;
      }
      case DELETE_DEREF -> {
        PyCell c = (PyCell) s[arg];
        if (c.contents == null) throw Ops.unboundDeref(f, arg);
        c.contents = null;
      }
      case LOAD_FROM_DICT_OR_DEREF -> s[sp - 1] = Ops.loadFromDictOrDeref(f, s[sp - 1], arg);
      case LOAD_FROM_DICT_OR_GLOBALS -> s[sp - 1] = Ops.loadFromDictOrGlobals(f, s[sp - 1], names[arg]);
      case LOAD_LOCALS -> s[sp++] = Ops.locals(f);
      case DELETE_NAME -> Ops.deleteName(f, names[arg]);
      case DELETE_GLOBAL -> Ops.deleteGlobal(f, names[arg]);

      case DELETE_ATTR -> Attributes.set(s[--sp], names[arg], null);
      case DELETE_SUBSCR -> {
        Ops.delItem(s[sp - 2], s[sp - 1]);
        sp -= 2;
      }
      case STORE_SLICE -> {
        Ops.setSlice(s[sp - 4], s[sp - 3], s[sp - 2], s[sp - 1]);
        sp -= 4;
      }

      case UNARY_INVERT -> s[sp - 1] = Abstract.invert(s[sp - 1]);
      case CALL_INTRINSIC_1 -> s[sp - 1] = Ops.intrinsic1(f, arg, s[sp - 1]);
      case CALL_INTRINSIC_2 -> {
        PyObject b = s[--sp];
        s[sp - 1] = Ops.intrinsic2(arg, s[sp - 1], b);
      }

      case BUILD_SET -> {
        sp -= arg;
        s[sp] = Ops.buildSet(s, sp, arg);
        sp++;
      }
      case BUILD_MAP -> {
        sp -= 2 * arg;
        s[sp] = Ops.buildMap(s, sp, arg);
        sp++;
      }
      case BUILD_CONST_KEY_MAP -> {
        sp -= arg + 1;
        s[sp] = Ops.buildConstKeyMap(s, sp, arg);
        sp++;
      }
      case SET_UPDATE -> {
        PyObject v = s[--sp];
        Ops.setUpdate(s[sp - arg], v);
      }
      case DICT_UPDATE -> {
        PyObject v = s[--sp];
        Ops.dictUpdate((PyDict) s[sp - arg], v);
      }
      case DICT_MERGE -> {
        PyObject v = s[--sp];
        Calls.dictMerge((PyDict) s[sp - arg], v, s[sp - arg - 2]);
      }
      case UNPACK_EX -> sp = Ops.unpackEx(s, sp, arg & 0xff, arg >> 8);
      case GET_LEN -> {
        s[sp] = PyInt.of(Ops.len(s[sp - 1]));
        sp++;
      }

      case LOAD_BUILD_CLASS -> s[sp++] = Ops.loadBuiltinOrFail(f, "__build_class__", ExceptionTypes.NameError);
      case LOAD_ASSERTION_ERROR -> s[sp++] = ExceptionTypes.AssertionError;
      case SETUP_ANNOTATIONS -> Ops.setupAnnotations(f);

      case GET_YIELD_FROM_ITER -> s[sp - 1] = Generators.yieldFromIter(f, s[sp - 1]);
      case GET_AWAITABLE -> s[sp - 1] = Generators.awaitable(s[sp - 1], arg);
      case GET_AITER -> s[sp - 1] = Generators.aiter(s[sp - 1]);
      case GET_ANEXT -> {
        s[sp] = Generators.anext(s[sp - 1]);
        sp++;
      }
      case END_ASYNC_FOR -> {
        sp -= 2;
        Unwind.endAsyncFor(ts, s[sp + 1]);
      }
      case CLEANUP_THROW -> {
        sp -= 1;
        s[sp - 2] = PyNone.NONE;
        s[sp - 1] = Unwind.cleanupThrow(ts, s[sp]);
      }

      case BEFORE_WITH, BEFORE_ASYNC_WITH -> {
        s[sp] = Ops.beforeWith(s, sp, word & 0xff);
        sp++;
      }
      case WITH_EXCEPT_START -> {
        s[sp] = Unwind.withExceptStart(s[sp - 4], s[sp - 1]);
        sp++;
      }
      case CHECK_EG_MATCH -> ExceptStar.checkEgMatch(ts, s, sp);

      case IMPORT_NAME -> {
        sp--;
        s[sp - 1] = Ops.importName(f, names[arg], s[sp], s[sp - 1]);
      }
      case IMPORT_FROM -> {
        s[sp] = Ops.importFrom(s[sp - 1], names[arg]);
        sp++;
      }
      case MATCH_CLASS -> {
        sp -= 2;
        s[sp - 1] = Patterns.matchClass(s[sp - 1], s[sp], arg, s[sp + 1]);
      }
      case MATCH_MAPPING -> {
        s[sp] = PyBool.of(Patterns.isMapping(s[sp - 1]));
        sp++;
      }
      case MATCH_SEQUENCE -> {
        s[sp] = PyBool.of(Patterns.isSequence(s[sp - 1]));
        sp++;
      }
      case MATCH_KEYS -> {
        s[sp] = Patterns.matchKeys(s[sp - 2], s[sp - 1]);
        sp++;
      }
      default -> throw Errors.internal("unknown opcode " + (word & 0xff));
    }
    return sp;
  }
}
