package dev.kaa.compile;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Compares Kaa's front end with CPython's, stage by stage (tokens, AST dump, compile() outcome, warnings), over Python
 * files: the engine of {@code scripts/frontend-parity} (its {@link #main}) and of {@link FrontEndParityTest}. Kaa's side
 * runs in this JVM, each file on a thread with a big stack and a time limit, so a hang or a crash is a failure, not the
 * end of the run.
 */
final class FrontEndParity {
  /** Past this a file counts as a hang. */
  private static final long SECONDS_PER_FILE = 60;
  private static final int MAX_HANGS = 3;

  private final FrontEndOracle oracle;
  private final Path root;
  /** Stage -> names (relative to root) of the files whose outcome differs from CPython's. */
  final Map<String, TreeSet<String>> failures = new LinkedHashMap<>();
  /** Stage -> file name -> {CPython's outcome, Kaa's}, for the report. */
  private final Map<String, Map<String, String[]>> details = new LinkedHashMap<>();
  int files;
  private int hangs;

  FrontEndParity(FrontEndOracle oracle, Path root) {
    this.oracle = oracle;
    this.root = root;
    for (String stage : FrontEndOracle.STAGES) {
      failures.put(stage, new TreeSet<>());
      details.put(stage, new LinkedHashMap<>());
    }
  }

  /** CPython's standard library directory (CPython must be present). */
  static Path stdlib() {
    return Path.of(dev.kaa.testing.CPython.run("import sysconfig; print(sysconfig.get_path('stdlib'))", "").strip());
  }

  /** Compares every stage of every file in {@code paths}. */
  void run(List<Path> paths) {
    oracle.cache(paths);
    ExecutorService worker = bigStackWorker("frontend-parity");
    try {
      for (Path path : paths) {
        files++;
        byte[] source = FrontEndOracle.read(path);
        Map<String, String> expected = oracle.outcomes(source);
        Map<String, String> actual = Map.of();
        String missing = "crash";
        if (hangs >= MAX_HANGS) {
          missing = "not compared: stopped after " + MAX_HANGS + " hangs";
        } else {
          Future<Map<String, String>> kaa = worker.submit(() -> kaaOutcomes(source, path.toString()));
          try {
            actual = kaa.get(SECONDS_PER_FILE, TimeUnit.SECONDS);
          } catch (TimeoutException e) {
            // a hung thread cannot be stopped and keeps a core busy: after a few, stop running Kaa
            missing = "hang";
            kaa.cancel(true);
            worker.shutdownNow();
            worker = bigStackWorker("frontend-parity");
            if (++hangs == MAX_HANGS) System.err.println("frontend-parity: " + hangs + " hangs; the rest is not compared");
          } catch (ExecutionException e) {
            missing = "crash: " + e.getCause();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
          }
        }
        String name = root.relativize(path).toString();
        for (String stage : FrontEndOracle.STAGES) {
          String want = expected.get(stage);
          String got = actual.getOrDefault(stage, missing);
          if (!got.equals(want)) {
            failures.get(stage).add(name);
            details.get(stage).put(name, new String[] {want, got});
          }
        }
      }
    } finally {
      worker.shutdownNow();
    }
  }

  private static Map<String, String> kaaOutcomes(byte[] source, String path) {
    Map<String, String> byStage = new LinkedHashMap<>();
    for (String stage : FrontEndOracle.STAGES) byStage.put(stage, FrontEndStages.outcome(stage, source, path));
    return byStage;
  }

  /** One daemon thread with a stack as big as the tests' (deep nesting recurses deeply); abandoned if it hangs. */
  static ExecutorService bigStackWorker(String name) {
    return Executors.newSingleThreadExecutor(task -> {
      Thread t = new Thread(null, task, name, 512L << 20);
      t.setDaemon(true);
      return t;
    });
  }

  /** "tokens 1740/1740, ast 1734/1740, ..." */
  String counts() {
    List<String> parts = new ArrayList<>();
    for (String stage : FrontEndOracle.STAGES) {
      parts.add(stage + " " + (files - failures.get(stage).size()) + "/" + files);
    }
    return String.join(", ", parts);
  }

  /** The first {@code limit} differences, each with CPython's and Kaa's outcome and, for texts, where they part. */
  void printDiffs(PrintStream out, int limit) {
    int shown = 0;
    for (String stage : FrontEndOracle.STAGES) {
      for (Map.Entry<String, String[]> e : details.get(stage).entrySet()) {
        if (shown++ >= limit) return;
        String want = e.getValue()[0];
        String got = e.getValue()[1];
        out.println("--- " + stage + ": " + e.getKey());
        out.println("  cpython: " + want);
        out.println("  kaa:     " + got);
        if (want.startsWith("ok\t") && got.startsWith("ok\t")) printTextDiff(out, stage, root.resolve(e.getKey()));
      }
    }
  }

  private void printTextDiff(PrintStream out, String stage, Path file) {
    String want = oracle.show(stage, file);
    String got;
    try {
      got = FrontEndStages.text(stage, FrontEndOracle.read(file), file.toString());
    } catch (RuntimeException e) {
      out.println("  (kaa failed to redo the stage: " + e + ")");
      return;
    }
    int at = 0;
    while (at < want.length() && at < got.length() && want.charAt(at) == got.charAt(at)) at++;
    int line = 1;
    for (int i = 0; i < at; i++) if (want.charAt(i) == '\n') line++;
    out.println("  first difference at character " + at + " (line " + line + "):");
    out.println("  cpython: ..." + excerpt(want, at));
    out.println("  kaa:     ..." + excerpt(got, at));
  }

  private static String excerpt(String text, int at) {
    int from = Math.max(0, at - 100);
    int to = Math.min(text.length(), at + 100);
    return text.substring(from, to).replace("\n", "\\n") + (to < text.length() ? "..." : "");
  }

  /**
   * {@code FrontEndParity [--diffs N] [FILE...]}: compares the given files, or the whole standard library, and prints
   * the counts per stage, the files that differ (to {@code --failures FILE} when given) and the first differences.
   * Exit status 0 when CPython is absent (nothing compared) or every stage of every file matched, else 1.
   */
  public static void main(String[] args) throws IOException {
    int diffs = 10;
    Path failuresFile = null;
    List<Path> paths = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--diffs" -> diffs = Integer.parseInt(args[++i]);
        case "--failures" -> failuresFile = Path.of(args[++i]);
        default -> paths.add(Path.of(args[i]).toAbsolutePath());
      }
    }
    String python = dev.kaa.testing.CPython.find();
    if (python == null) {
      System.out.println("frontend-parity: CPython 3.12 not found; nothing compared");
      return;
    }
    Path stdlib = stdlib();
    if (paths.isEmpty()) paths = dev.kaa.testing.StdlibFiles.all();
    Path root = paths.stream().allMatch(p -> p.startsWith(stdlib)) ? stdlib : Path.of("/");
    FrontEndParity parity = new FrontEndParity(new FrontEndOracle(python), root);
    long start = System.nanoTime();
    parity.run(paths);
    long millis = (System.nanoTime() - start) / 1_000_000;
    parity.printDiffs(System.out, diffs);
    System.out.println(parity.counts() + "  (" + parity.files + " files, " + millis + " ms)");
    if (failuresFile != null) {
      StringBuilder list = new StringBuilder();
      parity.failures.forEach((stage, names) -> names.forEach(n -> list.append(stage).append(' ').append(n).append('\n')));
      Files.writeString(failuresFile, list);
      System.out.println("failing (stage file) pairs written to " + failuresFile);
    }
    boolean clean = parity.failures.values().stream().allMatch(TreeSet::isEmpty);
    System.exit(clean ? 0 : 1);
  }
}
