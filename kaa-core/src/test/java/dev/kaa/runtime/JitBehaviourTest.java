package dev.kaa.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kaa.jit.JitPolicy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The behaviour cases again with the JIT (docs/jit.md): every code object compiled at its first run
 * ({@code always}), and with thresholds of a few calls and loop iterations, so that loops of code already running
 * are handed to compiled code (on-stack replacement). Same expected output as {@link BehaviourTest}. The default run
 * takes every fifth case; {@code KAA_JIT_SWEEP=all} in the environment (or {@code -Dkaa.jit.sweep=all} in the test JVM)
 * takes all of them.
 */
class JitBehaviourTest {
  @TestFactory Stream<DynamicTest> always() throws IOException {
    return sweep(JitPolicy.Mode.ALWAYS, 1, 1);
  }

  @TestFactory Stream<DynamicTest> onStackReplacement() throws IOException {
    return sweep(JitPolicy.Mode.ON, 3, 3);
  }

  @AfterAll static void restore() {
    JitPolicy.configureFromProperties();
  }

  private static Stream<DynamicTest> sweep(JitPolicy.Mode mode, int calls, int loops) throws IOException {
    Set<String> known = new HashSet<>();
    for (String line : Files.readAllLines(BehaviourTest.KNOWN_FAILURES)) {
      if (!line.isBlank() && !line.startsWith("#")) known.add(line.strip());
    }
    List<Path> cases;
    try (Stream<Path> files = Files.walk(BehaviourTest.ROOT)) {
      cases = files.filter(p -> p.toString().endsWith(".py") && !BehaviourTest.isHelper(BehaviourTest.ROOT.relativize(p)))
          .sorted().toList();
    }
    // the environment too: Surefire's fork does not see a -D given to Maven when the pom sets the fork's options
    boolean all = "all".equals(System.getProperty("kaa.jit.sweep", System.getenv("KAA_JIT_SWEEP")));
    int[] n = {0};
    return cases.stream().filter(p -> all || n[0]++ % 5 == 0).map(p -> {
      String name = BehaviourTest.ROOT.relativize(p).toString();
      return DynamicTest.dynamicTest(name, () -> {
        JitPolicy.configure(mode, calls, loops);
        try {
          BehaviourTest.Outcome expected = BehaviourTest.expected(p);
          BehaviourTest.Outcome kaa = BehaviourTest.runKaa(p);
          Assumptions.assumeFalse(known.contains(name) && !expected.equals(kaa), "known failure");
          assertEquals(expected.stdout(), kaa.stdout(), "stdout of " + p);
          assertEquals(expected.stderr(), kaa.stderr(), "stderr of " + p);
          assertEquals(expected.status(), kaa.status(), "exit status of " + p);
        } finally {
          JitPolicy.configureFromProperties();
        }
      });
    });
  }
}
