package dev.kaa.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.kaa.testing.CPython;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The {@code kaa} command against {@code python3.12} where they should behave alike (skipped without CPython). */
class MainTest {
  @TempDir Path dir;

  /** What a command printed and its exit status. */
  record Outcome(int status, String out, String err) {}

  @ParameterizedTest
  @ValueSource(strings = {
    "def f(:\n    pass\n",
    "x = (1,\n  2\ndef g():\n",
    "if x:\n  a\n    b\n",
    "if x:\n    a\n  b\n",
    "if x:\n\ta\n        b\n",
    "s = 'abc\n",
    "s = '''abc\n\n",
    "x = 1 +\n",
    "print 'hello'\n",
    "return 1\n",
    "def f():\n    yield 1\n    x = 1\n    nonlocal x\n",
    "éé = ((1, 2]\n",
    "  x = 1\n",
    "f(**x, *y)\n",
    "x = '\\d'\n1 +\n",
    "class C:\n    def f(self):\n        await x\n",
  })
  void syntaxErrorsAreReportedAsCPythonReportsThem(String program) throws IOException {
    assumeTrue(CPython.find() != null, "CPython 3.12 not found");
    Path file = dir.resolve("prog.py");
    Files.writeString(file, program);
    Outcome python = python(file.toString());
    Outcome kaa = kaa(file.toString());
    assertEquals(1, python.status, "the case must be a SyntaxError in CPython: " + python.err);
    assertEquals(python, kaa);
  }

  @Test
  void fileReadingErrorsAreReportedAsCPythonReportsThem() throws IOException {
    assumeTrue(CPython.find() != null, "CPython 3.12 not found");
    byte[][] files = {
      "x = 1\n\ny = 2 \0 + 3\n".getBytes(StandardCharsets.UTF_8),
      "def f(:\n\0\n".getBytes(StandardCharsets.UTF_8),
      {'x', ' ', '=', ' ', '"', (byte) 0xE9, '"', '\n'},
      "# coding: foo\nx = 1\n".getBytes(StandardCharsets.UTF_8),
      {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '#', ' ', 'c', 'o', 'd', 'i', 'n', 'g', ':', ' ', 'l', 'a', 't', 'i', 'n',
       '-', '1', '\n'},
    };
    for (byte[] content : files) {
      Path file = dir.resolve("enc.py");
      Files.write(file, content);
      assertEquals(python(file.toString()), kaa(file.toString()), new String(content, StandardCharsets.UTF_8));
    }
  }

  @Test
  void syntaxErrorInDashCIsReportedAsCPythonReportsIt() {
    assumeTrue(CPython.find() != null, "CPython 3.12 not found");
    for (String code : List.of("def f(:", "return 1", "x = (", "a b")) {
      assertEquals(python("-c", code), kaa("-c", code), code);
    }
  }

  @Test
  void validProgramRunsAsInCPython() throws IOException {
    Path file = dir.resolve("ok.py");
    Files.writeString(file, "import sys\ndef f(x):\n    return x + 1\nprint(f(1), sys.argv[1], sys.argv[2])\nsys.exit(4)\n");
    assertEquals(new Outcome(4, "2 a b\n", ""), kaa(file.toString(), "a", "b"));
    assertEquals(new Outcome(0, "-c x\n", ""), kaa("-c", "import sys; print(sys.argv[0], sys.argv[1])", "x"));
  }

  @Test
  void syntaxWarningsAreShownAsCPythonShowsThem() throws IOException {
    assumeTrue(CPython.find() != null, "CPython 3.12 not found");
    Path file = dir.resolve("warn.py");
    Files.writeString(file, "x = '\\d'\ny = 1 is 1\nz = '\\d'\n");
    assertEquals(python(file.toString()).err, kaa(file.toString()).err);
  }

  @Test
  void dumpAstPrintsWhatAstDumpPrints() throws IOException {
    assumeTrue(CPython.find() != null, "CPython 3.12 not found");
    Path file = dir.resolve("tree.py");
    Files.writeString(file, "import os\n@d\nasync def f(a, /, *b, c=1, **d) -> int:\n"
        + "    return [x async for x in y if x] or f'{a!r:>{w}}'\nmatch p:\n    case [1, *r] if r: pass\n");
    String script = "import ast,sys; print(ast.dump(ast.parse(open(sys.argv[1],'rb').read()), include_attributes=True))";
    Outcome expected = python("-c", script, file.toString());
    assertEquals(expected, kaa("--dump-ast", file.toString()));
  }

  @Test
  void dumpTokensPrintsWhatTokenizePrints() throws IOException {
    assumeTrue(CPython.find() != null, "CPython 3.12 not found");
    Path file = dir.resolve("toks.py");
    Files.writeString(file, "x = {'a': 1}  # c\nif x:\n\tpass\nf'{x!r}'\n");
    assertEquals(python("-m", "tokenize", "-e", file.toString()), kaa("--dump-tokens", file.toString()));
  }

  @Test
  void dumpSymtablePrintsTheScopes() throws IOException {
    Path file = dir.resolve("scopes.py");
    Files.writeString(file, "def f(a):\n    def g():\n        return a\n    return g\n");
    Outcome kaa = kaa("--dump-symtable", file.toString());
    assertEquals(0, kaa.status, kaa.err);
    assertTrue(kaa.out.contains("g"), kaa.out);
  }

  @Test
  void missingFileIsReportedLikeCPython() {
    assumeTrue(CPython.find() != null, "CPython 3.12 not found");
    String missing = dir.resolve("missing.py").toString();
    Outcome python = python(missing);
    Outcome kaa = kaa(missing);
    assertEquals(python.status, kaa.status);
    assertEquals(withoutProgramName(python.err), withoutProgramName(kaa.err));
  }

  @Test
  void deepNestingNeverShowsAJavaStackTrace() throws IOException {
    for (String program : List.of("(".repeat(100_000), "-".repeat(200_000) + "1\n", "x" + ".a".repeat(100_000) + "\n",
        "[".repeat(150) + "]".repeat(150) + "\n")) {
      Path file = dir.resolve("deep.py");
      Files.writeString(file, program);
      Outcome kaa = kaa(file.toString());
      assertFalse(kaa.err.contains("\tat "), kaa.err);
      assertFalse(kaa.err.contains("Exception"), kaa.err);
      assertTrue(kaa.status == 0 || kaa.status == 1, "status " + kaa.status);
    }
  }

  @Test
  void scriptPathIsMadeAbsoluteWithoutNormalising() {
    assertEquals(System.getProperty("user.dir") + "/./a/../b.py", Main.scriptPath("./a/../b.py"));
    assertEquals("/x/y.py", Main.scriptPath("/x/y.py"));
  }

  private static String withoutProgramName(String err) {
    return err.substring(err.indexOf(':'));
  }

  private static Outcome kaa(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = Main.run(args, out, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Outcome(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private static Outcome python(String... args) {
    List<String> command = new ArrayList<>(List.of(CPython.find()));
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command);
    pb.environment().put("PYTHONIOENCODING", "utf-8");
    ProcessRun.Result r = ProcessRun.run(pb, new byte[0], StandardCharsets.UTF_8);
    return new Outcome(r.status(), r.out(), r.err());
  }
}
