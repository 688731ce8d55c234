package dev.kaa.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Lines from a stdin that is no terminal ({@code kaa -i < file}): read a byte at a time, so that what the program
 * itself reads from {@code sys.stdin} is left for it; the prompt goes to stderr, as CPython writes it.
 */
final class PlainLines implements Repl.Lines {
  private final InputStream in;
  private final PrintStream err;

  PlainLines(InputStream in, PrintStream err) {
    this.in = in;
    this.err = err;
  }

  @Override
  public String read(String prompt) {
    err.print(prompt);
    err.flush();
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    try {
      int b;
      while ((b = in.read()) >= 0 && b != '\n') line.write(b);
      if (b < 0 && line.size() == 0) return null;
    } catch (IOException e) {
      return null;
    }
    return line.toString(StandardCharsets.UTF_8);
  }

  @Override
  public void close() {}
}
