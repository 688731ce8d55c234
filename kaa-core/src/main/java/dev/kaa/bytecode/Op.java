package dev.kaa.bytecode;

import static dev.kaa.bytecode.Op.Flag.CHECKS_EVAL_BREAKER;
import static dev.kaa.bytecode.Op.Flag.JUMPS;
import static dev.kaa.bytecode.Op.Flag.NO_FALLTHROUGH;

import java.util.function.IntUnaryOperator;

/**
 * Kaa's instruction set, declared once. The opcode numbers are {@code static final int}s so the eval loop can
 * {@code switch} on them; {@link #info(int)} gives everything else — name, operand kind, stack effect, flags — to the
 * compiler's stack-depth pass, the assembler, the disassembler, marshal and the interpreter alike.
 *
 * <p>An instruction is one {@code int}: opcode in the low 8 bits, operand in the high 24 ({@link #encode}). Jump
 * operands are absolute instruction indexes. Names and meanings follow CPython 3.12 where they are the same; where
 * Kaa differs (no {@code CACHE} entries, no {@code EXTENDED_ARG}, {@code FOR_ITER}/{@code SEND} pop their iterator
 * when they jump, generators are created by the call, not by an instruction) the comment says so.
 * Stack comments read {@code before -> after}, top of stack rightmost.
 */
public final class Op {
  private Op() {}

  // --- stack and constants
  /** {@code ->} */
  public static final int NOP = 0;
  /** {@code x ->} */
  public static final int POP_TOP = 1;
  /** {@code -> NULL}: the empty callable/self slot below a call's arguments. */
  public static final int PUSH_NULL = 2;
  /** {@code a ... x -> a ... x a}: push a copy of the n-th item (1 = top). */
  public static final int COPY = 3;
  /** Swap the top item with the n-th. */
  public static final int SWAP = 4;
  /** {@code -> co_consts[i]} */
  public static final int LOAD_CONST = 5;

  // --- locals, cells, names
  /** {@code -> local i} (the compiler proved it bound). */
  public static final int LOAD_FAST = 10;
  /** {@code -> local i}, raising UnboundLocalError when unbound. */
  public static final int LOAD_FAST_CHECK = 11;
  /** {@code -> local i (or NULL)}, and unbinds it: saves a variable a comprehension shadows. */
  public static final int LOAD_FAST_AND_CLEAR = 12;
  /**
   * {@code x ->}, stored in local i. x may be NULL (the value LOAD_FAST_AND_CLEAR saved for an unbound variable, put
   * back after an inlined comprehension): then the local becomes unbound.
   */
  public static final int STORE_FAST = 13;
  public static final int DELETE_FAST = 14;
  /** Replaces local i with a new cell holding its value. */
  public static final int MAKE_CELL = 15;
  /** Copies the function's n closure cells into the frame's free-variable slots. */
  public static final int COPY_FREE_VARS = 16;
  /** {@code -> cell i's content}. */
  public static final int LOAD_DEREF = 17;
  /** {@code -> cell i} itself (to build a closure tuple). */
  public static final int LOAD_CLOSURE = 18;
  public static final int STORE_DEREF = 19;
  public static final int DELETE_DEREF = 20;
  /** {@code mapping -> value}: class bodies reading a free variable: the class namespace first, then the cell. */
  public static final int LOAD_FROM_DICT_OR_DEREF = 21;
  /** {@code mapping -> value}: the mapping first, then globals and builtins (annotation scopes). */
  public static final int LOAD_FROM_DICT_OR_GLOBALS = 22;
  /** {@code -> locals()} mapping of the frame. */
  public static final int LOAD_LOCALS = 23;
  public static final int LOAD_NAME = 24;
  public static final int STORE_NAME = 25;
  public static final int DELETE_NAME = 26;
  /** Operand {@code namei << 1 | pushNull}: {@code -> [NULL] value}. */
  public static final int LOAD_GLOBAL = 27;
  public static final int STORE_GLOBAL = 28;
  public static final int DELETE_GLOBAL = 29;

