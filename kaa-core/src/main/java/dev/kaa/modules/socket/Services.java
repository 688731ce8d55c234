package dev.kaa.modules.socket;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Service names and ports from {@code /etc/services}, as {@code getservbyname}/{@code getservbyport} read them. */
final class Services {
  private Services() {}

  private static List<String[]> entries() {
    try {
      return Files.readAllLines(Path.of("/etc/services")).stream()
          .map(l -> l.replaceFirst("#.*", "").trim()).filter(l -> !l.isEmpty())
          .map(l -> l.split("\\s+")).filter(f -> f.length >= 2 && f[1].contains("/")).toList();
    } catch (IOException | RuntimeException none) {
      return List.of(new String[] {"http", "80/tcp"}, new String[] {"https", "443/tcp"},
          new String[] {"ftp", "21/tcp"}, new String[] {"ssh", "22/tcp"}, new String[] {"smtp", "25/tcp"},
          new String[] {"domain", "53/udp"}, new String[] {"domain", "53/tcp"});
    }
  }

  /** The port of service {@code name} over {@code proto} ("tcp", "udp" or null for any), or null. */
  static Integer port(String name, String proto) {
    for (String[] f : entries()) {
      String[] pp = f[1].split("/");
      if (proto != null && !pp[1].equals(proto)) continue;
      for (int i = 0; i < f.length; i++) {
        if (i != 1 && f[i].equals(name)) return Integer.parseInt(pp[0]);
      }
    }
    return null;
  }

  /** The name of the service on {@code port} over {@code proto}, or null. */
  static String name(int port, String proto) {
    for (String[] f : entries()) {
      String[] pp = f[1].split("/");
      if ((proto == null || pp[1].equals(proto)) && pp[0].equals(Integer.toString(port))) return f[0];
    }
    return null;
  }
}
