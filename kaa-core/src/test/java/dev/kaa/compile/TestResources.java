package dev.kaa.compile;

import dev.kaa.testing.CPython;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The oracle scripts and case files of this package's tests (in the test resources next to them). */
final class TestResources {
  private TestResources() {}

  static String text(String name) {
    try (InputStream in = TestResources.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The cases of a case file: programs separated by lines "# ---", after a header. */
  static List<String> cases(String name) {
    String[] chunks = text(name).split("\n# ---\n");
    List<String> out = new ArrayList<>();
    for (int i = 1; i < chunks.length; i++) out.add(chunks[i].endsWith("\n") ? chunks[i] : chunks[i] + "\n");
    return out;
  }

  /** Runs an oracle script on files (one path a line on stdin); its answers, each ended by a line "\0". */
  static String[] perFile(String script, List<Path> files) {
    StringBuilder requests = new StringBuilder();
    for (Path f : files) requests.append(f).append('\n');
    return CPython.run(text(script), requests.toString()).split("\n\u0000\n", -1);
  }
}
