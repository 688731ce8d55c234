package dev.kaa.interp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kaa.testing.CPython;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Each {@code programs/NAME.py} runs through the front end, the code generator and the eval loop and must print
 * {@code NAME.out}, which python3.12 produced (and, when it is installed, still produces).
 */
class InterpProgramsTest {
  @TestFactory
  Stream<DynamicTest> programs() throws IOException, URISyntaxException {
    Path dir = Path.of(InterpProgramsTest.class.getResource("programs").toURI());
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(p -> p.toString().endsWith(".py")).sorted().toList();
    }
    return files.stream().map(py -> DynamicTest.dynamicTest(py.getFileName().toString(), () -> {
      String source = Files.readString(py, StandardCharsets.UTF_8);
      String expected = Files.readString(Path.of(py.toString().replaceAll("\\.py$", ".out")), StandardCharsets.UTF_8);
      if (CPython.find() != null) assertEquals(expected, CPython.run(source, ""), "the .out is stale");
      assertEquals(expected, Programs.run(source));
    }));
  }
}
