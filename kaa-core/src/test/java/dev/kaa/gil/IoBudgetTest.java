package dev.kaa.gil;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** PRIORITY's budget, driven by hand: times in microseconds of a 5 ms switch interval. */
class IoBudgetTest {
  private static final long INTERVAL = 5_000_000;
  private final IoBudget budget = new IoBudget();
  private long now = 1_000_000_000;

  private void pass(long micros, boolean keptWaiting) {
    now += micros * 1000;
    budget.advance(now, keptWaiting, INTERVAL);
  }

  @Test void closesAfterAnIntervalOfCpuBoundThreadsKeptWaiting() {
    budget.advance(now, false, INTERVAL);
    pass(4_900, true);
    assertTrue(budget.open(), "4.9 ms kept waiting of a 5 ms interval");
    assertEquals(100_000, budget.nanosUntilClosed(INTERVAL));
    pass(100, true);
    assertFalse(budget.open());
    assertEquals(5_000_000, budget.nanosUntilOpen());
  }

  @Test void opensOnlyWhenRepaidInFull() {
    budget.advance(now, false, INTERVAL);
    pass(5_000, true);
    pass(4_990, false);
    assertFalse(budget.open(), "2.495 ms of the 2.5 ms debt repaid");
    pass(10, false);
    assertTrue(budget.open());
  }

  @Test void halfTheTimeMayGoToTheIoBoundThreads() {
    budget.advance(now, false, INTERVAL);
    for (int i = 0; i < 10_000; i++) {  // 30 µs of waiting for each 30 µs of running: never closes
      pass(30, true);
      pass(30, false);
    }
    assertTrue(budget.open());
    pass(31, true);
    pass(29, false);
    for (int i = 0; i < 5_000 && budget.open(); i++) {  // a little more than half: it closes within 5,000 rounds
      pass(31, true);
      pass(29, false);
    }
    assertFalse(budget.open());
  }

  @Test void idleTimeRepaysTheDebt() {
    budget.advance(now, false, INTERVAL);
    pass(6_000, true);
    assertFalse(budget.open());
    pass(1_000_000, false);
    assertTrue(budget.open());
    assertEquals(INTERVAL, budget.nanosUntilClosed(INTERVAL));
  }
}
