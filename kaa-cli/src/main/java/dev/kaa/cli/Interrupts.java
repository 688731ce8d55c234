package dev.kaa.cli;

import dev.kaa.interp.Eval;
import dev.kaa.objects.ExceptionTypes;
import dev.kaa.objects.PyException;
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
  }

  /** Makes the Python code running now raise KeyboardInterrupt. */
  static void interrupt() {
    Eval.addPendingCall(() -> {
      throw PyException.withArgs(ExceptionTypes.KeyboardInterrupt);
    });
  }
}
