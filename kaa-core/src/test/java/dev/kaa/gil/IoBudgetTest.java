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

  @Test void closesAfterCpuBoundThreadsWereKeptWaitingFiveSixthsOfAnInterval() {
    // the debt grows by three fifths of the time they are kept waiting: half an interval (2.5 ms) after 4.17 ms
    budget.advance(now, false, INTERVAL);
    pass(4_100, true);
    assertTrue(budget.open(), "4.1 ms kept waiting");
    assertEquals(66_666, budget.nanosUntilClosed(INTERVAL));
    pass(67, true);
    assertFalse(budget.open());
    assertEquals(6_250_500, budget.nanosUntilOpen());
  }

  @Test void opensOnlyWhenRepaidInFull() {
    budget.advance(now, false, INTERVAL);
    pass(4_170, true);
    assertFalse(budget.open());
    pass(6_250, false);
    assertFalse(budget.open(), "the debt repaid but for 2 us");
    pass(5, false);
    assertTrue(budget.open());
  }

  @Test void twoFifthsOfTheTimeMayGoToTheIoBoundThreads() {
    budget.advance(now, false, INTERVAL);
    for (int i = 0; i < 10_000; i++) {  // 20 µs of waiting for each 30 µs of running: never closes
      pass(20, true);
      pass(30, false);
    }
    assertTrue(budget.open());
    for (int i = 0; i < 5_000 && budget.open(); i++) {  // half of the time (the old budget's share) closes it
      pass(25, true);
      pass(25, false);
    }
    assertFalse(budget.open(), "half of the time is more than the I/O-bound threads' due");
  }

  @Test void idleTimeRepaysTheDebt() {
    budget.advance(now, false, INTERVAL);
    pass(6_000, true);
    assertFalse(budget.open());
    pass(1_000_000, false);
    assertTrue(budget.open());
    assertEquals(INTERVAL * 5 / 6, budget.nanosUntilClosed(INTERVAL), 1);  // a fresh stretch: 4.17 ms
  }
}
