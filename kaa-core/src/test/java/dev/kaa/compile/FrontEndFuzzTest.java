package dev.kaa.compile;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.kaa.testing.CPython;
import dev.kaa.testing.StdlibFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

/**
 * Hostile input for the front end ({@link SourceMutator}: edited standard-library code, deep nesting, random bytes, bad
 * encodings): Kaa must answer every input with a result or a {@link dev.kaa.parse.CompileError}, never another Java
 * exception, a stack overflow or a hang (the first hang ends the run: its thread cannot be stopped). On every
 * {@value #COMPARE_EVERY}th input the outcome is also compared with CPython's compile() (type, message and line); the
 * disagreements may not grow past the count tracked in {@code frontend-fuzz-mismatches.txt} for the default run. A big
 * run: {@code -Dkaa.fuzz.count=100000}, and {@code -Dkaa.fuzz.seed=N} for other inputs (the tracked count then only
 * applies to the default run).
 */
class FrontEndFuzzTest {
  private static final int DEFAULT_COUNT = 2000;
  private static final long DEFAULT_SEED = 3_12_1L;
  private static final int COMPARE_EVERY = 4;
  private static final long SECONDS_PER_INPUT = 20;

  @Test
  void frontEndOnlyEverRaisesCompileError() throws Exception {
    int count = Integer.getInteger("kaa.fuzz.count", DEFAULT_COUNT);
    long seed = Long.getLong("kaa.fuzz.seed", DEFAULT_SEED);
    String python = CPython.find();
    List<String> corpus = corpus(python);
    SourceMutator mutator = new SourceMutator(seed);

    List<String> escapes = new ArrayList<>();
    int compared = 0;
    int agreed = 0;
    int exact = 0;
    List<String> disagreements = new ArrayList<>();
    ExecutorService worker = FrontEndParity.bigStackWorker("frontend-fuzz");
    FrontEndOracle.CompileSession cpython = python == null ? null : new FrontEndOracle(python).new CompileSession();
    try {
      for (int i = 0; i < count; i++) {
        byte[] input = mutator.next(corpus.get(i % corpus.size()));
        Future<String> run = worker.submit(() -> FrontEndStages.outcome("compile", input, "<fuzz>"));
        String kaa;
        try {
          kaa = run.get(SECONDS_PER_INPUT, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
          // the thread cannot be stopped and keeps a core busy: end the run here
          fail("the front end hung (no answer within " + SECONDS_PER_INPUT + " s) on input #" + i + ": " + show(input));
          return;
        } catch (ExecutionException e) {
          kaa = "crash\t" + e.getCause();
        }
        if (kaa.startsWith("crash")) {
          escapes.add(kaa.substring(6) + " on input #" + i + ": " + show(input));
          continue;
        }
        if (cpython != null && i % COMPARE_EVERY == 0) {
          String expected = cpython.compile(input);
          compared++;
          if (expected.equals(kaa)) exact++;
          if (typeMessageLine(expected).equals(typeMessageLine(kaa))) {
            agreed++;
          } else if (disagreements.size() < 10) {
            disagreements.add("#" + i + " " + show(input) + "\n    cpython: " + expected + "\n    kaa:     " + kaa);
          }
        }
      }
    } finally {
      worker.shutdownNow();
      if (cpython != null) cpython.close();
    }

    System.out.println("front-end fuzz: " + count + " inputs (seed " + seed + "), " + escapes.size()
        + " escaped as non-CompileError; compared with CPython: " + compared + ", type+message+line agree on " + agreed
        + " (" + percent(agreed, compared) + "), with all positions on " + exact + " (" + percent(exact, compared) + ")");
    disagreements.forEach(d -> System.out.println("  disagreement " + d));
    if (!escapes.isEmpty()) {
      fail(escapes.size() + " inputs made the front end fail with something other than CompileError, first: "
          + String.join("\n", escapes.subList(0, Math.min(5, escapes.size()))));
    }
    if (python != null && count == DEFAULT_COUNT && seed == DEFAULT_SEED) {
      int tracked = trackedMismatches();
      int mismatches = compared - agreed;
      assertTrue(mismatches <= tracked, "disagreements with CPython grew: " + mismatches + " > " + tracked
          + " tracked in frontend-fuzz-mismatches.txt (examples above)");
      if (mismatches < tracked) {
        System.out.println("  fewer disagreements than tracked: lower frontend-fuzz-mismatches.txt to " + mismatches);
      }
    }
  }

  /** Standard-library files to mutate (every 25th), or this test's own oracle script when CPython is absent. */
  private static List<String> corpus(String python) throws IOException {
    List<String> sources = new ArrayList<>();
    if (python != null) {
      List<Path> files = StdlibFiles.all();
      for (int i = 0; i < files.size(); i += 25) {
        sources.add(new String(FrontEndOracle.read(files.get(i)), StandardCharsets.UTF_8));
      }
    } else {
      try (InputStream in = FrontEndFuzzTest.class.getResourceAsStream("frontend-oracle.py")) {
        sources.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      }
    }
    return sources;
  }

  /** "ok", or the error's type, message and line: what the agreement rate counts. */
  private static String typeMessageLine(String outcome) {
    String[] f = outcome.split("\t", -1);
    return f[0].equals("error") && f.length >= 7 ? f[1] + "\t" + f[6] + "\t" + f[2] : outcome;
  }

  private static int trackedMismatches() throws IOException {
    try (InputStream in = FrontEndFuzzTest.class.getResourceAsStream("/frontend-fuzz-mismatches.txt")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!line.isBlank() && !line.startsWith("#")) return Integer.parseInt(line.strip());
      }
    }
    throw new IllegalStateException("frontend-fuzz-mismatches.txt holds no count");
  }

  private static String percent(int part, int whole) {
    return whole == 0 ? "-" : String.format("%.1f%%", 100.0 * part / whole);
  }

  /** The input as a Java string literal, cut to 160 characters. */
  private static String show(byte[] input) {
    String text = new String(input, StandardCharsets.UTF_8);
    StringBuilder out = new StringBuilder("\"");
    for (int i = 0; i < text.length() && i < 160; i++) {
      char c = text.charAt(i);
      if (c == '\n') out.append("\\n");
      else if (c == '"' || c == '\\') out.append('\\').append(c);
      else if (c < 0x20 || c > 0x7e) out.append(String.format("\\u%04x", (int) c));
      else out.append(c);
    }
    return out.append(text.length() > 160 ? "\"... (" + input.length + " bytes)" : "\"").toString();
  }
}
