package dev.kaa.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code -X no_debug_ranges}: code compiled by that interpreter has lines but no columns (CPython's
 * {@code code_debug_ranges = 0}, which {@code _testinternalcapi.get_config()} reports); without it, columns.
 */
class DebugRangesTest {
  private static final String PROGRAM = """
      import _testinternalcapi
      def f(a):
          return (a +
                  1)
      print(list(f.__code__.co_positions())[1:], _testinternalcapi.get_config()['code_debug_ranges'])
      print(list(compile('x = 1', 's', 'exec').co_positions())[:1])
      """;

  private static String run(Map<String, String> xoptions) {
    Startup s = Startup.DEFAULT;
    Startup startup = new Startup(s.origArgv(), s.pathAfterFirst(), s.flags(), s.warnoptions(), xoptions,
        s.unbuffered(), s.stdoutLineBuffered(), s.ioEncoding(), s.ioErrors());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Interpreter interp = new Interpreter(new Interpreter.Config(List.of("-c"), "", "kaa",
        new ByteArrayInputStream(new byte[0]), out, out, startup));
    ProgramRunner.run(interp, PROGRAM.getBytes(StandardCharsets.UTF_8), "<string>", false);
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test void noDebugRangesLeavesLinesOnly() {
    Map<String, String> x = new HashMap<>();
    x.put("no_debug_ranges", null);
    assertEquals("[(3, 3, None, None), (4, 4, None, None), (3, 3, None, None), (3, 3, None, None)] 0\n"
        + "[(0, 0, None, None)]\n", run(x));
  }

  @Test void columnsByDefault() {
    assertEquals("[(3, 3, 12, 13), (4, 4, 12, 13), (3, 4, 12, 13), (3, 4, 4, 14)] 1\n"
        + "[(0, 1, 0, 0)]\n", run(Map.of()));
  }
}
