package dev.kaa.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import dev.kaa.parse.CompileError;
import dev.kaa.parse.Warnings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every program of the syntax-error corpus through {@link FrontEnd}: the warnings and the verdict (kind, message,
 * lineno, offset, end_lineno, end_offset) must be CPython's, as recorded in the case files. {@code known-failures.txt}
 * is a ratchet: a listed case is skipped while it still fails and fails once it passes (so the list only shrinks); an
 * unlisted case must pass. {@code -Dkaa.syntaxErrors.regenerate=true} (or {@link #main}) rewrites the list from the
 * current results.
 */
class SyntaxErrorCasesTest {
  private static final String FOLDER = "syntax-errors";
  private static final String KNOWN_FAILURES = "known-failures.txt";
  /** Past this a case counts as a hang. */
  private static final long SECONDS_PER_CASE = 20;

  @TestFactory
  Stream<DynamicTest> everyCase() {
    List<SyntaxErrorCase> cases = cases(folder());
    Path listFolder = folder();
    if (Boolean.getBoolean("kaa.syntaxErrors.regenerate")) {
      writeKnownFailures(cases);
      listFolder = sourceFolder();
    }
    Set<String> known = knownFailures(listFolder);
    Set<String> ids = new HashSet<>();
    cases.forEach(c -> ids.add(c.id()));
    List<DynamicTest> tests = new ArrayList<>();
    for (String id : known) {
      if (!ids.contains(id)) {
        tests.add(DynamicTest.dynamicTest(id, () -> fail(id + " is in " + KNOWN_FAILURES + " but is no case")));
      }
    }
    for (SyntaxErrorCase c : cases) {
      tests.add(DynamicTest.dynamicTest(c.id(), () -> check(c, known.contains(c.id()))));
    }
    return tests.stream();
  }

  private static void check(SyntaxErrorCase c, boolean knownFailure) {
    List<String> expected = c.verdict().stream().map(SyntaxErrorCasesTest::normalize).toList();
    List<String> got = alignWarnings(expected, run(c));
    if (knownFailure) {
      if (expected.equals(got)) fail(c.id() + " passes now: remove it from " + KNOWN_FAILURES);
      Assumptions.abort("known failure");
    }
    assertEquals(String.join("\n", expected), String.join("\n", got),
        () -> c.id() + " (mode " + c.mode().pythonName + ")\n" + c.sourceForDisplay());
  }

  /** Kaa's verdict in the case-file notation: the warnings, then {@code ok} or the error. */
  static List<String> run(SyntaxErrorCase c) {
    List<String> lines = new ArrayList<>();
    Warnings sink = (category, message, filename, lineno, offset, endLineno, endOffset) ->
        lines.add("warning: " + category + ": " + message + " @ " + positions(lineno, offset, endLineno, endOffset));
    CompletableFuture<String> outcome = new CompletableFuture<>();
    Thread worker = new Thread(null, () -> {
      try {
        if (c.bytes() != null) {
          FrontEnd.compile(c.bytes(), "<case>", c.mode(), sink);
        } else {
          FrontEnd.compileString(c.text(), "<case>", c.mode(), sink);
        }
        outcome.complete("ok");
      } catch (CompileError e) {
        outcome.complete(describe(e));
      } catch (Throwable e) {
        outcome.complete("internal error: " + e);
      }
    }, "syntax-error-case", 512L << 20);
    worker.setDaemon(true);
    worker.start();
    try {
      String verdict = outcome.get(SECONDS_PER_CASE, TimeUnit.SECONDS);
      lines.add(verdict);
      return List.copyOf(lines);
    } catch (TimeoutException e) {
      return List.of("internal error: no verdict after " + SECONDS_PER_CASE + "s");
    } catch (InterruptedException | ExecutionException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String describe(CompileError e) {
    if (e.kind == CompileError.Kind.ValueError) return "ValueError: " + e.msg;
    return e.kind + ": " + e.msg + " @ " + positions(e.lineno, e.offset, e.endLineno, e.endOffset);
  }

  private static String positions(int lineno, int offset, int endLineno, int endOffset) {
    return lineno + ":" + offset + "-" + endLineno + ":" + endOffset;
  }

  /**
   * Kaa's verdict with a warning's positions cut to its line where the record has only the line (CPython's positions
   * for a repeated message, or one it cannot raise as an error, are not known).
   */
  static List<String> alignWarnings(List<String> expected, List<String> got) {
    List<String> aligned = new ArrayList<>(got);
    for (int i = 0; i < Math.min(expected.size(), got.size()); i++) {
      String want = expected.get(i);
      String have = got.get(i);
      if (want.startsWith("warning: ") && have.startsWith("warning: ") && want.matches(".* @ \\d+")) {
        aligned.set(i, have.replaceFirst(" @ (\\d+):[^ ]*$", " @ $1"));
      }
    }
    return aligned;
  }

  /** A recorded verdict line as Kaa can say it: positions CPython leaves unset ({@code None}, or none at all) are 0. */
  static String normalize(String line) {
    if (line.equals("ok") || line.startsWith("ValueError: ")) return line;
    int at = line.lastIndexOf(" @ ");
    if (line.startsWith("warning: ")) return line.substring(0, at) + line.substring(at).replace("None", "0");
    if (at < 0) return line + " @ 0:0-0:0";
    return line.substring(0, at) + line.substring(at).replace("None", "0");
  }

  static List<SyntaxErrorCase> cases(Path folder) {
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(p -> p.toString().endsWith(".txt") && !p.getFileName().toString().equals(KNOWN_FAILURES))
          .sorted().flatMap(p -> SyntaxErrorCase.read(p).stream()).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Set<String> knownFailures(Path folder) {
    try {
      Set<String> known = new HashSet<>();
      for (String line : Files.readAllLines(folder.resolve(KNOWN_FAILURES), StandardCharsets.UTF_8)) {
        String id = line.strip();
        if (!id.isEmpty() && !id.startsWith("#")) known.add(id);
      }
      return known;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Rewrites known-failures.txt in the source tree with every case Kaa does not match, grouped by verdict kind, and
   * prints the pass rate and the most common failure groups.
   */
  static void writeKnownFailures(List<SyntaxErrorCase> cases) {
    List<String> failing = new ArrayList<>();
    Map<String, Integer> groups = new TreeMap<>();
    for (SyntaxErrorCase c : cases) {
      List<String> expected = c.verdict().stream().map(SyntaxErrorCasesTest::normalize).toList();
      List<String> got = alignWarnings(expected, run(c));
      if (expected.equals(got)) continue;
      failing.add(c.id());
      groups.merge(failureGroup(expected, got), 1, Integer::sum);
    }
    StringBuilder out = new StringBuilder("# Syntax-error cases Kaa does not match yet (SyntaxErrorCasesTest's ratchet).\n"
        + "# Regenerate: mvn -o -q -pl kaa-core test -Dtest=SyntaxErrorCasesTest -Dkaa.syntaxErrors.regenerate=true\n");
    failing.forEach(id -> out.append(id).append('\n'));
    Path target = sourceFolder().resolve(KNOWN_FAILURES);
    try {
      Files.writeString(target, out.toString(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    System.out.printf("syntax-error cases: %d of %d pass; %s rewritten%n", cases.size() - failing.size(),
        cases.size(), target);
    groups.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(40)
        .forEach(g -> System.out.printf("%5d  %s%n", g.getValue(), g.getKey()));
  }

  /** What kind of difference: the expected message against Kaa's, or which part of an otherwise equal verdict. */
  private static String failureGroup(List<String> expected, List<String> got) {
    String want = expected.get(expected.size() - 1);
    String have = got.get(got.size() - 1);
    if (have.startsWith("internal error")) return "internal error: " + have.replaceFirst(":.*", "");
    if (!want.equals(have)) {
      String wantMsg = want.replaceFirst(" @ .*", "");
      String haveMsg = have.replaceFirst(" @ .*", "");
      if (wantMsg.equals(haveMsg)) return "positions of: " + wantMsg.replaceAll("'[^']*'", "'…'");
      return "expected [" + wantMsg.replaceAll("'[^']*'|\\d+", "…") + "] got [" + haveMsg.replaceAll("'[^']*'|\\d+", "…")
          + "]";
    }
    return "warnings differ";
  }

  /** The corpus folder on the test class path (the copy Maven made). */
  private static Path folder() {
    try {
      return Path.of(SyntaxErrorCasesTest.class.getClassLoader().getResource(FOLDER).toURI());
    } catch (Exception e) {
      throw new IllegalStateException("syntax-error corpus not on the class path", e);
    }
  }

  /** The corpus folder in the source tree, where known-failures.txt is rewritten. */
  private static Path sourceFolder() {
    for (String root : List.of("src/test/resources", "kaa-core/src/test/resources")) {
      Path p = Path.of(root, FOLDER);
      if (Files.isDirectory(p)) return p;
    }
    throw new IllegalStateException("run from the repository or kaa-core: src/test/resources/" + FOLDER + " not found");
  }

  /** Rewrites known-failures.txt: run with the test class path, from the repository root or kaa-core. */
  public static void main(String[] args) {
    writeKnownFailures(cases(sourceFolder()));
  }
}