  // --- attributes and items
  /** Operand {@code namei << 1 | method}: {@code obj -> attr}, or for a method call {@code obj -> meth self|NULL attr}. */
  public static final int LOAD_ATTR = 30;
  /** {@code value obj ->} */
  public static final int STORE_ATTR = 31;
  /** {@code obj ->} */
  public static final int DELETE_ATTR = 32;
  /** Operand {@code namei << 2 | twoArgs << 1 | method}: {@code global_super class self -> attr}. */
  public static final int LOAD_SUPER_ATTR = 33;
  /** {@code container key -> item} */
  public static final int BINARY_SUBSCR = 34;
  /** {@code value container key ->} */
  public static final int STORE_SUBSCR = 35;
  /** {@code container key ->} */
  public static final int DELETE_SUBSCR = 36;
  /** {@code container start stop -> slice} */
  public static final int BINARY_SLICE = 37;
  /** {@code value container start stop ->} */
  public static final int STORE_SLICE = 38;

  // --- operators
  /** {@code x -> -x} */
  public static final int UNARY_NEGATIVE = 40;
  /** {@code x -> not x} */
  public static final int UNARY_NOT = 41;
  /** {@code x -> ~x} */
  public static final int UNARY_INVERT = 42;
  /** Operand: a {@link BinaryOps} index. {@code a b -> a op b} */
  public static final int BINARY_OP = 43;
  /** Operand: a {@link CompareOps} index. {@code a b -> a op b} */
  public static final int COMPARE_OP = 44;
  /** Operand 1 inverts. {@code a b -> a is b} */
  public static final int IS_OP = 45;
  /** Operand 1 inverts. {@code a b -> a in b} */
  public static final int CONTAINS_OP = 46;
  /** Operand: an intrinsic function index. {@code x -> f(x)} */
  public static final int CALL_INTRINSIC_1 = 47;
  /** Operand: an intrinsic function index. {@code a b -> f(a, b)} */
  public static final int CALL_INTRINSIC_2 = 48;

  // --- building
  public static final int BUILD_TUPLE = 50;
  public static final int BUILD_LIST = 51;
  public static final int BUILD_SET = 52;
  /** {@code k1 v1 ... kn vn -> dict} */
  public static final int BUILD_MAP = 53;
  /** {@code v1 ... vn keys_tuple -> dict} */
  public static final int BUILD_CONST_KEY_MAP = 54;
  /** {@code s1 ... sn -> ''.join(...)} */
  public static final int BUILD_STRING = 55;
  /** {@code start stop [step] -> slice} (operand 2 or 3). */
  public static final int BUILD_SLICE = 56;
  /** {@code list ... x -> list ...}: appends to the list n items down (comprehensions). */
  public static final int LIST_APPEND = 57;
  public static final int SET_ADD = 58;
  /** {@code dict ... k v -> dict ...} */
  public static final int MAP_ADD = 59;
  /** {@code list ... iterable -> list ...} */
  public static final int LIST_EXTEND = 60;
  public static final int SET_UPDATE = 61;
  public static final int DICT_UPDATE = 62;
  /** As DICT_UPDATE, but a repeated key is an error (call keyword arguments). */
  public static final int DICT_MERGE = 63;
  /** {@code seq -> x_n ... x_1} */
  public static final int UNPACK_SEQUENCE = 64;
  /** Operand {@code before | after << 8}: {@code seq -> after... list before...} */
  public static final int UNPACK_EX = 65;
  /** Operand {@code conversion (0 none, 1 str, 2 repr, 3 ascii) | hasSpec << 2}: {@code value [spec] -> str} */
  public static final int FORMAT_VALUE = 66;

  // --- control flow
  public static final int JUMP_FORWARD = 70;
  /** Checks the eval breaker: every loop passes here. */
  public static final int JUMP_BACKWARD = 71;
  /** A backward jump inside {@code yield from}/{@code await} loops that must not be interrupted. */
  public static final int JUMP_BACKWARD_NO_INTERRUPT = 72;
  public static final int POP_JUMP_IF_FALSE = 73;
  public static final int POP_JUMP_IF_TRUE = 74;
  public static final int POP_JUMP_IF_NONE = 75;
  public static final int POP_JUMP_IF_NOT_NONE = 76;
  /** {@code iterable -> iterator} */
  public static final int GET_ITER = 77;
  /** {@code iterator -> iterator next}; when exhausted, pops the iterator and jumps (Kaa: no END_FOR). */
  public static final int FOR_ITER = 78;
  /** {@code obj -> obj len(obj)} (match sequence patterns). */
  public static final int GET_LEN = 79;

