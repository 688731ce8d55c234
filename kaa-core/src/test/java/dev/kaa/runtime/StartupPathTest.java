package dev.kaa.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kaa.objects.PyObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every run compiles its program and runs it, so the compiler and the runtime keep off what costs start-up time at
 * every start (docs/performance.md): a pattern-matching {@code switch} spins a class through the class-file API the
 * first time it runs (about 1.5 ms each, interpreted), and the AOT cache cannot hold it; an if/else chain of
 * {@code instanceof} tests does the same work with none of that.
 */
class StartupPathTest {
  /** Off every program's path: the disassembler, the AST dump, and marshal (only when a .pyc is written). */
  private static final Set<String> ALLOWED = Set.of("dev/kaa/bytecode/Disassembler.class",
      "dev/kaa/ast/AstDump.class", "dev/kaa/bytecode/Marshal.class");

  @Test
  void noPatternSwitchesOnTheStartUpPath() throws IOException {
    Path root = Path.of(PyObject.class.getProtectionDomain().getCodeSource().getLocation().getPath());
    List<String> found;
    try (Stream<Path> files = Files.walk(root)) {
      found = files.filter(p -> p.toString().endsWith(".class"))
          .filter(StartupPathTest::bootstrapsTypeSwitch)
          .map(p -> root.relativize(p).toString())
          .filter(name -> !ALLOWED.contains(name))
          .sorted().toList();
    }
    assertTrue(Files.isDirectory(root.resolve("dev/kaa/compile")), "no classes under " + root);
    assertEquals(List.of(), found, "classes with a pattern-matching switch (SwitchBootstraps.typeSwitch)");
  }

  /** Whether the class file names SwitchBootstraps' typeSwitch, which only a pattern-matching switch does. */
  private static boolean bootstrapsTypeSwitch(Path classFile) {
    try {
      String text = new String(Files.readAllBytes(classFile), StandardCharsets.ISO_8859_1);
      return text.contains("java/lang/runtime/SwitchBootstraps") && text.contains("typeSwitch");
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
