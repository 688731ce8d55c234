package dev.kaa.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;

/** Runs a process to its end, feeding it stdin and reading stdout and stderr at once (so neither pipe fills). */
final class ProcessRun {
  private ProcessRun() {}

  /** What a process printed and its exit status. */
  record Result(int status, String out, String err) {}

  static Result run(ProcessBuilder pb, byte[] stdin, Charset charset) {
    try {
      Process p = pb.start();
      p.getOutputStream().write(stdin);
      p.getOutputStream().close();
      ByteArrayOutputStream err = new ByteArrayOutputStream();
      Thread errReader = new Thread(() -> {
        try {
          p.getErrorStream().transferTo(err);
        } catch (IOException ignored) {
          // the process ended
        }
      });
      errReader.start();
      String out = new String(p.getInputStream().readAllBytes(), charset);
      int status = p.waitFor();
      errReader.join();
      return new Result(status, out, err.toString(charset));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
