package dev.kaa.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import dev.kaa.interp.ThreadState;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Eight threads hammering shared built-in containers, under each GIL policy: the programs under
 * {@code free-threading/} print exact counts (and the errors the races provoked), which must be what python3.12
 * printed ({@code NAME.out}). Under {@code -X gil=off} the threads really run at once, so a lost update, a torn read
 * or a Java exception reaching Python would show. See docs/free-threading.md.
 */
class FreeThreadingStressTest {
  private static final Path ROOT = Path.of("src/test/resources/free-threading");
  private static final long TIMEOUT_SECONDS = 60;

  @ParameterizedTest(name = "{0} under -X gil={1}")
  @CsvSource({
      "shared_containers, cpython", "shared_containers, priority", "shared_containers, off",
      "mutation_races, cpython", "mutation_races, priority", "mutation_races, off",
      "shared_reads, cpython", "shared_reads, priority", "shared_reads, off"})
  void exactOutcome(String program, String policy) throws IOException {
    Path py = ROOT.resolve(program + ".py").toAbsolutePath();
    String expected = Files.readString(ROOT.resolve(program + ".out"));
    assertEquals(expected, run(py, policy), program + " under -X gil=" + policy);
  }

  /** Runs {@code py} in a fresh interpreter with {@code -X gil=policy}; its stdout, plus stderr when there is any. */
  private static String run(Path py, String policy) throws IOException {
    byte[] source = Files.readAllBytes(py);
    ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
    Startup startup = new Startup(null, List.of(), SysFlags.DEFAULT, List.of(), Map.of("gil", policy), false, false,
        null, null);
    int limit = ThreadState.recursionLimit();
    Thread t = new Thread(null, () -> {
      Interpreter interp = new Interpreter(new Interpreter.Config(List.of(py.getFileName().toString()),
          py.getParent().toString(), "kaa", new ByteArrayInputStream(new byte[0]), out, err, startup));
      ProgramRunner.run(interp, source, py.toString(), true);
    }, "stress", 512L << 20);
    t.start();
    try {
      t.join(TimeUnit.SECONDS.toMillis(TIMEOUT_SECONDS));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      ThreadState.setRecursionLimit(limit);
    }
    if (t.isAlive()) fail(py + " under -X gil=" + policy + " did not finish in " + TIMEOUT_SECONDS + " s");
    return out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8);
  }
}
