package dev.kaa.cli;

/** A command line CPython would refuse: the message before its {@code usage:} line (exit status 2). */
final class UsageError extends Exception {
  UsageError(String message) { super(message, null, false, false); }
}
