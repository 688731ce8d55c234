package dev.kaa.modules.resource;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The kernel's page size: the JVM does not say it, /proc/self/smaps does (each mapping's KernelPageSize, in kB; the
 * first mapping is the program's text, in base pages). 4096 where there is no /proc.
 */
final class PageSize {
  private PageSize() {}

  static final int BYTES = read();

  private static int read() {
    try (BufferedReader r = Files.newBufferedReader(Path.of("/proc/self/smaps"))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.startsWith("KernelPageSize:")) {
          return Integer.parseInt(line.substring(15).trim().split("\\s+")[0]) * 1024;
        }
      }
    } catch (IOException | RuntimeException e) {
      // no /proc: the usual size
    }
    return 4096;
  }
}
