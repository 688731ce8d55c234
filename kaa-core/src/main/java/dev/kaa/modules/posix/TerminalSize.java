package dev.kaa.modules.posix;

import dev.kaa.runtime.Gil;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** A terminal's size, as {@code stty} reads it with the ioctl the JVM cannot make. */
final class TerminalSize {
  private TerminalSize() {}

  /** {@code [columns, lines]} of the terminal device, or null when it cannot be read. */
  static int[] of(String device) {
    try {
      return Gil.releaseDuring("os.get_terminal_size", () -> ask(device));
    } catch (IOException | NumberFormatException e) {
      return null;
    }
  }

  /** Runs {@code stty}: with the GIL released, it touches no Python object. */
  private static int[] ask(String device) throws IOException {
    Process p = new ProcessBuilder("stty", "-F", device, "size").redirectErrorStream(true).start();
    String[] words = new String(p.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).trim().split(" ");
    try {
      if (p.waitFor() != 0 || words.length != 2) return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
    return new int[] {Integer.parseInt(words[1]), Integer.parseInt(words[0])};
  }
}
