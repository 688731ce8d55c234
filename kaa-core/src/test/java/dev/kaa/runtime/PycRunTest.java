package dev.kaa.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kaa.bytecode.Code;
import dev.kaa.bytecode.PycFile;
import dev.kaa.interp.ThreadState;
import dev.kaa.objects.PyException;
import dev.kaa.parse.Mode;
import dev.kaa.parse.Warnings;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Code that went through a .pyc runs as the source does: behaviour cases compiled, written as pyc bytes, loaded back
 * and run as {@code kaa FILE.pyc} give their expected stdout, stderr and status (the code keeps the source's file
 * name, so tracebacks quote the same lines).
 */
class PycRunTest {
  @TestFactory Stream<DynamicTest> behaviourCasesRunFromTheirPyc() throws IOException {
    Set<String> known = new HashSet<>();
    if (Files.isRegularFile(BehaviourTest.KNOWN_FAILURES)) {
      for (String line : Files.readAllLines(BehaviourTest.KNOWN_FAILURES)) known.add(line.strip());
    }
    List<Path> cases;
    try (Stream<Path> files = Files.walk(BehaviourTest.ROOT)) {
      cases = files.filter(p -> p.toString().endsWith(".py"))
          .filter(p -> !BehaviourTest.isHelper(BehaviourTest.ROOT.relativize(p)))
          .filter(p -> !known.contains(BehaviourTest.ROOT.relativize(p).toString()))
          .sorted().toList();
    }
    return cases.stream().map(p -> DynamicTest.dynamicTest(BehaviourTest.ROOT.relativize(p).toString(), () -> check(p)));
  }

  private static void check(Path py) throws IOException {
    Path abs = py.toAbsolutePath();
    byte[] source = Files.readAllBytes(abs);
    Code code;
    try {
      code = Compiler.compile(source, abs.toString(), Mode.EXEC, true, Warnings.IGNORE, 0);
    } catch (PyException e) {
      return;  // a case about a SyntaxError: nothing to cache
    }
    byte[] pyc = PycFile.timestamped(code, 0, source.length);
    assertTrue(PycFile.hasMagic(pyc));
    BehaviourTest.Outcome expected = BehaviourTest.expected(py);
    if (!expected.stderr().isEmpty() && expected.stderr().contains("Warning")) return;  // compile-time warnings
    assertEquals(expected, run(py, abs, pyc), py.toString());
  }

  private static BehaviourTest.Outcome run(Path py, Path abs, byte[] pyc) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
    int[] status = {-1};
    int limit = ThreadState.recursionLimit();
    Thread t = new Thread(null, () -> {
      Path in = BehaviourTest.sibling(py, ".in");
      byte[] stdin;
      try {
        stdin = Files.isRegularFile(in) ? Files.readAllBytes(in) : new byte[0];
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
      Interpreter interp = new Interpreter(new Interpreter.Config(List.of(py.getFileName().toString()),
          abs.getParent().toString(), "kaa", new ByteArrayInputStream(stdin), out, err));
      status[0] = ProgramRunner.run(interp, pyc, abs.toString(), true);
    }, "pyc-run", 512L << 20);
    t.start();
    try {
      t.join(20_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      ThreadState.setRecursionLimit(limit);
    }
    return new BehaviourTest.Outcome(out.toString(StandardCharsets.UTF_8),
        BehaviourTest.relative(err.toString(StandardCharsets.UTF_8), abs), status[0]);
  }
}
