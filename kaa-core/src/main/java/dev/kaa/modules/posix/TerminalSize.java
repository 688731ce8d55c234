package dev.kaa.modules.posix;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** A terminal's size, as {@code stty} reads it with the ioctl the JVM cannot make. */
final class TerminalSize {
  private TerminalSize() {}

  /** {@code [columns, lines]} of the terminal device, or null when it cannot be read. */
  // blocking: releases the GIL (issue 6)
  static int[] of(String device) {
    try {
      Process p = new ProcessBuilder("stty", "-F", device, "size").redirectErrorStream(true).start();
      String[] words = new String(p.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).trim().split(" ");
      if (p.waitFor() != 0 || words.length != 2) return null;
      return new int[] {Integer.parseInt(words[1]), Integer.parseInt(words[0])};
    } catch (IOException | NumberFormatException e) {
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
  }
}