  // --- calls and functions
  /** Operand argc: {@code callable|NULL self|callable arg1 ... argN -> result}. Keyword names from KW_NAMES. */
  public static final int CALL = 80;
  /** Operand: index of a tuple of keyword names in co_consts, for the CALL that follows. */
  public static final int KW_NAMES = 81;
  /** Operand 1 when there are keyword arguments: {@code NULL callable args_tuple [kwargs_dict] -> result} */
  public static final int CALL_FUNCTION_EX = 82;
  /**
   * Operand: which extras are on the stack below the code object (1 defaults tuple, 2 kw-defaults dict, 4 annotations,
   * 8 closure tuple): {@code extras... code -> function}.
   */
  public static final int MAKE_FUNCTION = 83;
  /** {@code x ->}, returned to the caller. */
  public static final int RETURN_VALUE = 84;
  /** Returns co_consts[i]. */
  public static final int RETURN_CONST = 85;
  /** Where a frame starts or resumes; checks the eval breaker. Operand: 0 start, 1 after yield, 2 after yield from, 3 after await. */
  public static final int RESUME = 86;
  /** {@code -> __build_class__} */
  public static final int LOAD_BUILD_CLASS = 87;
  /** {@code -> AssertionError} */
  public static final int LOAD_ASSERTION_ERROR = 88;
  /** Creates {@code __annotations__} in the namespace if missing. */
  public static final int SETUP_ANNOTATIONS = 89;

  // --- generators and coroutines
  /** {@code x -> sent}: suspends the frame yielding x; resumes with the value sent. */
  public static final int YIELD_VALUE = 90;
  /** {@code receiver v -> receiver yielded}; when the receiver returns, pops it and jumps with {@code result}. */
  public static final int SEND = 91;
  /** {@code iterable -> iterator} for {@code yield from} (coroutines pass through). */
  public static final int GET_YIELD_FROM_ITER = 92;
  /** Operand: 0 plain await, 1 after __aenter__, 2 after __aexit__. {@code obj -> awaitable} */
  public static final int GET_AWAITABLE = 93;
  /** {@code obj -> async_iterator} */
  public static final int GET_AITER = 94;
  /** {@code aiter -> aiter awaitable} */
  public static final int GET_ANEXT = 95;
  /** {@code aiter exc ->}: ends an async for on StopAsyncIteration, else re-raises. */
  public static final int END_ASYNC_FOR = 96;
  /** {@code sub last_sent exc -> None value}: StopIteration from a thrown-in exception becomes the value. */
  public static final int CLEANUP_THROW = 97;

  // --- with and exceptions
  /** {@code mgr -> exit enter_result} */
  public static final int BEFORE_WITH = 100;
  /** {@code mgr -> exit awaitable} */
  public static final int BEFORE_ASYNC_WITH = 101;
  /** {@code exit lasti prev_exc exc -> exit lasti prev_exc exc exit(type, exc, tb)} */
  public static final int WITH_EXCEPT_START = 102;
  /** {@code exc -> prev_exc exc}: makes exc the handled exception. */
  public static final int PUSH_EXC_INFO = 103;
  /** {@code prev_exc ->}: restores the previously handled exception. */
  public static final int POP_EXCEPT = 104;
  /** {@code [lasti] exc ->}: re-raises; operand 1 also restores f_lasti from the stack. */
  public static final int RERAISE = 105;
  /** Operand 0..2: {@code [exc [cause]] ->} */
  public static final int RAISE_VARARGS = 106;
  /** {@code exc type -> exc matches} */
  public static final int CHECK_EXC_MATCH = 107;
  /** {@code eg type -> rest match} (except*) */
  public static final int CHECK_EG_MATCH = 108;

