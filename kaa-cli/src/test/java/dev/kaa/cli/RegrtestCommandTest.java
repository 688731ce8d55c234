package dev.kaa.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.kaa.testing.CPython;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kaa -m test}: CPython's regression-test runner, from the installed {@code test} package, runs a test module
 * under Kaa as under python3.12: the same summary (timings and the random seed aside) and the same exit status, for a
 * module that passes and one that fails.
 */
class RegrtestCommandTest {
  /** The lines of regrtest's report that do not depend on timing. */
  private static final Pattern SUMMARY = Pattern.compile(
      "== Tests result: .*|\\d+ tests? (OK|failed):?|    test_\\w+|Total tests: .*|Total test files: .*|Result: .*"
          + "|test_\\w+ failed.*|FAIL: .*|AssertionError: .*");

  @TempDir Path dir;

  @Test
  void aPassingModule() throws IOException {
    Files.writeString(dir.resolve("test_passes.py"), """
        import unittest
        class Passes(unittest.TestCase):
            def test_sum(self):
                self.assertEqual(sum([1, 2, 3]), 6)
            def test_skipped(self):
                self.skipTest("not today")
        """);
    same("-m", "test", "--testdir", dir.toString(), "test_passes");
  }

  @Test
  void aFailingModuleShowsItsFailureAndExitsWithTwo() throws IOException {
    Files.writeString(dir.resolve("test_fails.py"), """
        import unittest
        class Fails(unittest.TestCase):
            def test_wrong(self):
                self.assertEqual(1 + 1, 3)
            def test_right(self):
                self.assertTrue(True)
        """);
    same("-m", "test", "--testdir", dir.toString(), "-v", "test_fails");
  }

  @Test
  void aModuleOfTheInstalledTestPackage() {
    same("-m", "test", "test_augassign");
  }

  private void same(String... args) {
    assumeTrue(CPython.find() != null, "CPython 3.12 not found");
    assertEquals(summary(python(args)), summary(kaa(args)), String.join(" ", args));
  }

  /** The exit status, then the summary lines of what the command printed (stdout and stderr together). */
  private String summary(ProcessBuilder pb) {
    pb.directory(dir.toFile()).redirectErrorStream(true);
    ProcessRun.Result r = ProcessRun.run(pb, new byte[0], StandardCharsets.UTF_8);
    StringBuilder kept = new StringBuilder("status " + r.status() + "\n");
    for (String line : r.out().split("\n")) if (SUMMARY.matcher(line).matches()) kept.append(line).append('\n');
    return kept.toString();
  }

  private static ProcessBuilder python(String... args) {
    List<String> command = new ArrayList<>(List.of(CPython.find()));
    command.addAll(List.of(args));
    return withoutPythonVariables(new ProcessBuilder(command));
  }

  /**
   * Kaa's JVM as the launcher starts it: this test's class path holds Kaa's classes; {@code sys.executable} is an
   * absolute path, as the launcher's, since regrtest changes directory before {@code platform} reads it.
   */
  private static ProcessBuilder kaa(String... args) {
    List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
        "-Xss512m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
        "-Dkaa.executable=" + Path.of("..", "kaa").toAbsolutePath().normalize(), Main.class.getName()));
    command.addAll(List.of(args));
    return withoutPythonVariables(new ProcessBuilder(command));
  }

  private static ProcessBuilder withoutPythonVariables(ProcessBuilder pb) {
    pb.environment().keySet().removeIf(k -> k.startsWith("PYTHON"));
    return pb;
  }
}
