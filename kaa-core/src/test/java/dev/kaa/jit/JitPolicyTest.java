package dev.kaa.jit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Code made while an interpreter starts gets a larger budget; {@code always} still compiles everything at once. */
class JitPolicyTest {
  @AfterEach void restore() { JitPolicy.configureFromProperties(); }

  @Test void startUpCodeHasTheLargerBudget() {
    JitPolicy.configure(JitPolicy.Mode.ON, 10, 1000);
    int[] during = new int[2];
    JitPolicy.whileStarting(() -> {
      during[0] = JitPolicy.budget();
      JitPolicy.whileStarting(() -> during[1] = JitPolicy.budget());
    });
    assertEquals(1000 * JitPolicy.STARTUP_FACTOR, during[0]);
    assertEquals(during[0], during[1]);
    assertEquals(1000, JitPolicy.budget());
  }

  @Test void alwaysCompilesStartUpCodeToo() {
    JitPolicy.configure(JitPolicy.Mode.ALWAYS, 1, 1);
    int[] during = new int[1];
    JitPolicy.whileStarting(() -> during[0] = JitPolicy.budget());
    assertEquals(0, during[0]);
  }
}
