package dev.kaa.bytecode;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kaa.compile.CodeGen;
import dev.kaa.compile.FrontEnd;
import dev.kaa.parse.CompileError;
import dev.kaa.parse.Warnings;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Code objects survive marshal unchanged: every behaviour case and every conformance program compiles, dumps, loads
 * and dumps again to the same bytes, and the loaded code object has every field of the original. Damaged data is
 * refused as {@link MarshalInput.BadData}, never a Java failure.
 */
class MarshalTest {
  @Test
  void codeMagicIsTheDigestOfTheInstructionSet() {
    int digest = Marshal.instructionSetDigest();
    assertEquals(digest, Marshal.CODE_MAGIC,
        String.format("the instruction set or compiler revision changed: set Marshal.CODE_MAGIC to 0x%08x", digest));
  }

  static final Path BEHAVIOUR = Path.of("src/test/resources/behaviour");

  /** The shared conformance corpus, where this checkout can see it (main's or a worktree's layout), else null. */
  static Path conformance() {
    String env = System.getenv("KAA_CONFORMANCE");
    for (String p : new String[] {env, "../../shared/conformance", "../../../shared/conformance"}) {
      if (p != null && Files.isDirectory(Path.of(p))) return Path.of(p);
    }
    return null;
  }

  /** Every program of the behaviour cases and of the conformance corpus. */
  static List<Path> programs() throws IOException {
    List<Path> out = new ArrayList<>();
    for (Path root : new Path[] {BEHAVIOUR, conformance()}) {
      if (root == null) continue;
      try (Stream<Path> files = Files.walk(root)) {
        files.filter(p -> p.toString().endsWith(".py")).sorted().forEach(out::add);
      }
    }
    return out;
  }

  static Code compile(byte[] source, String filename) {
    return CodeGen.compile(FrontEnd.compileFile(source, filename, Warnings.IGNORE), filename, 0);
  }

  @Test void everyProgramRoundTrips() throws IOException {
    int checked = 0;
    for (Path p : programs()) {
      Code code;
      try {
        code = compile(Files.readAllBytes(p), p.toString());
      } catch (CompileError | CodeGen.NotImplementedYet e) {
        continue;  // the SyntaxError cases
      }
      byte[] first = Marshal.dump(code);
      Code loaded = Marshal.load(first, null);
      assertArrayEquals(first, Marshal.dump(loaded), p.toString());
      assertEquals(describe(code), describe(loaded), p.toString());
      checked++;
    }
    assertTrue(checked > 400, "only " + checked + " programs compiled");
  }

  @Test void unusualConstantsRoundTrip() {
    String source = """
        a = ('\\ud800', '\\udc00x', '\\ud800\\udc00', 'é€😀', '', b'\\x00\\xff', 2 ** 100, -2 ** 100, -(2 ** 63),
             2 ** 31, -2 ** 31, 1 + 2j, -0.0, float('inf'), ..., None, True)
        def f(x, /, y, *args, z=1, **kw):
            def g():
                return x + y
            return g
        b = x in {1, 2, 3} if (x := 1) else None
        """;
    Code code = compile(source.getBytes(StandardCharsets.UTF_8), "<unusual>");
    Code loaded = Marshal.load(Marshal.dump(code), null);
    assertEquals(describe(code), describe(loaded));
  }

  @Test void filenameCanBeReplacedThroughout() {
    Code code = compile("def f():\n  def g(): pass\n".getBytes(StandardCharsets.UTF_8), "old.py");
    Code loaded = Marshal.load(Marshal.dump(code), "new.py");
    assertTrue(describe(loaded).contains("new.py") && !describe(loaded).contains("old.py"), describe(loaded));
  }

  /** The code objects among {@code c}'s constants, in order. */
  static List<Code> nested(Code c) {
    List<Code> out = new ArrayList<>();
    for (Object k : c.consts()) if (k instanceof Code inner) out.add(inner);
    return out;
  }

  @Test void nestedCodeIsDecodedAtItsFirstUseOnly() {
    String source = "def f(a, *, b=1):\n  'doc'\n  def g(): return a\n  return g\nclass C:\n  def m(self): pass\n";
    Code code = compile(source.getBytes(StandardCharsets.UTF_8), "lazy.py");
    Code loaded = Marshal.load(Marshal.dump(code), null);
    assertTrue(loaded.bodyDecoded(), "a stream's own code object is decoded as it is read");
    Code f = nested(loaded).get(0), c = nested(loaded).get(1);
    assertTrue(!f.bodyDecoded() && !c.bodyDecoded());
    // what making a function needs is there without the body
    assertEquals("f", f.name);
    assertEquals(List.of("a", "b", "g"), f.varnames);
    assertEquals(1, f.kwOnlyArgCount);
    assertEquals(List.of("a"), f.cellvars);
    assertTrue(!f.bodyDecoded());
    Code g = nested(f).get(0);
    assertTrue(f.bodyDecoded() && !g.bodyDecoded() && !c.bodyDecoded(), "one level at a time");
    assertEquals(List.of("a"), g.freevars);
    assertEquals(describe(code), describe(loaded), "decoded late, equal to the original");
  }

