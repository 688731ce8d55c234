package dev.kaa.runtime;

/**
 * A failure while the interpreter starts (importing {@code site}) that ends the process as CPython's
 * {@code Py_FatalError} does: the command line prints {@link #report()} and exits with status 1.
 */
public final class FatalStartupError extends RuntimeException {
  private final String report;

  FatalStartupError(String function, String message, String traceback) {
    super(function + ": " + message);
    this.report = "Fatal Python error: " + function + ": " + message + "\nPython runtime state: initialized\n"
        + traceback;
  }

  /** What CPython prints: the fatal error, the runtime's state, then the exception's traceback. */
  public String report() { return report; }
}