  // --- imports and pattern matching
  /** {@code level fromlist -> module} */
  public static final int IMPORT_NAME = 110;
  /** {@code module -> module attr} */
  public static final int IMPORT_FROM = 111;
  /** Operand: count of positional sub-patterns. {@code subject cls attr_names -> attrs_tuple|None} */
  public static final int MATCH_CLASS = 112;
  /** {@code subject -> subject is_mapping} */
  public static final int MATCH_MAPPING = 113;
  /** {@code subject -> subject is_sequence} */
  public static final int MATCH_SEQUENCE = 114;
  /** {@code subject keys -> subject keys values_tuple|None} */
  public static final int MATCH_KEYS = 115;

  /** One past the largest opcode. */
  public static final int COUNT = 116;

  /**
   * No instruction: Kaa's operands are 24 bits wide, so it has no EXTENDED_ARG. {@code opcode.EXTENDED_ARG}, which
   * tools compare opcodes with (and CPython's tests write into raw bytecode), is this number, which no instruction
   * will take (it stays above {@link #COUNT}), so such a comparison is never true.
   */
  public static final int NO_EXTENDED_ARG = 255;

  // ---------------------------------------------------------------------------------------------------------------

  /** What an instruction's operand means: the disassembler resolves it, the assembler checks it. */
  public enum Arg {
    NONE, COUNT, CONST, LOCAL, FREE, NAME, GLOBAL_NAME, ATTR_NAME, SUPER_ATTR_NAME, JUMP, BINARY_OP, COMPARE_OP,
    INTRINSIC_1, INTRINSIC_2, FORMAT, UNPACK_EX, FLAGS
  }

  /** Flags of an opcode ({@link Info#has}). */
  public static final class Flag {
    private Flag() {}

    /** The instruction may hand the GIL over, deliver signals or pending calls: it reads the eval breaker. */
    public static final int CHECKS_EVAL_BREAKER = 1;
    /** Control never falls through to the next instruction. */
    public static final int NO_FALLTHROUGH = 2;
    /** The operand is a jump target. */
    public static final int JUMPS = 4;
  }

  /**
   * One opcode's description. {@code popped}/{@code pushed} give the stack effect on the path that falls through;
   * {@code jumpDelta} the net effect when it jumps (for jumping instructions).
   */
  public record Info(int code, String name, Arg arg, IntUnaryOperator popped, IntUnaryOperator pushed, int jumpDelta,
                     int flags) {
    public boolean has(int flag) { return (flags & flag) != 0; }

    /** Net stack effect of falling through. */
    public int delta(int oparg) { return pushed.applyAsInt(oparg) - popped.applyAsInt(oparg); }
  }

  private static final Info[] TABLE = new Info[COUNT];

  private static void def(int code, String name, Arg arg, int popped, int pushed) {
    def(code, name, arg, n -> popped, n -> pushed, 0, 0);
  }

  private static void def(int code, String name, Arg arg, int popped, int pushed, int flags) {
    def(code, name, arg, n -> popped, n -> pushed, 0, flags);
  }

  private static void def(int code, String name, Arg arg, IntUnaryOperator popped, IntUnaryOperator pushed,
                          int jumpDelta, int flags) {
    if (TABLE[code] != null) throw new IllegalStateException("opcode " + code + " defined twice");
    TABLE[code] = new Info(code, name, arg, popped, pushed, jumpDelta, flags);
  }

