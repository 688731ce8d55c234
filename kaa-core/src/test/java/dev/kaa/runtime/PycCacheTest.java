package dev.kaa.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kaa.bytecode.PycFile;
import dev.kaa.objects.PyObject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code __pycache__} of imports (issue 4's acceptance), kept by CPython's importlib since issue 5: the cache is
 * written, reused without compiling (counted in importlib), invalidated when the source changes, survives truncated
 * and garbage files and an unwritable directory, and two processes importing the same module at once both succeed.
 */
class PycCacheTest {
  @TempDir Path dir;

  /** What one run did: its output and how many modules it compiled from source or loaded from their cache. */
  record Run(String out, String err, int status, int compiled, int loadedFromCache) {}

  /**
   * Counts what importlib does, in the program's {@code __main__}: source compiled ({@code source_to_code}) and code
   * read from a pyc ({@code _compile_bytecode}). One line, so that the program's own line numbers are unchanged.
   */
  private static final String COUNTING = "import _frozen_importlib_external as _e; _counts = [0, 0]; "
      + "_s2c = _e.SourceLoader.source_to_code; _load = _e._compile_bytecode; "
      + "_e.SourceLoader.source_to_code = lambda *a, **k: (_counts.__setitem__(0, _counts[0] + 1), _s2c(*a, **k))[1]; "
      + "_e._compile_bytecode = lambda *a, **k: (_counts.__setitem__(1, _counts[1] + 1), _load(*a, **k))[1]\n";

  /** Runs the program; the counts are importlib's when it is the import system, else the fallback cache's. */
  private Run run(String program) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
    Interpreter interp = new Interpreter(new Interpreter.Config(List.of("-c"), dir.toString(), "kaa",
        new ByteArrayInputStream(new byte[0]), out, err));
    boolean importlib = interp.importer.bootstrap() != null;
    int status = ProgramRunner.run(interp, ((importlib ? COUNTING : "") + program).getBytes(StandardCharsets.UTF_8),
        "<string>", false);
    String o = out.toString(StandardCharsets.UTF_8), e = err.toString(StandardCharsets.UTF_8);
    if (!importlib) {
      PycCache cache = interp.importer.pycCache;
      return new Run(o, e, status, cache.compiledCount(), cache.loadedFromCacheCount());
    }
    PyObject counts = ((PyModule) interp.modules().getStr("__main__")).dict().getStr("_counts");
    return new Run(o, e, status, count(counts, 0), count(counts, 1));
  }

  private static int count(PyObject counts, int which) {
    return (int) ((dev.kaa.objects.PyInt) ((dev.kaa.objects.PyList) counts).get(which)).longValue();
  }

  /** Whether importlib imports in this build and JVM (else the issue-3 fallback does). */
  private static boolean importlib() {
    Interpreter interp = new Interpreter(new Interpreter.Config(List.of("-c"), null, "kaa",
        new ByteArrayInputStream(new byte[0]), new ByteArrayOutputStream(), new ByteArrayOutputStream()));
    return interp.importer.bootstrap() != null;
  }

  private Path module(String source) throws IOException {
    Path file = dir.resolve("mod.py");
    Files.writeString(file, source);
    return file;
  }

  private Path pyc() { return dir.resolve("__pycache__").resolve("mod.kaa-312.pyc"); }

  private static final String IMPORT = "import mod\nprint(mod.VALUE, mod.f(2))\n";

  @Test void writtenThenReusedWithoutCompiling() throws IOException {
    module("VALUE = 'first'\ndef f(x):\n    return [x * i for i in range(3)]\n");
    Run cold = run(IMPORT + "print(mod.__cached__)\n");
    assertEquals("first [0, 2, 4]\n" + pyc() + "\n", cold.out(), cold.err());
    assertEquals(1, cold.compiled());
    assertTrue(PycFile.hasMagic(Files.readAllBytes(pyc())));
    Run cached = run(IMPORT);
    assertEquals("first [0, 2, 4]\n", cached.out(), cached.err());
    assertEquals(0, cached.compiled());
    assertEquals(1, cached.loadedFromCache());
  }

  @Test void aChangedSourceIsRecompiled() throws IOException {
    Path source = module("VALUE = 'old'\ndef f(x): return x\n");
    FileTime when = Files.getLastModifiedTime(source);
    assertEquals(1, run(IMPORT).compiled());
    // same size, same mtime second: indistinguishable by timestamp, as in CPython; a touched mtime tells
    module("VALUE = 'new'\ndef f(x): return x\n");
    Files.setLastModifiedTime(source, FileTime.from(when.to(TimeUnit.SECONDS) + 10, TimeUnit.SECONDS));
    Run touched = run(IMPORT);
    assertEquals("new 2\n", touched.out(), touched.err());
    assertEquals(1, touched.compiled());
    // another size, even within the same second
    module("VALUE = 'longer'\ndef f(x): return x\n");
    Files.setLastModifiedTime(source, FileTime.from(when.to(TimeUnit.SECONDS) + 10, TimeUnit.SECONDS));
    Run resized = run(IMPORT);
    assertEquals("longer 2\n", resized.out(), resized.err());
    assertEquals(1, resized.compiled());
    assertEquals(0, run(IMPORT).compiled());
  }

  /**
   * A file too short for its header, or not a pyc at all, is recompiled silently and replaced. A whole header over a
   * damaged body is CPython's error, as importlib reports it (its writes are atomic, so only something else can damage
   * a body), and the file is left for the user to see.
   */
  @Test void truncatedAndGarbageFilesAreRecompiledOrReportedAsCPythonDoes() throws IOException {
    module("VALUE = 'v'\ndef f(x): return -x\n");
    run(IMPORT);
    byte[] good = Files.readAllBytes(pyc());
    List<byte[]> recompiled = List.of(new byte[0], java.util.Arrays.copyOf(good, 10),  // inside the header
        "garbage, not a pyc at all\n".repeat(10).getBytes(StandardCharsets.UTF_8));
    for (byte[] bad : recompiled) {
      Files.write(pyc(), bad);
      Run r = run(IMPORT);
      assertEquals("v -2\n", r.out(), "after a damaged cache of " + bad.length + " bytes: " + r.err());
      assertEquals("", r.err());
      assertEquals(1, r.compiled());
      assertArrayEquals(good, Files.readAllBytes(pyc()), "the damaged file is replaced");
    }
    byte[] badBody = good.clone();
    for (int i = PycFile.HEADER_SIZE; i < badBody.length; i++) badBody[i] = (byte) (i * 31);
    List<byte[]> refused = List.of(java.util.Arrays.copyOf(good, 20), java.util.Arrays.copyOf(good, good.length - 1),
        badBody);
    boolean importlib = importlib();
    for (byte[] bad : refused) {
      Files.write(pyc(), bad);
      Run r = run(IMPORT);
      if (!importlib) {  // the fallback recompiles these too
        assertEquals("v -2\n", r.out(), r.err());
        assertEquals(1, r.compiled());
        continue;
      }
      String last = r.err().lines().reduce((x, y) -> y).orElse("");
      assertEquals(1, r.status(), r.err());
      assertTrue(last.equals("EOFError: marshal data too short") || last.startsWith("ValueError: bad marshal data"),
          r.err());
      assertArrayEquals(bad, Files.readAllBytes(pyc()), "left as it was");
    }
  }

  @Test void anUnwritableCacheIsNoError() throws IOException {
    module("VALUE = 'w'\ndef f(x): return x\n");
    Files.writeString(dir.resolve("__pycache__"), "a file where the directory should be");
    Run r = run(IMPORT);
    assertEquals("w 2\n", r.out(), r.err());
    assertEquals(0, r.status());
    assertEquals(1, run(IMPORT).compiled());
  }

  @Test void dontWriteBytecodeAndPycachePrefix() throws IOException {
    module("VALUE = 'p'\ndef f(x): return x\n");
    Run r = run("import sys\nsys.dont_write_bytecode = True\n" + IMPORT);
    assertEquals("p 2\n", r.out(), r.err());
    assertFalse(Files.exists(pyc()));
    Path prefix = dir.resolve("prefix");
    Run prefixed = run("import sys\nsys.pycache_prefix = " + pyRepr(prefix.toString()) + "\n" + IMPORT
        + "print(mod.__cached__)\n");
    Path expected = prefix.resolve(dir.toAbsolutePath().getRoot().relativize(dir.toAbsolutePath()))
        .resolve("mod.kaa-312.pyc");
    assertEquals("p 2\n" + expected + "\n", prefixed.out(), prefixed.err());
    assertTrue(Files.isRegularFile(expected));
    assertFalse(Files.exists(pyc()));
  }

  @Test void hashBasedFiles() throws IOException {
    Path source = module("VALUE = 'h'\ndef f(x): return x\n");
    byte[] text = Files.readAllBytes(source);
    Files.createDirectories(pyc().getParent());
    // a checked-hash pyc: valid whatever the mtime says, stale once the text changes
    Files.write(pyc(), PycFile.hashed(MarshalCompile.of(text), text, true));
    assertEquals(0, run(IMPORT).compiled());
    module("VALUE = 'i'\ndef f(x): return x\n");
    Run changed = run(IMPORT);
    assertEquals("i 2\n", changed.out(), changed.err());
    assertEquals(1, changed.compiled());
    PycFile.Header rewritten = PycFile.readHeader(Files.readAllBytes(pyc()));
    assertEquals(PycFile.Invalidation.CHECKED_HASH, rewritten.invalidation(), "a stale hash-based pyc stays hash-based");
    // an unchecked one is trusted, as CPython trusts it
    Files.write(pyc(), PycFile.hashed(MarshalCompile.of(text), text, false));
    Run trusted = run(IMPORT);
    assertEquals("h 2\n", trusted.out(), trusted.err());
    assertEquals(0, trusted.compiled());
  }

  @Test void optimisedCodeHasItsOwnCache() throws IOException {
    module("VALUE = 'o'\ndef f(x):\n    assert x > 5, 'small'\n    return x\n");
    SysFlags d = SysFlags.DEFAULT;
    SysFlags optimised = new SysFlags(d.debug(), d.inspect(), d.interactive(), 1, d.dontWriteBytecode(),
        d.noUserSite(), d.noSite(), d.ignoreEnvironment(), d.verbose(), d.bytesWarning(), d.quiet(),
        d.hashRandomization(), d.isolated(), d.devMode(), d.utf8Mode(), d.warnDefaultEncoding(), d.safePath(),
        d.intMaxStrDigits());
    Startup s = Startup.DEFAULT;
    Startup startup = new Startup(s.origArgv(), s.pathAfterFirst(), optimised, s.warnoptions(), s.xoptions(),
        s.unbuffered(), s.stdoutLineBuffered(), s.ioEncoding(), s.ioErrors());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Interpreter interp = new Interpreter(new Interpreter.Config(List.of("-c"), dir.toString(), "kaa",
        new ByteArrayInputStream(new byte[0]), out, new ByteArrayOutputStream(), startup));
    ProgramRunner.run(interp, (IMPORT + "print(mod.__cached__)\n").getBytes(StandardCharsets.UTF_8), "<string>", false);
    Path opt = dir.resolve("__pycache__/mod.kaa-312.opt-1.pyc");
    assertEquals("o 2\n" + opt + "\n", out.toString(StandardCharsets.UTF_8), "the assert is compiled away");
    assertTrue(Files.isRegularFile(opt));
    assertFalse(Files.exists(pyc()));
    assertTrue(run(IMPORT).err().endsWith("AssertionError: small\n"), "without -O the assert stays");
  }

  @Test void packagesAreCachedToo() throws IOException {
    Path pkg = Files.createDirectories(dir.resolve("pkg"));
    Files.writeString(pkg.resolve("__init__.py"), "from . import sub\n");
    Files.writeString(pkg.resolve("sub.py"), "X = 3\n");
    assertEquals(2, run("import pkg\nprint(pkg.sub.X)\n").compiled());
    Run again = run("import pkg\nprint(pkg.sub.X, pkg.__cached__.endswith('__init__.kaa-312.pyc'))\n");
    assertEquals("3 True\n", again.out(), again.err());
    assertEquals(0, again.compiled());
    assertTrue(Files.isRegularFile(pkg.resolve("__pycache__/sub.kaa-312.pyc")));
  }

  @Test void theMainScriptIsNotCached() throws IOException {
    Path script = dir.resolve("script.py");
    Files.writeString(script, "print('main')\n");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Interpreter interp = new Interpreter(new Interpreter.Config(List.of(script.toString()), dir.toString(), "kaa",
        new ByteArrayInputStream(new byte[0]), out, new ByteArrayOutputStream()));
    assertEquals(0, ProgramRunner.run(interp, Files.readAllBytes(script), script.toString(), true));
    assertFalse(Files.exists(dir.resolve("__pycache__")));
  }

  /** Two processes importing the same uncached module at the same moment both succeed; the file left is whole. */
  @Test void twoProcessesImportingAtOnce() throws Exception {
    StringBuilder big = new StringBuilder("VALUE = 'race'\n");
    for (int i = 0; i < 500; i++) big.append("def f").append(i).append("(x):\n    return x + ").append(i).append('\n');
    big.append("def f(x): return f499(x)\n");
    module(big.toString());
    for (int round = 0; round < 2; round++) {
      Files.deleteIfExists(pyc());
      List<Process> children = new ArrayList<>();
      for (int i = 0; i < 2; i++) children.add(child().start());
      for (Process p : children) {
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "child did not finish");
        assertEquals(0, p.exitValue(), err);
        assertEquals("race 501\n", out, err);
      }
      assertEquals(0, run(IMPORT).compiled(), "the file the racers left is whole and current");
    }
    try (var files = Files.list(pyc().getParent())) {
      assertEquals(List.of(pyc()), files.toList(), "no temporary files left behind");
    }
  }

  private ProcessBuilder child() {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return new ProcessBuilder(java, "-Xss64m", "-cp", System.getProperty("java.class.path"),
        ImportInChild.class.getName(), dir.toString(), IMPORT);
  }

  /** A separate process: imports from the directory given and prints what the program prints. */
  static final class ImportInChild {
    public static void main(String[] args) {
      Interpreter interp = new Interpreter(new Interpreter.Config(List.of("-c"), args[0], "kaa",
          new ByteArrayInputStream(new byte[0]), System.out, System.err));
      System.exit(ProgramRunner.run(interp, args[1].getBytes(StandardCharsets.UTF_8), "<string>", false));
    }
  }

  /** The code the importer would compile for a module source. */
  static final class MarshalCompile {
    static dev.kaa.bytecode.Code of(byte[] source) {
      return Compiler.compile(source, "mod.py", dev.kaa.parse.Mode.EXEC, true, dev.kaa.parse.Warnings.IGNORE, 0);
    }
  }

  private static String pyRepr(String s) { return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'"; }
}
