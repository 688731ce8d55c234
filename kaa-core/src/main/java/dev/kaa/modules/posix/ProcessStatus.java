package dev.kaa.modules.posix;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What {@code /proc/self/status} says of this process, read once (the JDK has no getuid): its user and group ids,
 * which do not change while Kaa runs (it has no setuid), its supplementary groups, and its umask at start (os.umask
 * keeps its own from then on). {@code site} asks four of them at every start; each asked the file anew.
 */
final class ProcessStatus {
  /** {@code [real, effective, saved, fs]} of the "Uid:" and "Gid:" lines; zeros where unreadable (not Linux: root). */
  private final long[] uids = new long[4], gids = new long[4];
  private long[] groups = new long[0];
  /** 0o022 where it cannot be read (not Linux, or an old kernel). */
  private int umask = 0022;

  ProcessStatus(String status) {
    for (String line : status.split("\n")) {
      try {
        if (line.startsWith("Uid:")) numbers(line.substring(4), uids);
        else if (line.startsWith("Gid:")) numbers(line.substring(4), gids);
        else if (line.startsWith("Groups:")) groups = numbers(line.substring(7), null);
        else if (line.startsWith("Umask:")) umask = Integer.parseInt(line.substring(6).trim(), 8);
      } catch (RuntimeException e) {
        // a line in a form we do not know: its default stands
      }
    }
  }

  /** The whitespace-separated numbers of {@code text}, into {@code into} (as many as fit) or a new array. */
  private static long[] numbers(String text, long[] into) {
    String rest = text.trim();
    String[] words = rest.isEmpty() ? new String[0] : rest.split("\\s+");
    long[] out = into != null ? into : new long[words.length];
    for (int i = 0; i < out.length && i < words.length; i++) out[i] = Long.parseLong(words[i]);
    return out;
  }

  /** Read when first asked: a holder class, so the JVM's class initialisation makes it once and safely. */
  private static final class Self {
    static final ProcessStatus STATUS = read();

    private static ProcessStatus read() {
      try {
        // Latin-1: the lines we read are ASCII, and it decodes without the UTF-8 decoder's cold start-up path
        return new ProcessStatus(new String(Files.readAllBytes(Path.of("/proc/self/status")), StandardCharsets.ISO_8859_1));
      } catch (IOException | RuntimeException e) {
        return new ProcessStatus("");
      }
    }
  }

  /** {@code [real, effective]} user and group ids and the umask of this status (for tests). */
  long[] summary() { return new long[] {uids[0], uids[1], gids[0], gids[1], umask}; }

  static int uid() { return (int) Self.STATUS.uids[0]; }

  static int euid() { return (int) Self.STATUS.uids[1]; }

  static int gid() { return (int) Self.STATUS.gids[0]; }

  static int egid() { return (int) Self.STATUS.gids[1]; }

  static long[] groups() { return Self.STATUS.groups.clone(); }

  static int umask() { return Self.STATUS.umask; }
}
