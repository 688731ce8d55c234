package dev.kaa.modules.resource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * What Linux tells a process about itself in {@code /proc}: the JVM has no getrlimit or getrusage, so Kaa reads the
 * files those calls' figures are also shown in. Absent or unreadable files read as null (the caller decides).
 */
public final class ProcFiles {
  private ProcFiles() {}

  /** Linux's clock ticks per second ({@code sysconf(_SC_CLK_TCK)}), the unit of /proc/PID/stat's times. */
  public static final double CLOCK_TICKS = 100.0;

  static List<String> lines(String path) {
    try {
      return Files.readAllLines(Path.of(path));
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /**
   * The fields of {@code /proc/PID/stat} numbered as proc(5) numbers them (1: pid, 2: comm, 14: utime...), or null.
   * The command name is in parentheses and may hold spaces, so fields are counted from its closing one.
   */
  public static String[] stat(String pid) {
    List<String> l = lines("/proc/" + pid + "/stat");
    if (l == null || l.isEmpty()) return null;
    String s = l.get(0);
    int close = s.lastIndexOf(')');
    if (close < 0) return null;
    String[] rest = s.substring(close + 2).split(" ");
    String[] fields = new String[rest.length + 3];
    fields[1] = s.substring(0, s.indexOf(' '));
    fields[2] = s.substring(s.indexOf('(') + 1, close);
    System.arraycopy(rest, 0, fields, 3, rest.length);
    return fields;
  }

  /** A {@code Key:  value unit} line's number from a /proc status-style file, or -1. */
  static long field(List<String> lines, String key) {
    if (lines == null) return -1;
    for (String line : lines) {
      if (line.startsWith(key + ":")) {
        String[] parts = line.substring(key.length() + 1).trim().split("\\s+");
        try {
          return Long.parseLong(parts[0]);
        } catch (NumberFormatException e) {
          return -1;
        }
      }
    }
    return -1;
  }
}
