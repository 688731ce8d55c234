package dev.kaa.modules.posix;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The user and group databases as files: {@code /etc/passwd} and {@code /etc/group}, one entry a line. */
final class Passwd {
  private Passwd() {}

  /** Every entry of {@code file} as its colon-separated fields ({@code pwd}: 7, {@code grp}: 4). */
  static List<String[]> entries(String file, int fields) {
    List<String[]> out = new ArrayList<>();
    try {
      for (String line : Files.readAllLines(Path.of(file))) {
        if (line.isEmpty() || line.startsWith("#")) continue;
        String[] f = line.split(":", -1);
        if (f.length >= fields) out.add(f);
      }
    } catch (IOException e) {
      // no database: no entries, as glibc without the file
    }
    return out;
  }

  /** The user name of {@code uid}, or null. */
  static String nameOf(long uid) {
    for (String[] e : entries("/etc/passwd", 7)) if (e[2].equals(Long.toString(uid))) return e[0];
    return null;
  }
}
