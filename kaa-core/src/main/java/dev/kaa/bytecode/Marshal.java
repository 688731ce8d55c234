package dev.kaa.bytecode;

import dev.kaa.ast.Expr;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;

/**
 * Code objects to bytes and back: what a {@code .pyc} file holds after its header ({@link PycFile}) and what
 * {@code marshal.dumps(code)} writes after the {@link MarshalCodes#CODE} type code.
 *
 * <p>A code object is {@code c}, the 32-bit {@link #CODE_MAGIC}, then its fields: counts and flags, names, the
 * constants (in CPython's marshal encoding for data: ints, floats, complex, str, bytes, tuples, frozensets, None,
 * Ellipsis, bools — and nested code objects the same way), the instruction words, the positions (delta-encoded
 * varints: most instructions repeat or nudge the previous one's) and the exception table. No references: a code
 * object is read back in one pass with nothing to patch. The layout is Kaa's: CPython's code objects carry CPython's
 * bytecode, which Kaa does not run, and Kaa's carry Kaa's.
 *
 * <p>The fields split in two. The header (counts, flags, names) is what making a function needs; the body (constants,
 * instructions, positions, exception table) is what running or inspecting it needs, and is written after its length
 * and CRC-32. A code object read from a stream has its header and body decoded at once, and the CRC of its body
 * checked, which covers every code object nested in it: a damaged file is refused whole when it is read, as before.
 * A nested code object's body is kept as bytes and decoded at its first use (a call, {@code co_consts},
 * {@code dis}, {@code marshal.dumps} of it): most functions of a module never run in a given program
 * (docs/pyc.md). Its bytes were checked with its parent's, so decoding them later cannot fail unless this
 * class wrote them wrongly.
 *
 * <p>{@link #CODE_MAGIC} is a digest of {@link #FORMAT_VERSION}, {@link #COMPILER_REVISION} and the whole instruction table ({@link Op#info}: every
 * opcode's number, name, operand kind, stack effect and flags) and the operand enums, so a change to the bytecode makes
 * every old {@code .pyc} stale without anyone remembering to bump a number: {@code MarshalTest} fails, naming the new
 * value, when the constant is not the digest of the table. A change to what an opcode does that leaves its table entry
 * alone must bump {@link #FORMAT_VERSION}.
 */
public final class Marshal {
  private Marshal() {}

  /** Bump when this encoding changes, or when an opcode's meaning changes without its table entry changing. */
  public static final int FORMAT_VERSION = 3;

  /**
   * Digest of what the compiler emits for a fixed sample of the language (CompilerRevisionTest fails, naming the new
   * value, when it changes): part of {@link #CODE_MAGIC}, so that a compiler change that leaves the instruction table
   * alone (a line table, an exception table, an instruction sequence) still makes every old {@code .pyc} stale, as
   * CPython bumps its magic for compiler changes.
   */
  public static final int COMPILER_REVISION = 0xe24b33e8;

  /**
   * Digest of the format version and the instruction set ({@link #instructionSetDigest}): written in every code object
   * and every pyc header. Written out, not computed: SHA-256 at every start loaded the JDK's security providers, ~5%
   * of the main thread's start-up (docs/performance.md).
   */
  public static final int CODE_MAGIC = 0x73c4788b;

  /** Code objects nest no deeper than this (the compiler's own nesting limits are far below). */
  private static final int MAX_CODE_DEPTH = MarshalCodes.MAX_DEPTH;

