package dev.kaa.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kaa on a machine without CPython's standard library (issue 5): programs that import nothing run and print nothing
 * extra; an import that needs the library fails with ModuleNotFoundError and one more line saying where Kaa looked.
 * Simulated by a process whose environment hides every place Kaa searches.
 */
class NoStdlibTest {
  @TempDir static Path home;

  @BeforeAll static void onlyWhereTheSystemHasNoPython312() {
    for (String dir : List.of("/usr/bin/python3.12", "/bin/python3.12", "/usr/lib/python3.12", "/usr/local/lib/python3.12")) {
      assumeFalse(Files.exists(Path.of(dir)), dir + " exists: this machine cannot hide its standard library");
    }
  }

  @Test void programsThatImportNothingRunQuietly() {
    ProcessRun.Result r = kaa("-c", "import sys, marshal; print(sys._stdlib_dir, len(sys.path))");
    assertEquals(new ProcessRun.Result(0, "None 2\n", ""), r);
  }

  @Test void anImportNeedingTheLibrarySaysWhereKaaLooked() {
    ProcessRun.Result r = kaa("-c", "import os");
    assertEquals(1, r.status());
    String[] lines = r.err().split("\n");
    assertEquals("ModuleNotFoundError: No module named 'os'", lines[lines.length - 2]);
    String last = lines[lines.length - 1];
    assertTrue(last.startsWith("(Kaa found no CPython 3.12 standard library; tried: python3.12 on PATH (none), "), last);
    assertTrue(last.contains(home.resolve("none").toString()) && last.endsWith("; set KAA_STDLIB to its directory)"),
        last);
  }

  private static ProcessRun.Result kaa(String... args) {
    List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
        "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
        "-Dkaa.executable=kaa", Main.class.getName()));
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command);
    Map<String, String> env = pb.environment();
    env.clear();
    env.put("PATH", "/usr/bin:/bin");
    env.put("HOME", home.toString());
    env.put("XDG_CACHE_HOME", home.resolve("cache").toString());
    env.put("PYENV_ROOT", home.resolve("none").toString());
    return ProcessRun.run(pb, new byte[0], StandardCharsets.UTF_8);
  }
}
