package dev.kaa.compile;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.kaa.testing.CPython;
import dev.kaa.testing.StdlibFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Kaa's front end against CPython's on real code: every stage of an evenly spread, fixed sample of ~200 standard-library
 * files (all ~1,740 with {@code -Dkaa.full=true}; {@code scripts/frontend-parity} is the same check with a report).
 * Known differences are listed in {@code frontend-parity-xfail.txt} as "stage file" lines; the list may only shrink: a
 * new difference fails the test, and so does a listed one that is gone.
 */
class FrontEndParityTest {
  /** Every SAMPLE_STEP-th file of the sorted standard library. */
  private static final int SAMPLE_STEP = 9;

  @Test
  void standardLibrarySampleMatchesCPython() throws IOException {
    String python = CPython.find();
    assumeTrue(python != null, "CPython 3.12 not found");
    Path stdlib = FrontEndParity.stdlib();
    List<Path> files = StdlibFiles.select(SAMPLE_STEP);

    FrontEndParity parity = new FrontEndParity(new FrontEndOracle(python), stdlib);
    parity.run(files);
    System.out.println("front-end parity on " + files.size() + " stdlib files: " + parity.counts());

    Set<String> expectedFailures = xfailList();
    List<String> regressions = new ArrayList<>();
    List<String> fixed = new ArrayList<>();
    for (Path file : files) {
      String name = stdlib.relativize(file).toString();
      for (String stage : FrontEndOracle.STAGES) {
        String entry = stage + " " + name;
        boolean failing = parity.failures.get(stage).contains(name);
        boolean listed = expectedFailures.contains(entry);
        if (failing && !listed) regressions.add(entry);
        if (!failing && listed) fixed.add(entry);
      }
    }
    if (!regressions.isEmpty()) {
      parity.printDiffs(System.out, 5);
      fail(regressions.size() + " new front-end differences from CPython (first diffs above): " + first(regressions));
    }
    if (!fixed.isEmpty()) {
      fail(fixed.size() + " stage(s) now match CPython; remove it from the xfail list"
          + " (kaa-core/src/test/resources/frontend-parity-xfail.txt): " + first(fixed));
    }
  }

  private static String first(List<String> entries) {
    return entries.size() <= 20 ? entries.toString() : entries.subList(0, 20) + " and " + (entries.size() - 20) + " more";
  }

  private static Set<String> xfailList() throws IOException {
    Set<String> entries = new LinkedHashSet<>();
    try (InputStream in = FrontEndParityTest.class.getResourceAsStream("/frontend-parity-xfail.txt")) {
      if (in == null) return entries;
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        String entry = line.strip();
        if (!entry.isEmpty() && !entry.startsWith("#")) entries.add(entry);
      }
    }
    return entries;
  }
}