  static {
    def(NOP, "NOP", Arg.NONE, 0, 0);
    def(POP_TOP, "POP_TOP", Arg.NONE, 1, 0);
    def(PUSH_NULL, "PUSH_NULL", Arg.NONE, 0, 1);
    def(COPY, "COPY", Arg.COUNT, n -> n, n -> n + 1, 0, 0);
    def(SWAP, "SWAP", Arg.COUNT, n -> n, n -> n, 0, 0);
    def(LOAD_CONST, "LOAD_CONST", Arg.CONST, 0, 1);

    def(LOAD_FAST, "LOAD_FAST", Arg.LOCAL, 0, 1);
    def(LOAD_FAST_CHECK, "LOAD_FAST_CHECK", Arg.LOCAL, 0, 1);
    def(LOAD_FAST_AND_CLEAR, "LOAD_FAST_AND_CLEAR", Arg.LOCAL, 0, 1);
    def(STORE_FAST, "STORE_FAST", Arg.LOCAL, 1, 0);
    def(DELETE_FAST, "DELETE_FAST", Arg.LOCAL, 0, 0);
    def(MAKE_CELL, "MAKE_CELL", Arg.FREE, 0, 0);
    def(COPY_FREE_VARS, "COPY_FREE_VARS", Arg.COUNT, 0, 0);
    def(LOAD_DEREF, "LOAD_DEREF", Arg.FREE, 0, 1);
    def(LOAD_CLOSURE, "LOAD_CLOSURE", Arg.FREE, 0, 1);
    def(STORE_DEREF, "STORE_DEREF", Arg.FREE, 1, 0);
    def(DELETE_DEREF, "DELETE_DEREF", Arg.FREE, 0, 0);
    def(LOAD_FROM_DICT_OR_DEREF, "LOAD_FROM_DICT_OR_DEREF", Arg.FREE, 1, 1);
    def(LOAD_FROM_DICT_OR_GLOBALS, "LOAD_FROM_DICT_OR_GLOBALS", Arg.NAME, 1, 1);
    def(LOAD_LOCALS, "LOAD_LOCALS", Arg.NONE, 0, 1);
    def(LOAD_NAME, "LOAD_NAME", Arg.NAME, 0, 1);
    def(STORE_NAME, "STORE_NAME", Arg.NAME, 1, 0);
    def(DELETE_NAME, "DELETE_NAME", Arg.NAME, 0, 0);
    def(LOAD_GLOBAL, "LOAD_GLOBAL", Arg.GLOBAL_NAME, n -> 0, n -> 1 + (n & 1), 0, 0);
    def(STORE_GLOBAL, "STORE_GLOBAL", Arg.NAME, 1, 0);
    def(DELETE_GLOBAL, "DELETE_GLOBAL", Arg.NAME, 0, 0);

    def(LOAD_ATTR, "LOAD_ATTR", Arg.ATTR_NAME, n -> 1, n -> 1 + (n & 1), 0, 0);
    def(STORE_ATTR, "STORE_ATTR", Arg.NAME, 2, 0);
    def(DELETE_ATTR, "DELETE_ATTR", Arg.NAME, 1, 0);
    def(LOAD_SUPER_ATTR, "LOAD_SUPER_ATTR", Arg.SUPER_ATTR_NAME, n -> 3, n -> 1 + (n & 1), 0, 0);
    def(BINARY_SUBSCR, "BINARY_SUBSCR", Arg.NONE, 2, 1);
    def(STORE_SUBSCR, "STORE_SUBSCR", Arg.NONE, 3, 0);
    def(DELETE_SUBSCR, "DELETE_SUBSCR", Arg.NONE, 2, 0);
    def(BINARY_SLICE, "BINARY_SLICE", Arg.NONE, 3, 1);
    def(STORE_SLICE, "STORE_SLICE", Arg.NONE, 4, 0);

    def(UNARY_NEGATIVE, "UNARY_NEGATIVE", Arg.NONE, 1, 1);
    def(UNARY_NOT, "UNARY_NOT", Arg.NONE, 1, 1);
    def(UNARY_INVERT, "UNARY_INVERT", Arg.NONE, 1, 1);
    def(BINARY_OP, "BINARY_OP", Arg.BINARY_OP, 2, 1);
    def(COMPARE_OP, "COMPARE_OP", Arg.COMPARE_OP, 2, 1);
    def(IS_OP, "IS_OP", Arg.FLAGS, 2, 1);
    def(CONTAINS_OP, "CONTAINS_OP", Arg.FLAGS, 2, 1);
    def(CALL_INTRINSIC_1, "CALL_INTRINSIC_1", Arg.INTRINSIC_1, 1, 1);
    def(CALL_INTRINSIC_2, "CALL_INTRINSIC_2", Arg.INTRINSIC_2, 2, 1);

    def(BUILD_TUPLE, "BUILD_TUPLE", Arg.COUNT, n -> n, n -> 1, 0, 0);
    def(BUILD_LIST, "BUILD_LIST", Arg.COUNT, n -> n, n -> 1, 0, 0);
    def(BUILD_SET, "BUILD_SET", Arg.COUNT, n -> n, n -> 1, 0, 0);
    def(BUILD_MAP, "BUILD_MAP", Arg.COUNT, n -> 2 * n, n -> 1, 0, 0);
    def(BUILD_CONST_KEY_MAP, "BUILD_CONST_KEY_MAP", Arg.COUNT, n -> n + 1, n -> 1, 0, 0);
    def(BUILD_STRING, "BUILD_STRING", Arg.COUNT, n -> n, n -> 1, 0, 0);
    def(BUILD_SLICE, "BUILD_SLICE", Arg.COUNT, n -> n, n -> 1, 0, 0);
    def(LIST_APPEND, "LIST_APPEND", Arg.COUNT, 1, 0);
    def(SET_ADD, "SET_ADD", Arg.COUNT, 1, 0);
    def(MAP_ADD, "MAP_ADD", Arg.COUNT, 2, 0);
    def(LIST_EXTEND, "LIST_EXTEND", Arg.COUNT, 1, 0);
    def(SET_UPDATE, "SET_UPDATE", Arg.COUNT, 1, 0);
    def(DICT_UPDATE, "DICT_UPDATE", Arg.COUNT, 1, 0);
    def(DICT_MERGE, "DICT_MERGE", Arg.COUNT, 1, 0);
    def(UNPACK_SEQUENCE, "UNPACK_SEQUENCE", Arg.COUNT, n -> 1, n -> n, 0, 0);
    def(UNPACK_EX, "UNPACK_EX", Arg.UNPACK_EX, n -> 1, n -> (n & 0xff) + (n >> 8) + 1, 0, 0);
    def(FORMAT_VALUE, "FORMAT_VALUE", Arg.FORMAT, n -> 1 + ((n >> 2) & 1), n -> 1, 0, 0);

    def(JUMP_FORWARD, "JUMP_FORWARD", Arg.JUMP, n -> 0, n -> 0, 0, JUMPS | NO_FALLTHROUGH);
    def(JUMP_BACKWARD, "JUMP_BACKWARD", Arg.JUMP, n -> 0, n -> 0, 0, JUMPS | NO_FALLTHROUGH | CHECKS_EVAL_BREAKER);
    def(JUMP_BACKWARD_NO_INTERRUPT, "JUMP_BACKWARD_NO_INTERRUPT", Arg.JUMP, n -> 0, n -> 0, 0,
        JUMPS | NO_FALLTHROUGH);
    def(POP_JUMP_IF_FALSE, "POP_JUMP_IF_FALSE", Arg.JUMP, n -> 1, n -> 0, -1, JUMPS);
    def(POP_JUMP_IF_TRUE, "POP_JUMP_IF_TRUE", Arg.JUMP, n -> 1, n -> 0, -1, JUMPS);
    def(POP_JUMP_IF_NONE, "POP_JUMP_IF_NONE", Arg.JUMP, n -> 1, n -> 0, -1, JUMPS);
    def(POP_JUMP_IF_NOT_NONE, "POP_JUMP_IF_NOT_NONE", Arg.JUMP, n -> 1, n -> 0, -1, JUMPS);
    def(GET_ITER, "GET_ITER", Arg.NONE, 1, 1);
    def(FOR_ITER, "FOR_ITER", Arg.JUMP, n -> 1, n -> 2, -1, JUMPS);
    def(GET_LEN, "GET_LEN", Arg.NONE, 1, 2);

    def(CALL, "CALL", Arg.COUNT, n -> n + 2, n -> 1, 0, 0);
    def(KW_NAMES, "KW_NAMES", Arg.CONST, 0, 0);
    def(CALL_FUNCTION_EX, "CALL_FUNCTION_EX", Arg.FLAGS, n -> 3 + (n & 1), n -> 1, 0, 0);
    def(MAKE_FUNCTION, "MAKE_FUNCTION", Arg.FLAGS, n -> 1 + Integer.bitCount(n & 0xf), n -> 1, 0, 0);
    def(RETURN_VALUE, "RETURN_VALUE", Arg.NONE, 1, 0, NO_FALLTHROUGH);
    def(RETURN_CONST, "RETURN_CONST", Arg.CONST, 0, 0, NO_FALLTHROUGH);
    def(RESUME, "RESUME", Arg.FLAGS, 0, 0, CHECKS_EVAL_BREAKER);
    def(LOAD_BUILD_CLASS, "LOAD_BUILD_CLASS", Arg.NONE, 0, 1);
    def(LOAD_ASSERTION_ERROR, "LOAD_ASSERTION_ERROR", Arg.NONE, 0, 1);
    def(SETUP_ANNOTATIONS, "SETUP_ANNOTATIONS", Arg.NONE, 0, 0);

    def(YIELD_VALUE, "YIELD_VALUE", Arg.NONE, 1, 1);
    def(SEND, "SEND", Arg.JUMP, n -> 2, n -> 2, -1, JUMPS);
    def(GET_YIELD_FROM_ITER, "GET_YIELD_FROM_ITER", Arg.NONE, 1, 1);
    def(GET_AWAITABLE, "GET_AWAITABLE", Arg.FLAGS, 1, 1);
    def(GET_AITER, "GET_AITER", Arg.NONE, 1, 1);
    def(GET_ANEXT, "GET_ANEXT", Arg.NONE, 1, 2);
    def(END_ASYNC_FOR, "END_ASYNC_FOR", Arg.NONE, 2, 0);
    def(CLEANUP_THROW, "CLEANUP_THROW", Arg.NONE, 3, 2);

    def(BEFORE_WITH, "BEFORE_WITH", Arg.NONE, 1, 2);
    def(BEFORE_ASYNC_WITH, "BEFORE_ASYNC_WITH", Arg.NONE, 1, 2);
    def(WITH_EXCEPT_START, "WITH_EXCEPT_START", Arg.NONE, 4, 5);
    def(PUSH_EXC_INFO, "PUSH_EXC_INFO", Arg.NONE, 1, 2);
    def(POP_EXCEPT, "POP_EXCEPT", Arg.NONE, 1, 0);
    def(RERAISE, "RERAISE", Arg.FLAGS, n -> 1 + n, n -> 0, 0, NO_FALLTHROUGH);
    def(RAISE_VARARGS, "RAISE_VARARGS", Arg.COUNT, n -> n, n -> 0, 0, NO_FALLTHROUGH);
    def(CHECK_EXC_MATCH, "CHECK_EXC_MATCH", Arg.NONE, 2, 2);
    def(CHECK_EG_MATCH, "CHECK_EG_MATCH", Arg.NONE, 2, 2);

    def(IMPORT_NAME, "IMPORT_NAME", Arg.NAME, 2, 1);
    def(IMPORT_FROM, "IMPORT_FROM", Arg.NAME, 1, 2);
    def(MATCH_CLASS, "MATCH_CLASS", Arg.COUNT, n -> 3, n -> 1, 0, 0);
    def(MATCH_MAPPING, "MATCH_MAPPING", Arg.NONE, 1, 2);
    def(MATCH_SEQUENCE, "MATCH_SEQUENCE", Arg.NONE, 1, 2);
    def(MATCH_KEYS, "MATCH_KEYS", Arg.NONE, 2, 3);
  }

  /** The description of {@code code}, or null when no opcode has that number. */
  public static Info info(int code) {
    return code >= 0 && code < COUNT ? TABLE[code] : null;
  }

  /** The largest operand an instruction can carry. */
  public static final int MAX_ARG = (1 << 24) - 1;

  /** One instruction word. */
  public static int encode(int code, int arg) {
    if (arg < 0 || arg > MAX_ARG) throw new IllegalArgumentException("operand out of range: " + arg);
    return code | (arg << 8);
  }

  public static int opcode(int word) { return word & 0xff; }

  public static int arg(int word) { return word >>> 8; }
}
