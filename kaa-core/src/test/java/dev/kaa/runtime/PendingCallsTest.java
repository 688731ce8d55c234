package dev.kaa.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Two programs running at once in one JVM (an embedding; the tests' own JVM) each get the signals they send
 * themselves: a pending call belongs to its interpreter, and the other's thread, checking its eval breaker all the
 * while, neither runs nor drops it.
 */
class PendingCallsTest {
  /** A program that checks its eval breaker at every loop jump for a while, with signal handlers of its own. */
  private static final String BUSY = """
      import signal, time
      signal.signal(signal.SIGUSR1, lambda s, f: print('the busy program got SIGUSR1'))
      signal.signal(signal.SIGALRM, lambda s, f: print('the busy program got SIGALRM'))
      end = time.monotonic() + 1.5
      while time.monotonic() < end:
          pass
      print('busy done')
      """;

  /** Raises SIGUSR1 at itself 200 times (each handled before raise_signal returns), and takes 10 timer signals. */
  private static final String SENDER = """
      import signal, time
      got = []
      signal.signal(signal.SIGUSR1, lambda s, f: got.append(s))
      for _ in range(200):
          signal.raise_signal(signal.SIGUSR1)
      print('raised', len(got))
      alarms = []
      signal.signal(signal.SIGALRM, lambda s, f: alarms.append(s))
      for i in range(10):
          signal.setitimer(signal.ITIMER_REAL, 0.005)
          end = time.monotonic() + 2
          while len(alarms) <= i and time.monotonic() < end:
              pass
      print('alarms', len(alarms))
      """;

  @Test void eachProgramHandlesTheSignalsItSendsItself() throws InterruptedException {
    ByteArrayOutputStream busyOut = new ByteArrayOutputStream(), senderOut = new ByteArrayOutputStream();
    ByteArrayOutputStream errors = new ByteArrayOutputStream();
    Thread busy = program(BUSY, busyOut, errors);
    Thread.sleep(300);  // the busy program is in its loop
    Thread sender = program(SENDER, senderOut, errors);
    sender.join(30_000);
    busy.join(30_000);
    assertEquals("", errors.toString(StandardCharsets.UTF_8));
    assertEquals("raised 200\nalarms 10\n", senderOut.toString(StandardCharsets.UTF_8));
    assertEquals("busy done\n", busyOut.toString(StandardCharsets.UTF_8));
  }

  /**
   * Two signals waiting at once run one after the other, as CPython runs its tripped signals: the first handler's own
   * safe points do not run the second inside it (a stress test of test_signal recursed until RecursionError).
   */
  @Test void signalsWaitingTogetherRunOneAfterTheOther() throws InterruptedException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(), errors = new ByteArrayOutputStream();
    Thread t = program("""
        import signal, time
        class Done(Exception): pass
        order = []
        def first(signum, frame):
            order.append('first begins')
            for _ in range(3000):
                pass
            order.append('first ends')
        def second(signum, frame):
            order.append('second')
            raise Done
        signal.signal(signal.SIGUSR1, first)
        signal.signal(signal.SIGUSR2, second)
        print('ready', flush=True)
        try:
            time.sleep(10)
        except Done:
            pass
        print(order)
        """, out, errors);
    long deadline = System.nanoTime() + 20_000_000_000L;
    while (!out.toString(StandardCharsets.UTF_8).contains("ready") && System.nanoTime() < deadline) Thread.sleep(5);
    Thread.sleep(50);  // in its sleep, which looks for pending calls every few ms: both are queued by then
    dev.kaa.modules.posix.Signals.deliver(10);  // SIGUSR1
    dev.kaa.modules.posix.Signals.deliver(12);  // SIGUSR2
    t.join(30_000);
    assertEquals("", errors.toString(StandardCharsets.UTF_8));
    assertEquals("ready\n['first begins', 'first ends', 'second']\n", out.toString(StandardCharsets.UTF_8));
  }

  private static Thread program(String source, ByteArrayOutputStream out, ByteArrayOutputStream err) {
    Thread t = new Thread(null, () -> {
      Interpreter interp = new Interpreter(new Interpreter.Config(List.of("-c"), "", "kaa",
          new ByteArrayInputStream(new byte[0]), out, err));
      ProgramRunner.run(interp, source.getBytes(StandardCharsets.UTF_8), "<string>", false);
    }, "program", 64L << 20);
    t.start();
    return t;
  }
}
