package dev.kaa.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Kaa's own modules ({@link KaaLib}: dis...) shadow the standard library's even when {@code PYTHONPATH} names the
 * stdlib directory, as CPython's test driver sets it; a directory before it on PYTHONPATH still comes first.
 */
class KaaLibPathTest {
  private static String run(List<String> pythonpath, String program) {
    Startup s = Startup.DEFAULT;
    Startup startup = new Startup(s.origArgv(), pythonpath, s.flags(), s.warnoptions(), s.xoptions(), s.unbuffered(),
        s.stdoutLineBuffered(), s.ioEncoding(), s.ioErrors());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Interpreter interp = new Interpreter(new Interpreter.Config(List.of("-c"), "", "kaa",
        new ByteArrayInputStream(new byte[0]), out, out, startup));
    ProgramRunner.run(interp, program.getBytes(StandardCharsets.UTF_8), "<string>", false);
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test void kaaLibComesBeforeTheStdlibNamedOnPythonpath() {
    Path stdlib = StdlibLocator.locate().directory();
    Path kaaLib = KaaLib.directory();
    assumeTrue(stdlib != null && kaaLib != null, "no standard library, or Kaa's modules are not files");
    String program = "import sys\np = sys.path\nprint(p.index(" + pyStr(kaaLib) + ") < p.index(" + pyStr(stdlib)
        + "), p.index('/elsewhere') < p.index(" + pyStr(kaaLib) + "))\n";
    assertEquals("True True\n", run(List.of("/elsewhere", stdlib.toString()), program));
    assertEquals("True True\n", run(List.of("/elsewhere", stdlib + "/"), program));
  }

  private static String pyStr(Path p) { return "'" + p.toString().replace("\\", "\\\\").replace("'", "\\'") + "'"; }
}
