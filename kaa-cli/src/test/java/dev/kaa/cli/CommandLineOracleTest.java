package dev.kaa.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.kaa.testing.CPython;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every option of {@code python3.12 -h} and the environment variables CPython reads, run by Kaa and by python3.12 on
 * the same command line in the same environment, comparing stdout, stderr and the exit status. Kaa runs in this JVM
 * ({@link Main#run}: no JVM start per case); {@link LaunchedCommandTest} runs the real {@code kaa} command for what
 * only a process shows. The program name in messages is each interpreter's own, so both are replaced by PROG.
 */
class CommandLineOracleTest {
  @TempDir static Path dir;

  /** What a command printed and its exit status. */
  record Outcome(int status, String out, String err) {}

  /**
   * Prints what the options set: sys.flags and the rest of sys the command line fills; sys.path without the
   * installation's entries and Kaa's own library (where CPython has its python312.zip).
   */
  private static final String SHOW = "import sys; print(sys.flags); print(sys.argv, sys.orig_argv[1:], sys._xoptions,"
      + " sys.warnoptions, [p for p in sys.path if not p.startswith(sys.base_prefix) and '/kaa/lib' not in p], sys.dont_write_bytecode,"
      + " __debug__, sys.stdout.encoding, sys.stdout.errors, sys.stdout.write_through, sys.get_int_max_str_digits())\n"
      + "def f():\n    'doc'\n    assert False, 'asserts run'\nprint(f.__doc__)\ntry:\n    f()\nexcept AssertionError as e:\n"
      + "    print(e)\n";

  @BeforeAll
  static void programs() throws IOException {
    Files.writeString(dir.resolve("mod.py"), "import sys\nprint(__name__, sys.argv, sys.path[0], repr(__package__),"
        + " __file__)\n");
    Files.createDirectories(dir.resolve("pkg"));
    Files.writeString(dir.resolve("pkg/__init__.py"), "print('pkg imported')\n");
    Files.writeString(dir.resolve("pkg/__main__.py"), "import sys\nprint(__name__, sys.argv, __package__)\n");
    Files.createDirectories(dir.resolve("plain"));
    Files.writeString(dir.resolve("plain/__init__.py"), "");
    Files.writeString(dir.resolve("small.py"), "x = 1\n");
    Files.writeString(dir.resolve("warn.py"), "x = '\\d'\ny = 1 is 1\nz = '\\d'\n");
    Files.writeString(dir.resolve("skip.py"), "this line is not Python\nimport sys\nprint(sys._getframe().f_lineno)\n");
  }

  @Test
  void usageErrorsAreCPythons() {
    for (String[] args : new String[][] {{"-z"}, {"-c"}, {"-X"}, {"-W"}, {"-m"}, {"--foo"}, {"-J"}, {"-uz"},
        {"--check-hash-based-pycs", "sometimes", "-c", "pass"}, {"-V", "-z"}}) {
      same(Map.of(), "", args);
    }
  }

  @Test
  void helpIsCPythons() {
    Outcome python = python(Map.of(), "", "-h");
    Outcome kaa = kaa(Map.of(), "", "-h");
    assertEquals(python.status, kaa.status);
    String expected = normal(python.out);
    assertEquals(expected, normal(kaa.out).substring(0, Math.min(expected.length(), normal(kaa.out).length())));
    assertEquals(0, kaa(Map.of(), "", "-?", "-z").status, "-h ends the command line at once, as in CPython");
  }

  @Test
  void versionNamesThePythonVersionAndKaas() {
    String python = python(Map.of(), "", "-V").out;
    assertEquals(python.strip() + " (Kaa " + Main.KAA_VERSION + ")\n", kaa(Map.of(), "", "--version").out);
    assertEquals("Python 3.12.", kaa(Map.of(), "", "-VV").out.substring(0, 12));
  }

  @Test
  void eachOptionSetsWhatCPythonSets() {
    same(Map.of(), "", "-c", SHOW, "a", "-b");
    same(Map.of(), "", "-bb", "-B", "-d", "-E", "-I", "-O", "-O", "-P", "-q", "-s", "-S", "-u", "-R", "-W", "error",
        "-X", "dev", "-X", "utf8", "-X", "foo=bar", "-c", SHOW);
    same(Map.of(), "", "-uBOOc" + SHOW, "--", "-x");
    same(Map.of(), "", "-Wd", "-Werror::DeprecationWarning", "-Xa", "-Xb=1", "-X", "c=2=3", "-X", "utf8=0",
        "-X", "int_max_str_digits=0", "-X", "warn_default_encoding", "-b", "-c", SHOW);
    same(Map.of(), "", "-X", "dev=0", "-X", "int_max_str_digits=999", "--check-hash-based-pycs", "always",
        "-c", SHOW);
  }

  @Test
  void environmentVariablesAreReadUnlessIgnored() {
    Map<String, String> env = new HashMap<>(Map.ofEntries(Map.entry("PYTHONDONTWRITEBYTECODE", "1"),
        Map.entry("PYTHONUNBUFFERED", "x"), Map.entry("PYTHONSAFEPATH", "1"),
        Map.entry("PYTHONWARNINGS", "ignore,,default::DeprecationWarning"), Map.entry("PYTHONOPTIMIZE", "2"),
        Map.entry("PYTHONNOUSERSITE", "1"), Map.entry("PYTHONDEBUG", "3"), Map.entry("PYTHONDEVMODE", "1"),
        Map.entry("PYTHONUTF8", "1"), Map.entry("PYTHONHASHSEED", "0"), Map.entry("PYTHONINTMAXSTRDIGITS", "1000"),
        Map.entry("PYTHONWARNDEFAULTENCODING", "1"),
        Map.entry("PYTHONPATH", dir + "/a::" + dir + "/b/../c:" + dir + "/a"),
        Map.entry("PYTHONIOENCODING", "latin-1:replace")));
    same(env, "", "-c", SHOW);
    same(env, "", "-O", "-c", SHOW);
    same(env, "", "-S", "-c", SHOW);
    same(env, "", "-E", "-c", SHOW);
    same(env, "", "-I", "-c", SHOW);
    env.put("PYTHONOPTIMIZE", "text");
    env.put("PYTHONDEBUG", "");
    same(env, "", "-c", SHOW);
  }

  @Test
  void streamsEncodeAsPythonIoEncodingSays() {
    String print = "import sys; print('\\u00e9\\u20ac'); sys.stderr.write('\\u20ac\\n'); print(sys.stdin.encoding)";
    for (String setting : List.of("latin-1", "latin-1:replace", "ascii:ignore", "utf-8:surrogateescape", ":replace",
        "UTF8")) {
      same(Map.of("PYTHONIOENCODING", setting), "", "-c", print);
    }
  }

  @Test
  void valuesCPythonRefusesAtStartUpAreFatal() {
    same(Map.of(), "", "-X", "utf8=2", "-c", "pass");
    same(Map.of(), "", "-X", "int_max_str_digits=5", "-c", "pass");
    same(Map.of("PYTHONINTMAXSTRDIGITS", "x"), "", "-c", "pass");
    same(Map.of("PYTHONUTF8", "2"), "", "-c", "pass");
  }

  @Test
  void exitStatusIsCPythons() {
    same(Map.of(), "", "-c", "raise SystemExit(3)");
    same(Map.of(), "", "-c", "raise SystemExit('bye')");
    same(Map.of(), "", "-c", "import sys; sys.exit()");
    same(Map.of(), "", "-c", "1/0");
    same(Map.of(), "", "-c", "raise KeyboardInterrupt");
    same(Map.of(), "", "--", "-c");
  }

  @Test
  void dashMRunsModulesAndPackagesAsRunpyDoes() {
    same(Map.of(), "", "-m", "mod", "a", "b");
    same(Map.of(), "", "-mpkg", "x");
    same(Map.of(), "", "-m", "plain");
    same(Map.of(), "", "-m", "nosuch");
    same(Map.of(), "", "-m", "pkg.nosuch");
    same(Map.of(), "", "-m", "mod.x");
    same(Map.of(), "", "-P", "-m", "nosuch");
    // Kaa's own dis module (kaa/lib), on a program whose instructions have no inline caches (Kaa has none)
    same(Map.of(), "", "-m", "dis", dir.resolve("small.py").toString());
    same(Map.of(), "", dir.resolve("pkg").toString(), "a");
    same(Map.of(), "", dir + "/./pkg/");
    same(Map.of(), "", dir.resolve("plain").toString());
  }

  @Test
  void standardInputIsTheProgramWhenItIsNoTerminal() {
    String program = "import sys; print(sys.argv, repr(sys.path[0]), __file__)\nprint(1/0)\n";
    same(Map.of(), program);
    same(Map.of(), program, "-", "a", "b");
    same(Map.of(), "x = (\n");
    same(Map.of(), "def f(:\n    pass\n");
  }

  @Test
  void dashIRunsTheReplAfterTheProgram() {
    String lines = "x = 6 * 7\nx\n_ + 1\ndef f(n):\n    return n * 2\n\nf(x)\n1/0\nprint('still here')\nimport sys\n"
        + "sys.ps1 = 'py> '\nif True:\n  y = (\n  1)\n\ny\n";
    same(Map.of(), lines, "-i", "-q");
    same(Map.of(), "x\n", "-i", "-c", "x = 5");
    same(Map.of(), "print('after')\n", "-i", "-c", "raise SystemExit(3)");
    same(Map.of(), "import sys\nsys.exit(4)\nprint('not reached')\n", "-q", "-i");
    same(Map.of(), "a b\nprint(1)\n", "-qi");
    same(Map.of("PYTHONINSPECT", "1"), "x\n", "-c", "x = 9");
    Path startup = dir.resolve("startup.py");
    writeQuietly(startup, "greeting = 'hello from PYTHONSTARTUP'\n");
    same(Map.of("PYTHONSTARTUP", startup.toString()), "greeting\nexit\nquit(7)\n", "-qi");
    same(Map.of("PYTHONSTARTUP", startup.toString()), "greeting\n", "-qiE");
    same(Map.of(), "exit()\n", "-qiS");
  }

  private static void writeQuietly(Path file, String text) {
    try {
      Files.writeString(file, text);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void warningFiltersApplyToTheCompilersWarnings() {
    String warn = dir.resolve("warn.py").toString();
    for (String filter : List.of("error", "ignore", "always", "error::SyntaxWarning", "ignore:invalid", "error:is",
        "e", "x", "error::Foo", "error::ValueError", "error:::12:x:y", "error:::x", "error::Warning:" + dir + "/warn",
        "error::DeprecationWarning", "error::builtins.SyntaxWarning")) {
      same(Map.of(), "", "-W", filter, warn);
    }
    same(Map.of("PYTHONWARNINGS", "ignore::SyntaxWarning,x"), "", warn);
    same(Map.of("PYTHONWARNINGS", "ignore"), "", "-W", "error", warn);
    same(Map.of(), "", "-W", "error", "-c", "x = '\\d'");
  }

  @Test
  void dashXSkipsTheFirstLineKeepingLineNumbers() {
    same(Map.of(), "", "-x", dir.resolve("skip.py").toString());
  }

  private static void same(Map<String, String> env, String stdin, String... args) {
    assumeTrue(CPython.find() != null, "CPython 3.12 not found");
    Outcome python = python(env, stdin, args);
    Outcome kaa = kaa(env, stdin, args);
    String what = String.join(" ", args) + " with " + env;
    assertEquals(new Outcome(python.status, normal(python.out), normal(python.err)),
        new Outcome(kaa.status, normal(kaa.out), normal(kaa.err)), what);
  }

  /** Both programs' names as PROG, and CPython's "Try `python -h'" as Kaa's. */
  private static String normal(String text) {
    return text.replace(CPython.find(), "PROG").replace("Try `python -h'", "Try `kaa -h'")
        .replaceAll("(?m)^kaa(?=: )", "PROG").replace("usage: kaa ", "usage: PROG ");
  }

  private static Outcome kaa(Map<String, String> env, String stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    String cwd = System.getProperty("user.dir");
    System.setProperty("user.dir", dir.toString());
    try {
      Map<String, String> environment = new HashMap<>(System.getenv());
      environment.keySet().removeIf(k -> k.startsWith("PYTHON"));
      environment.putAll(env);
      int status = Main.run(List.of(args), environment, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), out,
          new PrintStream(err, true, StandardCharsets.UTF_8));
      return new Outcome(status, out.toString(StandardCharsets.ISO_8859_1), err.toString(StandardCharsets.ISO_8859_1));
    } finally {
      System.setProperty("user.dir", cwd);
    }
  }

  private static Outcome python(Map<String, String> env, String stdin, String... args) {
    List<String> command = new ArrayList<>(List.of(CPython.find()));
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
    pb.environment().keySet().removeIf(k -> k.startsWith("PYTHON"));
    pb.environment().putAll(env);
    ProcessRun.Result r = ProcessRun.run(pb, stdin.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    return new Outcome(r.status(), r.out(), r.err());
  }
}