  @Test void positionsAreDecodedWhenFirstAskedFor() {
    String source = "x = 1\ndef f(a):\n    b = a + 1\n    return (b,\n            a)\n";
    Code code = compile(source.getBytes(StandardCharsets.UTF_8), "positions.py");
    Code loaded = Marshal.load(Marshal.dump(code), null);
    Code f = nested(loaded).get(0);
    f.consts();
    assertTrue(f.bodyDecoded() && !f.positionsDecoded(), "running a function needs no positions");
    assertEquals(code.positions().length, loaded.positions().length);
    Code original = nested(code).get(0);
    for (int i = 0; i < f.length(); i++) assertEquals(original.position(i), f.position(i), "instruction " + i);
    assertTrue(f.positionsDecoded());
  }

  @Test void lazyCodeRoundTripsWithoutBeingUsed() {
    Code code = compile("def f():\n  def g(): pass\nclass C:\n  x = 1\n".getBytes(StandardCharsets.UTF_8), "m.py");
    byte[] first = Marshal.dump(code);
    Code loaded = Marshal.load(first, null);
    assertArrayEquals(first, Marshal.dump(loaded));
    Code again = Marshal.load(first, null);
    assertTrue(again.sameContent(code) && code.sameContent(again));
    assertEquals(code.contentHash(), again.contentHash());
  }

  @Test void renamesBeforeDecodingReachNestedCode() {
    Code code = compile("def f():\n  def g(): pass\n".getBytes(StandardCharsets.UTF_8), "old.py");
    byte[] data = Marshal.dump(code);
    Code eager = Marshal.load(data, null);
    describe(eager);  // every body decoded
    eager.renameFile("new.py");
    Code lazy = Marshal.load(data, null);
    lazy.renameFile("new.py");
    lazy.renameFile("newer.py");
    eager.renameFile("newer.py");
    assertEquals(describe(eager), describe(lazy));
    assertTrue(describe(lazy).contains("newer.py") && !describe(lazy).contains("old.py"), describe(lazy));
  }

