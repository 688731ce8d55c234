package dev.kaa.cli;

/**
 * A setting CPython refuses while it starts ({@code -X utf8=2}, {@code PYTHONINTMAXSTRDIGITS=5}): reported as its
 * "Fatal Python error" lines, exit status 1.
 */
final class FatalError extends Exception {
  /** CPython's name for the start-up step that failed, shown before the message. */
  final String step;
  /** CPython's "runtime state" line. */
  final String state;

  FatalError(String step, String message, String state) {
    super(message, null, false, false);
    this.step = step;
    this.state = state;
  }

  String report() {
    return "Fatal Python error: " + step + ": " + getMessage() + "\nPython runtime state: " + state + "\n\n";
  }
}
