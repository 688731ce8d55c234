package dev.kaa.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Interpreters in one JVM are independent; a program's end maps to CPython's exit status and output. */
class InterpreterTest {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();

  private Interpreter newInterpreter(String... argv) {
    return new Interpreter(new Interpreter.Config(List.of(argv), "", "kaa", new ByteArrayInputStream(new byte[0]),
        out, err));
  }

  private int run(Interpreter interp, String source) {
    return ProgramRunner.run(interp, source.getBytes(StandardCharsets.UTF_8), "<string>", false);
  }

  @Test void interpretersShareNoState() {
    Interpreter a = newInterpreter("-c", "first"), b = newInterpreter("-c", "second");
    assertNotSame(a.sys(), b.sys());
    assertNotSame(a.builtinsDict(), b.builtinsDict());
    assertNotSame(a.modules(), b.modules());
    assertEquals(0, run(a, "import sys\nsys.marker = 1\nprint(sys.argv[1], hasattr(sys, 'marker'))"));
    assertEquals(0, run(b, "import sys\nprint(sys.argv[1], hasattr(sys, 'marker'))"));
    assertEquals("first True\nsecond False\n", out.toString(StandardCharsets.UTF_8));
  }

  @Test void exitStatusAsCPython() {
    assertEquals(0, run(newInterpreter("-c"), "pass"));
    assertEquals(0, run(newInterpreter("-c"), "raise SystemExit"));
    assertEquals(3, run(newInterpreter("-c"), "import sys; sys.exit(3)"));
    assertEquals(1, run(newInterpreter("-c"), "import sys; sys.exit('message')"));
    assertEquals(1, run(newInterpreter("-c"), "raise KeyError('k')"));
    assertEquals(1, run(newInterpreter("-c"), "("));
    String e = err.toString(StandardCharsets.UTF_8);
    assertTrue(e.startsWith("message\nTraceback (most recent call last):\n"), e);
    assertTrue(e.contains("KeyError: 'k'\n"), e);
    assertTrue(e.endsWith("SyntaxError: '(' was never closed\n"), e);
  }

  @Test void stdoutIsFlushedAtExitEvenAfterAnError() {
    assertEquals(1, run(newInterpreter("-c"), "print('before')\nraise ValueError('x')"));
    assertEquals("before\n", out.toString(StandardCharsets.UTF_8));
  }
}