  @Test void racingThreadsDecodeABodyOnce() throws Exception {
    StringBuilder source = new StringBuilder();
    for (int i = 0; i < 50; i++) source.append("def f").append(i).append("(x):\n  return [x + ").append(i).append(" for _ in range(3)]\n");
    Code loaded = Marshal.load(Marshal.dump(compile(source.toString().getBytes(StandardCharsets.UTF_8), "r.py")), null);
    List<Code> functions = nested(loaded);
    int threads = 8;
    List<List<Object>> seen = java.util.Collections.synchronizedList(new ArrayList<>());
    java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(threads);
    List<Thread> started = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      Thread th = new Thread(() -> {
        try {
          start.await();
        } catch (Exception e) {
          throw new RuntimeException(e);
        }
        for (Code f : functions) seen.add(f.consts());
      });
      th.start();
      started.add(th);
    }
    for (Thread th : started) th.join();
    assertEquals(threads * functions.size(), seen.size());
    for (List<Object> consts : seen) {
      assertTrue(functions.stream().anyMatch(f -> f.consts() == consts), "every thread saw the one decoded body");
    }
  }

  @Test void damagedDataIsRefused() throws IOException {
    Code code = compile(Files.readAllBytes(BEHAVIOUR.resolve("builtins/all_any.py")), "all_any.py");
    byte[] data = Marshal.dump(code);
    for (int n = 0; n < data.length; n++) {
      byte[] truncated = java.util.Arrays.copyOf(data, n);
      assertThrows(MarshalInput.BadData.class, () -> Marshal.load(truncated, null), "truncated to " + n);
    }
    Random random = new Random(552);
    for (int i = 0; i < 2000; i++) {
      byte[] damaged = data.clone();
      damaged[random.nextInt(damaged.length)] ^= (byte) (1 + random.nextInt(255));
      Code loaded;
      try {
        loaded = Marshal.load(damaged, null);
      } catch (MarshalInput.BadData e) {
        continue;  // refused: fine; a flip in a header that still decodes (a changed name or count) is fine too
      }
      describe(loaded);  // what was read whole decodes later without failing: the checksum covered nested bodies
    }
    // a flip in a function's body: refused when the module's code is read, not when the function is first called
    Code nestedOwner = compile("def f():\n  return 12345\n".getBytes(StandardCharsets.UTF_8), "f.py");
    byte[] good = Marshal.dump(nestedOwner);
    int at = indexOf(good, Marshal.dump(nested(nestedOwner).get(0)));
    for (int i = at; i < at + Marshal.dump(nested(nestedOwner).get(0)).length; i++) {
      byte[] damaged = good.clone();
      damaged[i] ^= 0x10;
      int offset = i;
      try {
        describe(Marshal.load(damaged, null));
      } catch (MarshalInput.BadData e) {
        continue;
      }
      assertTrue(false, "a flip at " + offset + " went unnoticed");
    }
  }

  private static int indexOf(byte[] data, byte[] part) {
    outer:
    for (int i = 0; i + part.length <= data.length; i++) {
      for (int j = 0; j < part.length; j++) if (data[i + j] != part[j]) continue outer;
      return i;
    }
    throw new AssertionError("not found");
  }

  @Test void pycHeaders() {
    Code code = compile("x = 1\n".getBytes(StandardCharsets.UTF_8), "m.py");
    byte[] timestamped = PycFile.timestamped(code, 0x1_2345_6789L, 42);
    PycFile.Header h = PycFile.readHeader(timestamped);
    assertEquals(PycFile.Invalidation.TIMESTAMP, h.invalidation());
    assertTrue(PycFile.matchesSource(h, 0x1_2345_6789L, 42));
    assertTrue(!PycFile.matchesSource(h, 0x1_2345_6788L, 42) && !PycFile.matchesSource(h, 0x1_2345_6789L, 43));
    byte[] source = "x = 1\n".getBytes(StandardCharsets.UTF_8);
    PycFile.Header checked = PycFile.readHeader(PycFile.hashed(code, source, true));
    assertEquals(PycFile.Invalidation.CHECKED_HASH, checked.invalidation());
    assertEquals(PycFile.sourceHash(source), checked.hash());
    assertEquals(PycFile.Invalidation.UNCHECKED_HASH,
        PycFile.readHeader(PycFile.hashed(code, source, false)).invalidation());
    assertEquals(describe(code), describe(PycFile.code(timestamped, null)));
    byte[] otherMagic = timestamped.clone();
    otherMagic[0] ^= 1;
    assertNull(PycFile.readHeader(otherMagic));
    assertNull(PycFile.readHeader(java.util.Arrays.copyOf(timestamped, 15)));
    assertEquals("m.kaa-312.pyc", PycFile.cacheFileName("m.py", 0));
    assertEquals("m.kaa-312.opt-2.pyc", PycFile.cacheFileName("m.py", 2));
  }

  @Test void bigIntsUseCPythonDigits() {
    MarshalOutput out = new MarshalOutput();
    out.writeInt(BigInteger.TWO.pow(40));
    // 2**40 = 1024 * (2**15)**2: three base-2**15 digits 0, 0, 1024
    assertArrayEquals(new byte[] {'l', 3, 0, 0, 0, 0, 0, 0, 0, 0, 4}, out.toByteArray());
    for (BigInteger v : new BigInteger[] {BigInteger.TWO.pow(100).negate(), new BigInteger("123456789012345678901234567890")}) {
      MarshalOutput o = new MarshalOutput();
      o.writeInt(v);
      MarshalInput in = new MarshalInput(o.toByteArray());
      assertEquals('l', in.readUnsignedByte());
      assertEquals(v, in.readLongDigits());
    }
  }

  /** Every field of a code object, nested ones included, as text. */
  static String describe(Code c) {
    StringBuilder sb = new StringBuilder();
    sb.append(c.name).append('|').append(c.qualname).append('|').append(c.filename).append('|').append(c.firstLineno)
        .append('|').append(c.argCount).append(',').append(c.posOnlyArgCount).append(',').append(c.kwOnlyArgCount)
        .append('|').append(c.flags).append('|').append(c.stackSize).append('|').append(c.varnames).append(c.cellvars)
        .append(c.freevars).append(c.names).append('\n');
    for (Object k : c.consts()) sb.append(describeConst(k)).append('\n');
    for (int i = 0; i < c.length(); i++) sb.append(c.word(i)).append('@').append(c.position(i)).append(' ');
    sb.append('\n').append(java.util.Arrays.toString(c.exceptionTable().toArray())).append('\n');
    return sb.toString();
  }

  private static String describeConst(Object k) {
    return switch (k) {
      case Code code -> "code{" + describe(code) + "}";
      case Code.ConstTuple t -> "tuple" + t.items().stream().map(MarshalTest::describeConst).toList();
      case Code.ConstFrozenSet s -> "frozenset" + s.items().stream().map(MarshalTest::describeConst).toList();
      case String s -> "str" + s.codePoints().boxed().toList();
      // an int is an int whether the compiler held it as a Long or a BigInteger; 2j is complex 0+2j
      case Long l -> "int " + l;
      case BigInteger b -> "int " + b;
      case dev.kaa.ast.Expr.Constant.Imaginary i -> "complex " + Double.doubleToRawLongBits(0.0) + " "
          + Double.doubleToRawLongBits(i.imag());
      case Code.ConstComplex x -> "complex " + Double.doubleToRawLongBits(x.real()) + " "
          + Double.doubleToRawLongBits(x.imag());
      case Double d -> "float " + Double.doubleToRawLongBits(d);
      default -> k.getClass().getSimpleName() + " " + Disassembler.constRepr(k);
    };
  }
}
