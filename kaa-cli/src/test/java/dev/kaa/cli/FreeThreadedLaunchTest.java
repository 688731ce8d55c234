package dev.kaa.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The launcher's test of whether a run is free-threaded ({@code kaa_free_threaded} in scripts/env.sh), which decides
 * the JVM's conditional card marking (docs/free-threading.md): the options before the program, and PYTHON_GIL.
 */
class FreeThreadedLaunchTest {
  private static final Path ENV_SH = Path.of("..", "scripts", "env.sh").toAbsolutePath().normalize();

  @Test
  void theGilOptionBeforeTheProgramMakesTheRunFreeThreaded() {
    assertEquals(true, freeThreaded(null, "-X", "gil=off", "prog.py"));
    assertEquals(true, freeThreaded(null, "-X", "gil=0", "-c", "pass"));
    assertEquals(true, freeThreaded(null, "-Xgil=off", "-m", "mod"));
    assertEquals(true, freeThreaded(null, "-u", "-W", "ignore", "-X", "gil=off", "prog.py"));
  }

  @Test
  void otherPoliciesAndTheProgramsOwnArgumentsDoNot() {
    assertEquals(false, freeThreaded(null, "-X", "gil=cpython", "prog.py"));
    assertEquals(false, freeThreaded(null, "-X", "gilstats", "prog.py"));
    assertEquals(false, freeThreaded(null, "prog.py", "-X", "gil=off"));
    assertEquals(false, freeThreaded(null, "-c", "pass", "-X", "gil=off"));
    assertEquals(false, freeThreaded(null, "-W", "-X", "prog.py"));
    assertEquals(false, freeThreaded(null));
  }

  @Test
  void pythonGilZeroInTheEnvironmentDoes() {
    assertEquals(true, freeThreaded("0", "prog.py"));
    assertEquals(false, freeThreaded("1", "prog.py"));
  }

  /** Whether {@code kaa_free_threaded} answers yes for these arguments, with PYTHON_GIL set to {@code gil} or unset. */
  private static boolean freeThreaded(String gil, String... args) {
    assumeTrue(Files.isRegularFile(ENV_SH) && new File("/bin/bash").canExecute(), "no scripts/env.sh or bash");
    List<String> command = new ArrayList<>(List.of("/bin/bash", "-c",
        "source \"$0\" && if kaa_free_threaded \"$@\"; then echo yes; else echo no; fi", ENV_SH.toString()));
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command);
    pb.environment().remove("PYTHON_GIL");
    if (gil != null) pb.environment().put("PYTHON_GIL", gil);
    ProcessRun.Result r = ProcessRun.run(pb, new byte[0], StandardCharsets.UTF_8);
    assertEquals(0, r.status(), r.err());
    return switch (r.out().strip()) {
      case "yes" -> true;
      case "no" -> false;
      default -> throw new AssertionError("kaa_free_threaded printed " + r.out() + r.err());
    };
  }
}