  /** What {@link #CODE_MAGIC} must be for the instruction set this build has. */
  static int instructionSetDigest() {
    StringBuilder sb = new StringBuilder("kaa-marshal ").append(FORMAT_VERSION).append('\n');
    sb.append("compiler ").append(Integer.toHexString(COMPILER_REVISION)).append('\n');
    for (int code = 0; code < 256; code++) {
      Op.Info info = Op.info(code);
      if (info == null) continue;
      sb.append(code).append(' ').append(info.name()).append(' ').append(info.arg()).append(' ')
          .append(info.flags()).append(' ').append(info.jumpDelta());
      // the stack effect is a function of the operand: sampled where the table's formulas differ
      for (int oparg : new int[] {0, 1, 2, 3, 5, 8, 15, 16, 0x101, 0x203}) {
        sb.append(' ').append(info.popped().applyAsInt(oparg)).append('/').append(info.pushed().applyAsInt(oparg));
      }
      sb.append('\n');
    }
    for (Enum<?>[] operands : List.of(BinaryOps.values(), CompareOps.values(), Intrinsics.One.values(),
        Intrinsics.Two.values())) {
      for (Enum<?> e : operands) sb.append(e.name()).append(' ');
      sb.append('\n');
    }
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(sb.toString().getBytes(StandardCharsets.UTF_8));
      return (d[0] & 0xff) | (d[1] & 0xff) << 8 | (d[2] & 0xff) << 16 | (d[3] & 0xff) << 24;
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError("every JDK has SHA-256", e);
    }
  }

  /** {@code code} and everything in it, as bytes. */
  public static byte[] dump(Code code) {
    MarshalOutput out = new MarshalOutput();
    writeCode(out, code);
    return out.toByteArray();
  }

  /**
   * Reads a code object written by {@link #dump}. {@code filename}, when not null, replaces the file name recorded
   * in every code object (a cached module whose source moved reports where it is now, as CPython does).
   */
  public static Code load(byte[] data, String filename) {
    MarshalInput in = new MarshalInput(data);
    // marshal.dumps (importlib's pyc writer) flags the code as referable; nothing in the body refers back to it
    if ((in.readByteOrEof() & ~MarshalCodes.FLAG_REF) != MarshalCodes.CODE) {
      throw new MarshalInput.BadData("bad marshal data (not a code object)", false);
    }
    Code code = readCodeBody(in, filename, 0);
    if (in.remaining() != 0) throw new MarshalInput.BadData("bad marshal data (trailing bytes)", false);
    return code;
  }

  /** Writes {@code c}, the magic, then the fields. */
  public static void writeCode(MarshalOutput out, Code code) {
    out.writeByte(MarshalCodes.CODE);
    out.writeInt32(CODE_MAGIC);
    out.writeVarint(code.argCount);
    out.writeVarint(code.posOnlyArgCount);
    out.writeVarint(code.kwOnlyArgCount);
    out.writeInt32(code.flags);
    out.writeVarint(code.stackSize);
    out.writeVarint(code.firstLineno);
    writeText(out, code.name);
    writeText(out, code.qualname);
    writeText(out, code.filename);
    writeNames(out, code.varnames);
    writeNames(out, code.cellvars);
    writeNames(out, code.freevars);
    writeNames(out, code.names);
    MarshalOutput body = new MarshalOutput();
    writeBody(body, code);
    byte[] bytes = body.toByteArray();
    out.writeVarint(bytes.length);
    out.writeInt32(crc(bytes, 0, bytes.length));
    out.writeBytes(bytes);
  }

  /**
   * The constants, instructions, exception table and positions, as {@link #decodeBody} reads them: the positions last,
   * so that they can be left encoded (to the body's end) until something asks for them.
   */
  private static void writeBody(MarshalOutput out, Code code) {
    List<Object> consts = code.consts();
    out.writeVarint(consts.size());
    for (Object c : consts) writeConstant(out, c);
    int n = code.length();
    out.writeVarint(n);
    for (int i = 0; i < n; i++) out.writeInt32(code.word(i));
    int[] table = code.exceptionTable().toArray();
    out.writeVarint(table.length);
    for (int v : table) out.writeVarint(v);
    Position previous = new Position(code.firstLineno, code.firstLineno, 0, 0);
    for (int i = 0; i < n; i++) {
      Position p = code.position(i);
      out.writeSignedVarint(p.lineno() - previous.lineno());
      out.writeSignedVarint(p.endLineno() - p.lineno());
      out.writeSignedVarint(p.colOffset() - previous.colOffset());
      out.writeSignedVarint(p.endColOffset() - p.colOffset());
      previous = p;
    }
  }

  /**
   * Reads a code object's fields after its {@code c}: checks the magic (a code object of another bytecode is
   * refused, as CPython refuses a pyc of another version) and its body's CRC, and decodes the body; code objects
   * nested in it are decoded at their first use.
   */
  public static Code readCodeBody(MarshalInput in, String filename, int depth) {
    Code code = readHeader(in, filename, depth, true);
    code.consts();  // decoded now: a stream's own code object runs at once, and its errors belong to this read
    return code;
  }

  /**
   * A code object's header, with its body left encoded. {@code check}: the body's CRC is compared, and the body copied
   * out of the input; otherwise it lies inside a body already checked, which it is read from when first used.
   */
  private static Code readHeader(MarshalInput in, String filename, int depth, boolean check) {
    if (depth > MAX_CODE_DEPTH) throw new MarshalInput.BadData("bad marshal data (code objects nested too deeply)", false);
    int magic = in.readInt32();
    if (magic != CODE_MAGIC) {
      throw new MarshalInput.BadData("bad marshal data (code object of another bytecode: not made by this Kaa)", false);
    }
    int argCount = in.readVarint();
    int posOnly = in.readVarint();
    int kwOnly = in.readVarint();
    int flags = in.readInt32();
    int stackSize = in.readVarint();
    int firstLineno = in.readVarint();
    String name = readText(in);
    String qualname = readText(in);
    String file = readText(in);
    if (filename != null) file = filename;
    List<String> varnames = readNames(in);
    List<String> cellvars = readNames(in);
    List<String> freevars = readNames(in);
    List<String> names = readNames(in);
    int length = in.readVarint();
    int crc = in.readInt32();
    if (length > in.remaining()) throw new MarshalInput.BadData("bad marshal data (code size out of range)", false);
    EncodedBody encoded;
    if (check) {
      byte[] bytes = in.readBytes(length);
      if (crc(bytes, 0, length) != crc) {
        throw new MarshalInput.BadData("bad marshal data (code object damaged: checksum mismatch)", false);
      }
      encoded = new EncodedBody(bytes, 0, length, filename, depth);
    } else {
      encoded = new EncodedBody(in.array(), in.offset(), length, filename, depth);
      in.skip(length);
    }
    try {
      return new Code(name, qualname, file, firstLineno, argCount, posOnly, kwOnly, flags, stackSize, varnames,
          cellvars, freevars, names, null, encoded);
    } catch (RuntimeException e) {
      throw new MarshalInput.BadData("bad marshal data (inconsistent code object)", false);
    }
  }

  /** A code object's body as written, the file name it takes (null: its own), and its nesting depth. */
  private record EncodedBody(byte[] data, int offset, int length, String filename, int depth) implements Code.LazyBody {
    @Override public Code.Body decode(Code owner, List<String[]> renames) {
      Code.Body body = decodeBody(new MarshalInput(data, offset, length), owner, filename, depth);
      Code.applyRenames(body.consts, renames);
      return body;
    }
  }

  /**
   * A body's positions, deltas from the previous instruction's (lines from the first line), four signed varints an
   * instruction to the end of the body. Its bytes were checked with the body's CRC; should they still not decode
   * (only a writer's bug could do that), every position is unknown rather than an error where a traceback is made.
   */
  private record EncodedPositions(byte[] data, int offset, int length, int firstLineno)
      implements Code.EncodedPositions {
    @Override public int[] decode(int n) {
      int[] positions = new int[4 * n];
      try {
        MarshalInput in = new MarshalInput(data, offset, length);
        int line = firstLineno, col = 0;
        for (int i = 0; i < 4 * n; i += 4) {
          line += in.readSignedVarint();
          positions[i] = line;
          positions[i + 1] = line + in.readSignedVarint();
          col += in.readSignedVarint();
          positions[i + 2] = col;
          positions[i + 3] = col + in.readSignedVarint();
        }
        if (in.remaining() != 0) throw new MarshalInput.BadData("bad marshal data (code object size)", false);
      } catch (MarshalInput.BadData e) {
        java.util.Arrays.fill(positions, -1);
      }
      return positions;
    }
  }

  private static Code.Body decodeBody(MarshalInput in, Code owner, String filename, int depth) {
    int nconsts = in.readVarint();
    if (nconsts > in.remaining()) throw new MarshalInput.BadData("bad marshal data (constant count out of range)", false);
    List<Object> consts = new ArrayList<>(nconsts);
    for (int i = 0; i < nconsts; i++) consts.add(readConstant(in, filename, depth));
    int n = in.readVarint();
    if (n > in.remaining() / 4) throw new MarshalInput.BadData("bad marshal data (code size out of range)", false);
    int[] words = new int[n];
    for (int i = 0; i < n; i++) {
      words[i] = in.readInt32();
      if (Op.info(Op.opcode(words[i])) == null) throw new MarshalInput.BadData("bad marshal data (unknown opcode)", false);
    }
    int entries = in.readVarint();
    if (entries % 5 != 0 || entries > in.remaining()) throw new MarshalInput.BadData("bad marshal data (exception table)", false);
    int[] table = new int[entries];
    for (int i = 0; i < entries; i++) table[i] = in.readVarint();
    // at least one byte per position number: the rest is checked when the positions are decoded
    if (in.remaining() < 4 * n) throw new MarshalInput.BadData("bad marshal data (code object size)", false);
    Code.Body body;
    try {
      body = new Code.Body(consts, words, new EncodedPositions(in.array(), in.offset(), in.remaining(), owner.firstLineno),
          entries == 0 ? ExceptionTable.EMPTY : new ExceptionTable(table));
    } catch (RuntimeException e) {
      throw new MarshalInput.BadData("bad marshal data (inconsistent code object)", false);
    }
    checkOperands(owner, body);
    return body;
  }

  private static int crc(byte[] data, int offset, int length) {
    java.util.zip.CRC32 crc = new java.util.zip.CRC32();
    crc.update(data, offset, length);
    return (int) crc.getValue();
  }

  /** How many of each operand kind there are (an enum's {@code values()} copies its array at every call). */
  private static final int BINARY_OPS = BinaryOps.values().length, COMPARE_OPS = CompareOps.values().length,
      INTRINSICS_1 = Intrinsics.One.values().length, INTRINSICS_2 = Intrinsics.Two.values().length;

  /**
   * Refuses operands that point outside the code object (a damaged file that still decodes), so the eval loop
   * never indexes past a table: such a file is corrupt, and the importer recompiles.
   */
  private static void checkOperands(Code code, Code.Body body) {
    int n = body.instructions.length;
    for (int i = 0; i < n; i++) {
      int word = body.instructions[i];
      int arg = Op.arg(word);
      boolean ok = switch (Op.info(Op.opcode(word)).arg()) {
        case CONST -> arg < body.consts.size();
        case LOCAL, FREE -> arg < code.localsPlusCount();
        case NAME -> arg < code.names.size();
        case GLOBAL_NAME, ATTR_NAME -> arg >> 1 < code.names.size();
        case SUPER_ATTR_NAME -> arg >> 2 < code.names.size();
        case JUMP -> arg <= n;
        case BINARY_OP -> arg < BINARY_OPS;
        case COMPARE_OP -> arg < COMPARE_OPS;
        case INTRINSIC_1 -> arg < INTRINSICS_1;
        case INTRINSIC_2 -> arg < INTRINSICS_2;
        default -> true;
      };
      if (!ok) throw new MarshalInput.BadData("bad marshal data (operand out of range)", false);
    }
  }

  private static void writeText(MarshalOutput out, String s) { out.writeStr(s, false, MarshalCodes.VERSION); }

  /** A name: a str constant, and nothing else (a code object there would be read without its checks). */
  private static String readText(MarshalInput in) {
    int code = in.readByteOrEof();
    if (code < 0) throw new MarshalInput.BadData("EOF read where object expected", true);
    Object s = switch (code & ~MarshalCodes.FLAG_REF) {
      case MarshalCodes.SHORT_ASCII, MarshalCodes.SHORT_ASCII_INTERNED -> in.readAscii(in.readUnsignedByte());
      case MarshalCodes.ASCII, MarshalCodes.ASCII_INTERNED -> in.readAscii(in.readInt32());
      case MarshalCodes.UNICODE, MarshalCodes.INTERNED -> in.readUtf8(in.readInt32());
      default -> null;
    };
    if (s instanceof String text) return text;
    throw new MarshalInput.BadData("bad marshal data (name is not a str)", false);
  }

  private static void writeNames(MarshalOutput out, List<String> names) {
    out.writeVarint(names.size());
    for (String s : names) writeText(out, s);
  }

  private static List<String> readNames(MarshalInput in) {
    int n = in.readVarint();
    if (n > in.remaining()) throw new MarshalInput.BadData("bad marshal data (name count out of range)", false);
    List<String> names = new ArrayList<>(n);
    for (int i = 0; i < n; i++) names.add(readText(in));
    return names;
  }

  /** A compile-time constant ({@link Code}'s forms) in CPython's encoding, without references. */
  private static void writeConstant(MarshalOutput out, Object c) {
    switch (c) {
      case Boolean b -> out.writeByte(b ? MarshalCodes.TRUE : MarshalCodes.FALSE);
      case Long l -> out.writeInt(l);
      case BigInteger b -> out.writeInt(b);
      case Double d -> {
        out.writeByte(MarshalCodes.BINARY_FLOAT);
        out.writeDouble(d);
      }
      case Expr.Constant.Imaginary i -> writeComplex(out, 0.0, i.imag());
      case Code.ConstComplex x -> writeComplex(out, x.real(), x.imag());
      case String s -> out.writeStr(s, false, MarshalCodes.VERSION);
      case Expr.Constant.CodePoints p -> out.writeStr(p.codePoints(), MarshalCodes.VERSION);
      case Expr.Constant.Bytes b -> {
        out.writeByte(MarshalCodes.STRING);
        out.writeSizedBytes(b.data());
      }
      case Expr.Constant.Singleton s ->
          out.writeByte(s == Expr.Constant.Singleton.None ? MarshalCodes.NONE : MarshalCodes.ELLIPSIS);
      case Code code -> writeCode(out, code);
      case Code.ConstTuple t -> {
        writeSequenceHeader(out, MarshalCodes.SMALL_TUPLE, t.items().size());
        for (Object item : t.items()) writeConstant(out, item);
      }
      case Code.ConstFrozenSet s -> {
        out.writeByte(MarshalCodes.FROZENSET);
        out.writeInt32(s.items().size());
        for (Object item : s.items()) writeConstant(out, item);
      }
      default -> throw new IllegalArgumentException("not a code constant: " + c);
    }
  }

  private static void writeComplex(MarshalOutput out, double real, double imag) {
    out.writeByte(MarshalCodes.BINARY_COMPLEX);
    out.writeDouble(real);
    out.writeDouble(imag);
  }

  private static void writeSequenceHeader(MarshalOutput out, int smallCode, int size) {
    if (size < 256) {
      out.writeByte(smallCode);
      out.writeByte(size);
    } else {
      out.writeByte(MarshalCodes.TUPLE);
      out.writeInt32(size);
    }
  }

  private static Object readConstant(MarshalInput in, String filename, int depth) {
    int code = in.readByteOrEof();
    if (code < 0) throw new MarshalInput.BadData("EOF read where object expected", true);
    switch (code & ~MarshalCodes.FLAG_REF) {
      case MarshalCodes.TRUE: return Boolean.TRUE;
      case MarshalCodes.FALSE: return Boolean.FALSE;
      case MarshalCodes.NONE: return Expr.Constant.Singleton.None;
      case MarshalCodes.ELLIPSIS: return Expr.Constant.Singleton.Ellipsis;
      case MarshalCodes.INT: return (long) in.readInt32();
      case MarshalCodes.LONG: {
        BigInteger b = in.readLongDigits();
        return b.bitLength() < 64 ? (Object) b.longValue() : b;
      }
      case MarshalCodes.BINARY_FLOAT: return in.readDouble();
      case MarshalCodes.BINARY_COMPLEX: return new Code.ConstComplex(in.readDouble(), in.readDouble());
      case MarshalCodes.SHORT_ASCII, MarshalCodes.SHORT_ASCII_INTERNED: return in.readAscii(in.readUnsignedByte());
      case MarshalCodes.ASCII, MarshalCodes.ASCII_INTERNED: return in.readAscii(in.readInt32());
      case MarshalCodes.UNICODE, MarshalCodes.INTERNED: {
        Object s = in.readUtf8(in.readInt32());
        return s instanceof int[] cps ? new Expr.Constant.CodePoints(cps) : s;
      }
      case MarshalCodes.STRING: return new Expr.Constant.Bytes(in.readBytes(in.readInt32()));
      case MarshalCodes.CODE: return readHeader(in, filename, depth + 1, false);
      case MarshalCodes.SMALL_TUPLE: return new Code.ConstTuple(readItems(in, in.readUnsignedByte(), filename, depth));
      case MarshalCodes.TUPLE: return new Code.ConstTuple(readItems(in, in.readInt32(), filename, depth));
      case MarshalCodes.FROZENSET: return new Code.ConstFrozenSet(readItems(in, in.readInt32(), filename, depth));
      default: throw new MarshalInput.BadData("bad marshal data (unknown type code)", false);
    }
  }

  private static List<Object> readItems(MarshalInput in, int n, String filename, int depth) {
    if (n < 0 || n > in.remaining()) throw new MarshalInput.BadData("bad marshal data (tuple size out of range)", false);
    if (depth > MAX_CODE_DEPTH) throw new MarshalInput.BadData("bad marshal data (constants nested too deeply)", false);
    List<Object> items = new ArrayList<>(n);
    for (int i = 0; i < n; i++) items.add(readConstant(in, filename, depth + 1));
    return items;
  }
}
