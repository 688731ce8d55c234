package dev.kaa.compile;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * CPython's side of the front-end parity checks: runs {@code frontend-oracle.py} (a test resource) under python3.12 and
 * reads what it records. Outcomes are cached per file content under {@code ~/.cache/kaa/frontend-parity/<version>}, so
 * CPython works only on files it has not seen; each stage's outcome is one line in the format the script documents.
 */
final class FrontEndOracle {
  static final List<String> STAGES = List.of("tokens", "ast", "compile", "warnings");

  private final String python;
  private final Path cacheDir;
  private final Path script;

  FrontEndOracle(String python) {
    this.python = python;
    this.script = extractScript();
    String version = run(List.of(python, "-c", "import sys; print(sys.version.split()[0])"), null).strip();
    this.cacheDir = Path.of(System.getProperty("user.home"), ".cache", "kaa", "frontend-parity", version);
  }

  /** Makes sure CPython's outcomes for {@code files} are cached (the first time costs ~50 ms a file). */
  void cache(List<Path> files) {
    StringBuilder list = new StringBuilder();
    for (Path f : files) if (!Files.exists(cacheFile(read(f)))) list.append(f).append('\n');
    if (list.isEmpty()) return;
    run(List.of(python, script.toString(), "cache", cacheDir.toString()), list.toString().getBytes(StandardCharsets.UTF_8));
  }

  /** CPython's outcome per stage for a file whose bytes are {@code source} (cached by {@link #cache}). */
  Map<String, String> outcomes(byte[] source) {
    Map<String, String> byStage = new LinkedHashMap<>();
    try {
      for (String line : Files.readAllLines(cacheFile(source), StandardCharsets.UTF_8)) {
        int tab = line.indexOf('\t');
        byStage.put(line.substring(0, tab), line.substring(tab + 1));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return byStage;
  }

  /** The full text behind a stage's digest (tokens, ast or warnings), for showing a difference. */
  String show(String stage, Path file) {
    return run(List.of(python, script.toString(), "show", stage, file.toString()), null);
  }

  /** A running CPython that answers compile() outcomes for sources, one at a time (for the fuzz test). */
  final class CompileSession implements AutoCloseable {
    private final Process process;
    private final BufferedReader answers;

    CompileSession() {
      try {
        process = new ProcessBuilder(python, script.toString(), "compile-stdin")
            .redirectError(ProcessBuilder.Redirect.DISCARD).start();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      answers = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    }

    /** CPython's outcome of {@code compile(source, '<fuzz>', 'exec')}, as the oracle script formats it. */
    String compile(byte[] source) {
      try {
        OutputStream in = process.getOutputStream();
        in.write((source.length + "\n").getBytes(StandardCharsets.US_ASCII));
        in.write(source);
        in.flush();
        String answer = answers.readLine();
        if (answer == null) throw new IllegalStateException("the CPython oracle stopped");
        return answer;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override public void close() {
      process.destroy();
    }
  }

  private Path cacheFile(byte[] source) {
    return cacheDir.resolve(sha256(source));
  }

  static byte[] read(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Path extractScript() {
    try (InputStream in = FrontEndOracle.class.getResourceAsStream("frontend-oracle.py")) {
      if (in == null) throw new IllegalStateException("frontend-oracle.py is missing from the test resources");
      Path file = Files.createTempFile("kaa-frontend-oracle", ".py");
      file.toFile().deleteOnExit();
      Files.write(file, in.readAllBytes());
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String run(List<String> command, byte[] stdin) {
    try {
      ProcessBuilder pb = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
      pb.environment().put("PYTHONIOENCODING", "utf-8:surrogatepass");
      Process p = pb.start();
      try (OutputStream in = p.getOutputStream()) {
        if (stdin != null) in.write(stdin);
      }
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (p.waitFor() != 0) throw new IllegalStateException("the CPython oracle failed: " + command);
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
