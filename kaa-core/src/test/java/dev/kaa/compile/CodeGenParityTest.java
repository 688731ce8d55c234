package dev.kaa.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kaa.testing.CPython;
import dev.kaa.testing.StdlibFiles;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The code generator against CPython's code objects: the small programs in {@code resources/.../codegen} must match
 * on every structural field; the stdlib (a sample, or all with {@code -Dkaa.full=true}) must compile without an
 * internal error, and the per-field parity figures are printed.
 */
class CodeGenParityTest {
  private static Path resource(String name) throws URISyntaxException {
    return Path.of(CodeGenParityTest.class.getResource("codegen/" + name).toURI());
  }

  @Test
  void smallProgramsMatchCPythonOnEveryField() throws URISyntaxException {
    Assumptions.assumeTrue(CPython.find() != null, "CPython 3.12 not found");
    List<Path> files = List.of(resource("simple.py"), resource("flow.py"), resource("blocks.py"),
        resource("comprehensions.py"), resource("match.py"), resource("except_star.py"),
        resource("comprehension_scopes.py"), resource("future_annotations.py"),
        resource("async_comprehensions.py"), resource("type_params.py"),
        resource("peephole.py"));
    CodeGenParity p = CodeGenParity.run(files);
    assertEquals(List.of(), p.internalErrors);
    assertEquals(files.size(), p.compared, p.report());
    for (String field : CodeShape.FIELDS) {
      assertEquals(files.size(), p.identical.getOrDefault(field, 0), field + " differs in " + p.differing.get(field));
    }
  }

  @Test
  void stdlibCompilesWithoutInternalErrors() {
    List<Path> files = StdlibFiles.select(25);
    Assumptions.assumeTrue(!files.isEmpty(), "CPython 3.12 not found");
    CodeGenParity p = CodeGenParity.run(files);
    System.out.print("CodeGen stdlib parity (" + files.size() + " files): " + p.report());
    assertEquals(List.of(), p.internalErrors);
    assertTrue(p.compared > 0, p.report());
  }
}
