package dev.kaa.cli;

import java.io.FileInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * The launcher's question "are the jars older than a source?" answered beside the JVM's start rather than before it.
 * Comparing the ~800 files and directories of the sources with the jar costs a shell ~10 ms (a stat each); the
 * launcher asks it in a background shell and passes the read end of a pipe (as a path, {@code /dev/fd/N}) on which
 * that shell writes {@code fresh} or {@code stale}. By the time the JVM reaches {@code main} the answer is there.
 * Anything but {@code fresh} (the jars are stale, or the check failed) runs the command again through the launcher,
 * told to build first and check in the foreground ({@value #BUILD_FIRST}=1), and this JVM ends with that run's status.
 * Nothing of the program has run by then: the question is read before the interpreter exists.
 */
final class LauncherStaleCheck {
  private LauncherStaleCheck() {}

  /** The system property naming the pipe (set by the launcher only). */
  static final String PROPERTY = "kaa.launcher.staleCheck";

  /** The environment variable that tells the launcher to check and build before starting the JVM. */
  static final String BUILD_FIRST = "KAA_BUILD_FIRST";

  /** The answer that lets this run go on. */
  static final String FRESH = "fresh";

  /** -1 when this JVM is current (or was not started by the launcher); else the exit status of the rebuilt run. */
  static int rerunIfStale(String[] args) {
    return rerunIfStale(System.getProperty(PROPERTY), Main.program(), args);
  }

  /** The same with the pipe's path ({@code null}: no check asked) and the launcher named. */
  static int rerunIfStale(String pipe, String launcher, String[] args) {
    if (pipe == null) return -1;
    if (FRESH.equals(answer(pipe))) return -1;
    List<String> command = new ArrayList<>();
    command.add(launcher);
    command.addAll(List.of(args));
    ProcessBuilder rebuilt = new ProcessBuilder(command).inheritIO();
    rebuilt.environment().put(BUILD_FIRST, "1");
    // Ctrl-C is for the run that does the work: this one waits for its status (a handler, not SIG_IGN, which the
    // child would inherit)
    Signal interrupt = new Signal("INT");
    SignalHandler previous = null;
    try {
      previous = Signal.handle(interrupt, signal -> {});
    } catch (IllegalArgumentException | UnsupportedOperationException e) {
      // the JVM keeps SIGINT (-Xrs): Ctrl-C ends both as before
    }
    try {
      Process run = rebuilt.start();
      while (true) {
        try {
          return run.waitFor();
        } catch (InterruptedException e) {
          // nothing interrupts the main thread on purpose; keep waiting for the status
        }
      }
    } catch (IOException e) {
      System.err.println("kaa: cannot run " + launcher + " to rebuild: " + e.getMessage());
      return 1;
    } finally {
      if (previous != null) Signal.handle(interrupt, previous);
    }
  }

  /** What the background check wrote, or "" when the pipe cannot be read. */
  private static String answer(String pipe) {
    try (FileInputStream in = new FileInputStream(pipe)) {
      return new String(in.readAllBytes(), StandardCharsets.US_ASCII).strip();
    } catch (IOException e) {
      return "";
    }
  }
}
