package dev.kaa.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import dev.kaa.interp.ThreadState;
import dev.kaa.testing.CPython;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Kaa's behaviour tests: every {@code behaviour/**}{@code /NAME.py} under the test resources (but modules for cases to
 * import, whose file or directory name starts with an underscore) runs in-process in a fresh
 * {@link Interpreter}, and its stdout must equal {@code NAME.out}; its stderr must equal {@code NAME.err} (empty when
 * there is none) and its exit status {@code NAME.code} (0 when there is none). {@code NAME.in}, when present, is its
 * stdin. When CPython 3.12 is installed, each case also checks that python3.12 gives exactly the expected files, so
 * they cannot drift from the oracle. The format is described in behaviour/README.md.
 */
class BehaviourTest {
  static final Path ROOT = Path.of("src/test/resources/behaviour");
  private static final long STACK_BYTES = 512L << 20;
  private static final long TIMEOUT_SECONDS = 20;

  /** What a program did: its output streams (paths under the case's directory shown relative) and exit status. */
  record Outcome(String stdout, String stderr, int status) {}

  /**
   * Cases that fail until another area's work lands, one relative path a line ({@code #} comments): a failure of one
   * of them is reported as skipped, not failed. Remove a line when its case passes.
   */
  static final Path KNOWN_FAILURES = ROOT.resolve("known-failures.txt");

  @TestFactory Stream<DynamicTest> behaviour() throws IOException {
    java.util.Set<String> known = new java.util.HashSet<>();
    if (Files.isRegularFile(KNOWN_FAILURES)) {
      for (String line : Files.readAllLines(KNOWN_FAILURES)) {
        if (!line.isBlank() && !line.startsWith("#")) known.add(line.strip());
      }
    }
    List<Path> cases;
    try (Stream<Path> files = Files.walk(ROOT)) {
      cases = files.filter(p -> p.toString().endsWith(".py") && !isHelper(ROOT.relativize(p))).sorted().toList();
    }
    return cases.stream().map(p -> {
      String name = ROOT.relativize(p).toString();
      return DynamicTest.dynamicTest(name, () -> {
        try {
          check(p);
        } catch (AssertionError e) {
          Assumptions.assumeFalse(known.contains(name), "known failure: " + e.getMessage());
          throw e;
        }
      });
    });
  }

  /** Modules that cases import: a file or directory whose name starts with an underscore is not a case. */
  static boolean isHelper(Path relative) {
    for (Path part : relative) if (part.toString().startsWith("_")) return true;
    return false;
  }

  private static void check(Path py) {
    Outcome expected = expected(py);
    Outcome kaa = runKaa(py);
    assertEquals(expected.stdout(), kaa.stdout(), "stdout of " + py);
    assertEquals(expected.stderr(), kaa.stderr(), "stderr of " + py);
    assertEquals(expected.status(), kaa.status(), "exit status of " + py);
    // -Dkaa.behaviour.oracle=false (the merge queue) leaves the check of the expected files to CI
    if (CPython.find() != null && !"false".equals(System.getProperty("kaa.behaviour.oracle"))) {
      Outcome oracle = runCPython(py);
      assertEquals(expected, oracle, "the expected files of " + py + " differ from what python3.12 does: "
          + "regenerate them with scripts/behaviour-new");
    }
  }

  static Outcome expected(Path py) {
    String out = read(sibling(py, ".out"));
    String err = read(sibling(py, ".err"));
    String code = read(sibling(py, ".code"));
    if (out == null) fail(py + " has no .out file: make it with scripts/behaviour-new");
    return new Outcome(out, err == null ? "" : err, code == null ? 0 : Integer.parseInt(code.strip()));
  }

  static Path sibling(Path py, String extension) {
    String name = py.getFileName().toString();
    return py.resolveSibling(name.substring(0, name.length() - 3) + extension);
  }

  private static String read(Path p) {
    try {
      return Files.isRegularFile(p) ? Files.readString(p, StandardCharsets.UTF_8) : null;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] stdin(Path py) {
    String in = read(sibling(py, ".in"));
    return in == null ? new byte[0] : in.getBytes(StandardCharsets.UTF_8);
  }

  /** Runs {@code py} in a fresh interpreter on a thread with a deep stack, as the kaa command does. */
  static Outcome runKaa(Path py) {
    Path abs = py.toAbsolutePath();
    ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
    int[] status = {-1};
    int limit = ThreadState.recursionLimit();
    Thread t = new Thread(null, () -> {
      try {
        byte[] source = Files.readAllBytes(abs);
        Interpreter interp = new Interpreter(new Interpreter.Config(List.of(py.getFileName().toString()),
            abs.getParent().toString(), "kaa", new ByteArrayInputStream(stdin(py)), out, err));
        status[0] = ProgramRunner.run(interp, source, abs.toString(), true);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }, "behaviour", STACK_BYTES);
    t.start();
    try {
      t.join(TimeUnit.SECONDS.toMillis(TIMEOUT_SECONDS));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      ThreadState.setRecursionLimit(limit);  // shared by all threads: a test's setrecursionlimit must not leak
    }
    if (t.isAlive()) fail(py + " did not finish in " + TIMEOUT_SECONDS + " s");
    return new Outcome(relative(out.toString(StandardCharsets.UTF_8), abs),
        relative(err.toString(StandardCharsets.UTF_8), abs), status[0]);
  }

  /** Runs {@code py} under python3.12 in its directory, as scripts/behaviour-new does. */
  static Outcome runCPython(Path py) {
    Path abs = py.toAbsolutePath();
    try {
      ProcessBuilder pb = new ProcessBuilder(CPython.find(), "-X", "utf8", abs.getFileName().toString())
          .directory(abs.getParent().toFile());
      pb.environment().put("PYTHONIOENCODING", "utf-8");
      pb.environment().put("PYTHONDONTWRITEBYTECODE", "1");  // no __pycache__ among the test resources
      Process p = pb.start();
      p.getOutputStream().write(stdin(py));
      p.getOutputStream().close();
      ByteArrayOutputStream err = new ByteArrayOutputStream();
      Thread errReader = new Thread(() -> {
        try {
          p.getErrorStream().transferTo(err);
        } catch (IOException ignored) {
          // the process ended
        }
      });
      errReader.start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        fail("python3.12 " + py + " did not finish");
      }
      errReader.join();
      return new Outcome(relative(out, abs), relative(err.toString(StandardCharsets.UTF_8), abs), p.exitValue());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /**
   * Tracebacks (and dis's code_info) name files by absolute path: shown relative to the case's directory, so expected
   * files are portable.
   */
  static String relative(String output, Path abs) {
    return output.replace(abs.getParent().toString() + "/", "");
  }
}
