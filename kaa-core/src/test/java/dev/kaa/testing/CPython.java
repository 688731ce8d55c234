package dev.kaa.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * CPython 3.12, the oracle, for tests and tools: found as {@code scripts/env.sh}'s {@code kaa_find_python312} finds it
 * ({@code -Dkaa.python312}, {@code $KAA_PYTHON312}, {@code python3.12} on the PATH, pyenv, the usual places). Tests use
 * {@link #find()} with an assumption so they skip cleanly when it is absent.
 */
public final class CPython {
  private CPython() {}

  private static volatile String found;
  private static volatile boolean searched;

  /** The path of a working CPython 3.12 executable, or null. */
  public static String find() {
    if (!searched) {
      synchronized (CPython.class) {
        if (!searched) {
          found = search();
          searched = true;
        }
      }
    }
    return found;
  }

  private static String search() {
    List<String> candidates = new ArrayList<>();
    String prop = System.getProperty("kaa.python312");
    if (prop != null && !prop.isEmpty()) candidates.add(prop);
    String env = System.getenv("KAA_PYTHON312");
    if (env != null && !env.isEmpty()) candidates.add(env);
    String home = System.getProperty("user.home");
    try {
      Path pyenv = Path.of(home, ".pyenv", "versions");
      if (Files.isDirectory(pyenv)) {
        try (var dirs = Files.list(pyenv)) {
          dirs.filter(d -> d.getFileName().toString().startsWith("3.12"))
              .sorted()
              .forEach(d -> candidates.add(d.resolve("bin/python3.12").toString()));
        }
      }
    } catch (IOException ignored) {
      // no pyenv: try the other places
    }
    candidates.add("python3.12");
    candidates.add("/usr/bin/python3.12");
    candidates.add("/usr/local/bin/python3.12");
    for (String c : candidates) {
      try {
        Process p = new ProcessBuilder(c, "-c",
            "import sys; sys.exit(sys.version_info[:2] != (3, 12)); ").redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        if (p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0) {
          if (!c.contains("/")) return resolveExecutable(c);
          return c;
        }
      } catch (IOException e) {
        // not there
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return null;
      }
    }
    return null;
  }

  private static String resolveExecutable(String name) {
    try {
      String exe = run(name, "import sys; print(sys.executable)", "").strip();
      return exe.isEmpty() ? name : exe;
    } catch (RuntimeException e) {
      return name;
    }
  }

  /** Runs {@code python -c script} with {@code stdin}; returns stdout (UTF-8). Fails on a non-zero exit. */
  public static String run(String script, String stdin) {
    String exe = find();
    if (exe == null) throw new IllegalStateException("CPython 3.12 not found");
    return run(exe, script, stdin);
  }

  private static String run(String exe, String script, String stdin) {
    try {
      ProcessBuilder pb = new ProcessBuilder(exe, "-X", "utf8", "-c", script);
      pb.environment().put("PYTHONIOENCODING", "utf-8:surrogatepass");
      Process p = pb.start();
      Thread feeder = new Thread(() -> {
        try (var in = p.getOutputStream()) {
          in.write(stdin.getBytes(StandardCharsets.UTF_8));
        } catch (IOException ignored) {
          // the process ended early; its exit status tells
        }
      });
      feeder.start();
      ByteArrayOutputStream err = new ByteArrayOutputStream();
      Thread errReader = new Thread(() -> copy(p.getErrorStream(), err));
      errReader.start();
      byte[] out = p.getInputStream().readAllBytes();
      p.waitFor();
      feeder.join();
      errReader.join();
      if (p.exitValue() != 0) {
        throw new IllegalStateException("python failed (" + p.exitValue() + "): " + err.toString(StandardCharsets.UTF_8));
      }
      return new String(out, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static void copy(InputStream in, ByteArrayOutputStream out) {
    try {
      in.transferTo(out);
    } catch (IOException ignored) {
      // stream closed
    }
  }
}
