package dev.kaa.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kaa.bytecode.PycFile;
import dev.kaa.testing.CPython;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kaa's own py_compile and compileall (resources kaa/lib over _kaa_pyc) compile ahead of time; the .pyc runs as
 * {@code kaa FILE.pyc}; their output is CPython's.
 */
class PyCompileTest {
  @TempDir Path dir;

  record Outcome(String out, String err, int status) {}

  /** The JVM cannot change directory: programs name their files under {@link #dir} absolutely, as D + name. */
  private String withDir(String program) {
    return "D = '" + dir + "/'\n" + program;
  }

  private Outcome kaa(String program) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
    Interpreter interp = new Interpreter(new Interpreter.Config(List.of("-c"), dir.toString(), "kaa",
        new ByteArrayInputStream(new byte[0]), out, err));
    int status = ProgramRunner.run(interp, program.getBytes(StandardCharsets.UTF_8), "<string>", false);
    return new Outcome(out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8), status);
  }

  private Outcome runFile(Path file) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
    Interpreter interp = new Interpreter(new Interpreter.Config(List.of(file.toString()), dir.toString(), "kaa",
        new ByteArrayInputStream(new byte[0]), out, err));
    int status = ProgramRunner.run(interp, Files.readAllBytes(file), file.toString(), true);
    return new Outcome(out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8), status);
  }

  private Outcome cpython(String program) throws Exception {
    Process p = new ProcessBuilder(CPython.find(), "-c", program).directory(dir.toFile()).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(60, TimeUnit.SECONDS));
    return new Outcome(out, err, p.exitValue());
  }

  @Test void pyCompileWritesAPycThatRuns() throws IOException {
    Files.writeString(dir.resolve("prog.py"), "import sys\nprint('compiled', [i * i for i in range(4)])\n");
    Outcome r = kaa(withDir("import py_compile\nprint(py_compile.compile(D + 'prog.py'))\n"));
    Path pyc = dir.resolve("__pycache__/prog.kaa-312.pyc");
    assertEquals(pyc + "\n", r.out(), r.err());
    assertTrue(PycFile.hasMagic(Files.readAllBytes(pyc)));
    assertEquals(new Outcome("compiled [0, 1, 4, 9]\n", "", 0), runFile(pyc));
    Outcome hashed = kaa(withDir("import py_compile\nprint(py_compile.compile(D + 'prog.py', cfile=D + 'h.pyc', "
        + "invalidation_mode=py_compile.PycInvalidationMode.UNCHECKED_HASH))\n"));
    assertEquals(dir.resolve("h.pyc") + "\n", hashed.out(), hashed.err());
    assertEquals(PycFile.Invalidation.UNCHECKED_HASH,
        PycFile.readHeader(Files.readAllBytes(dir.resolve("h.pyc"))).invalidation());
  }

  @Test void damagedOrForeignPycsAreRefusedAsCPythonRefusesThem() throws IOException {
    Files.writeString(dir.resolve("prog.py"), "print('x')\n");
    kaa(withDir("import py_compile\npy_compile.compile(D + 'prog.py', cfile=D + 'p.pyc')\n"));
    byte[] good = Files.readAllBytes(dir.resolve("p.pyc"));
    Files.write(dir.resolve("truncated.pyc"), java.util.Arrays.copyOf(good, good.length - 3));
    assertEquals(new Outcome("", "RuntimeError: Bad code object in .pyc file\n", 1),
        runFile(dir.resolve("truncated.pyc")));
    byte[] foreign = good.clone();
    foreign[0] ^= 0x55;
    Files.write(dir.resolve("foreign.pyc"), foreign);
    assertEquals(new Outcome("", "RuntimeError: Bad magic number in .pyc file\n", 1),
        runFile(dir.resolve("foreign.pyc")));
  }

  @Test void errorsAsCPythonReportsThem() throws Exception {
    Assumptions.assumeTrue(CPython.find() != null, "python3.12 not installed");
    Files.writeString(dir.resolve("bad.py"), "x = (\n");
    String program = """
        import py_compile
        print(py_compile.compile(D + 'bad.py'))
        try:
            py_compile.compile(D + 'bad.py', doraise=True)
        except py_compile.PyCompileError as e:
            print(type(e).__name__, e.exc_type_name, e.file == D + 'bad.py', repr(e.msg))
        try:
            py_compile.compile(D + 'missing.py')
        except OSError as e:
            print(type(e).__name__, e)
        """;
    assertEquals(cpython(withDir(program)), kaa(withDir(program)));
  }

  @Test void compileallAsCPython() throws Exception {
    Assumptions.assumeTrue(CPython.find() != null, "python3.12 not installed");
    Path tree = Files.createDirectories(dir.resolve("tree/sub"));
    Files.writeString(dir.resolve("tree/a.py"), "A = 1\n");
    Files.writeString(dir.resolve("tree/b.py"), "B = (\n");
    Files.writeString(dir.resolve("tree/notes.txt"), "not Python\n");
    Files.writeString(tree.resolve("c.py"), "C = 3\n");
    String program = """
        import compileall
        print(compileall.compile_dir(D + 'tree'))
        print(compileall.compile_dir(D + 'tree', quiet=1))
        print(compileall.compile_dir(D + 'tree', maxlevels=0, force=True))
        print(compileall.compile_file(D + 'tree/a.py', force=True))
        """;
    Outcome expected = cpython(withDir(program));
    // CPython's caches are removed so that both start from nothing; names of the cache files differ anyway
    deleteCaches(dir.resolve("tree"));
    assertEquals(expected, kaa(withDir(program)));
    assertTrue(Files.isRegularFile(tree.resolve("__pycache__/c.kaa-312.pyc")));
    assertEquals(0, kaa(withDir("import sys\nsys.path.insert(0, D + 'tree/sub')\nimport c\n")).status());
  }

  private static void deleteCaches(Path root) throws IOException {
    try (var files = Files.walk(root)) {
      for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
        if (p.toString().contains("__pycache__")) Files.delete(p);
      }
    }
  }
}
