package dev.kaa.modules.sre;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kaa.runtime.Interpreter;
import dev.kaa.runtime.ProgramRunner;
import dev.kaa.testing.CPython;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The engine against CPython's: python3.12 compiles the patterns of {@code sre/oracle_cases.py} into code lists and
 * writes a program calling {@code _sre.compile} with them and every searching method on sample subjects; Kaa must
 * print what python3.12 prints.
 */
class SreOracleTest {
  private static String kaa(String program) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
    Interpreter interp = new Interpreter(new Interpreter.Config(List.of("-c"), "", "kaa",
        new ByteArrayInputStream(new byte[0]), out, err));
    ProgramRunner.run(interp, program.getBytes(StandardCharsets.UTF_8), "<string>", false);
    return out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8);
  }

  @Test void matchesCPython() throws IOException {
    Assumptions.assumeTrue(CPython.find() != null, "python3.12 not installed");
    String generator;
    try (InputStream in = SreOracleTest.class.getResourceAsStream("/sre/oracle_cases.py")) {
      generator = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    String program = CPython.run(generator, "");
    String expected = CPython.run(program, "");
    String[] want = expected.split("\n", -1), got = kaa(program).split("\n", -1);
    for (int i = 0; i < Math.min(want.length, got.length); i++) assertEquals(want[i], got[i], "line " + (i + 1));
    assertEquals(want.length, got.length, "lines of output");
  }
}
