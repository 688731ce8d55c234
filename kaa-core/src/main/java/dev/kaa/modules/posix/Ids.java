package dev.kaa.modules.posix;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * This process's user and group ids, read from {@code /proc/self/status} (the JDK has no getuid): the real and the
 * effective ids, as Linux lists them.
 */
final class Ids {
  private Ids() {}

  /** {@code [real, effective, saved, fs]} of the "Uid:" or "Gid:" line; zeros where it cannot be read. */
  private static long[] line(String key) {
    try {
      for (String l : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (!l.startsWith(key)) continue;
        String[] w = l.substring(key.length()).trim().split("\\s+");
        long[] ids = new long[4];
        for (int i = 0; i < 4 && i < w.length; i++) ids[i] = Long.parseLong(w[i]);
        return ids;
      }
    } catch (IOException | RuntimeException e) {
      // not Linux: as root
    }
    return new long[4];
  }

  /** The supplementary groups ("Groups:"). */
  static long[] groups() {
    try {
      for (String l : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (!l.startsWith("Groups:")) continue;
        String rest = l.substring(7).trim();
        return rest.isEmpty() ? new long[0]
            : java.util.Arrays.stream(rest.split("\\s+")).mapToLong(Long::parseLong).toArray();
      }
    } catch (IOException | RuntimeException e) {
      // not Linux: none
    }
    return new long[0];
  }

  static int uid() { return (int) line("Uid:")[0]; }

  static int euid() { return (int) line("Uid:")[1]; }

  static int gid() { return (int) line("Gid:")[0]; }

  static int egid() { return (int) line("Gid:")[1]; }
}
