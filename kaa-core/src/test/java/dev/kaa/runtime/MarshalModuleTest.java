package dev.kaa.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kaa.testing.CPython;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The {@code marshal} module beyond the behaviour cases (behaviour/marshal, checked against CPython there): CPython's
 * code objects are refused as bad data, Kaa's own go round unchanged.
 */
class MarshalModuleTest {
  private static String run(String program) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
    Interpreter interp = new Interpreter(new Interpreter.Config(List.of("-c"), "", "kaa",
        new ByteArrayInputStream(new byte[0]), out, err));
    ProgramRunner.run(interp, program.getBytes(StandardCharsets.UTF_8), "<string>", false);
    return out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8);
  }

  @Test void cpythonCodeObjectsAreBadData() {
    Assumptions.assumeTrue(CPython.find() != null, "python3.12 not installed");
    String hex = CPython.run("import marshal\nprint(marshal.dumps(compile('x = 1', 's', 'exec')).hex())\n", "")
        .strip();
    String out = run("import marshal\ntry:\n    marshal.loads(bytes.fromhex('" + hex + "'))\n"
        + "except ValueError as e:\n    print(str(e).startswith('bad marshal data ('))\n");
    assertEquals("True\n", out);
  }

  @Test void kaaCodeObjectsRoundTrip() {
    String out = run("""
        import marshal
        def f(a, *, b=[1, 2.5]):
            return (a, b, 'é', 12345678901234567890123)
        code = f.__code__
        data = marshal.dumps(code)
        again = marshal.loads(data)
        print(marshal.dumps(again) == data, again.co_name, again.co_varnames, 12345678901234567890123 in again.co_consts)
        """);
    assertEquals("True f ('a', 'b') True\n", out);
  }
}
