package dev.kaa.runtime;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether a standard stream is a terminal ({@code os.isatty}): on Linux read from what {@code /proc/self/fd/N} links
 * to (a terminal device), which costs no native code; elsewhere the JDK's console, which exists only when both stdin
 * and stdout are terminals.
 */
public final class Terminals {
  private Terminals() {}

  public static boolean isatty(int fd) {
    Path link = Path.of("/proc/self/fd/" + fd);
    try {
      String target = Files.readSymbolicLink(link).toString();
      return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console");
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      return Files.exists(Path.of("/proc/self")) ? false : System.console() != null;
    }
  }
}
