package dev.kaa.cli;

import dev.kaa.interp.Eval;
import dev.kaa.modules.posix.SignalHandlers;
import dev.kaa.modules.posix.Signals;
import sun.misc.Signal;

/**
 * Ctrl-C (SIGINT) as CPython handles it: the running Python code raises {@code KeyboardInterrupt} at its next safe
 * point (a loop's backward jump, a call), through {@link Eval#addPendingCall}; uncaught, it prints its traceback and
 * the process exits with status 130. Without this the JVM would end at once, printing nothing.
 */
final class Interrupts {
  private Interrupts() {}

  static void install() {
    try {
      Signal.handle(new Signal("INT"), signal -> interrupt());
    } catch (IllegalArgumentException | UnsupportedOperationException e) {
      // no SIGINT on this platform, or the JVM keeps it (-Xrs): Ctrl-C ends the JVM as before
    }
    // SIGTERM and SIGHUP end CPython at once, by the signal (a parent sees returncode -15); the JVM would run its
    // shutdown hooks and exit with status 143. A handler a program sets with signal.signal replaces this one.
    for (int signum : new int[] {Signals.SIGTERM, Signals.SIGHUP}) {
      try {
        Signal.handle(new Signal(Signals.name(signum).substring(3)), signal -> SignalHandlers.dieOf(signum));
      } catch (IllegalArgumentException | UnsupportedOperationException e) {
        // the JVM keeps it (-Xrs)
      }
    }
  }

  /**
   * Makes the Python code running now handle SIGINT: KeyboardInterrupt, unless a program set its own handler with
   * {@code signal.signal}.
   */
  static void interrupt() { Signals.deliver(Signals.SIGINT); }
}
