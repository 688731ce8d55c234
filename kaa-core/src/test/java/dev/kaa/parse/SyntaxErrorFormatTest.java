package dev.kaa.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.kaa.testing.CPython;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SyntaxErrorFormatTest {
  @Test
  void fixedCases() {
    assertEquals("  File \"x.py\", line 1\n    def f(:\n          ^\nSyntaxError: invalid syntax\n",
        SyntaxErrorFormat.format("SyntaxError", "invalid syntax", "x.py", 1, 7, 1, 8, "def f(:\n"));
    assertEquals("  File \"b.py\", line 2\n    y = 2\nIndentationError: unexpected indent\n",
        SyntaxErrorFormat.format("IndentationError", "unexpected indent", "b.py", 2, 4, 2, -1, "    y = 2\n"));
    assertEquals("  File \"h.py\", line 1\n    f(a for a in b, c)\n      ^^^^^^^^^^^^\n"
            + "SyntaxError: Generator expression must be parenthesized\n",
        SyntaxErrorFormat.format("SyntaxError", "Generator expression must be parenthesized", "h.py", 1, 3, 1, 15,
            "f(a for a in b, c)\n"));
    assertEquals("  File \"j.py\", line 1\n    x = \"\"\"abc\n        ^\n"
            + "SyntaxError: unterminated triple-quoted string literal (detected at line 2)\n",
        SyntaxErrorFormat.format("SyntaxError", "unterminated triple-quoted string literal (detected at line 2)",
            "j.py", 1, 5, 1, 5, "x = \"\"\"abc"));
    assertEquals("SyntaxError: m (f.py)\n", SyntaxErrorFormat.format("SyntaxError", "m", "f.py", 0, 3, 0, 5, "x"));
    assertEquals("  File \"<string>\", line 1\n    x\n     ^\nSyntaxError: m\n",
        SyntaxErrorFormat.format("SyntaxError", "m", null, 1, 3, 1, 5, "x"));
  }

  /** Random texts (indented, multi-line, non-ASCII) and positions, printed by CPython's own sys.__excepthook__. */
  @Test
  void matchesCPythonExceptHook() {
    assumeTrue(CPython.find() != null, "CPython 3.12 not found");
    long seed = Long.getLong("kaa.test.seed", 99L);
    Random random = new Random(seed);
    String[] pieces = {" ", "\t", "\f", "x", "ab", "é", "€", "😀", "\n", "(", "def f(:", "  "};
    String[] kinds = {"SyntaxError", "IndentationError", "TabError"};
    record Case(String kind, String msg, int lineno, int offset, int endLineno, int endOffset, String text) {}
    List<Case> cases = new ArrayList<>();
    for (int i = 0; i < 3000; i++) {
      StringBuilder text = new StringBuilder();
      int n = random.nextInt(8);
      for (int j = 0; j < n; j++) text.append(pieces[random.nextInt(pieces.length)]);
      if (random.nextBoolean()) text.append('\n');
      int lineno = 1 + random.nextInt(3);
      int offset = random.nextInt(14) - 2;
      int endLineno = lineno + (random.nextInt(4) == 0 ? 1 : 0);
      int endOffset = random.nextInt(18) - 2;
      String msg = random.nextInt(10) == 0 ? "" : "msg " + i;
      cases.add(new Case(kinds[random.nextInt(3)], msg, lineno, offset, endLineno, endOffset,
          random.nextInt(15) == 0 ? null : text.toString()));
    }
    HexFormat hex = HexFormat.of();
    StringBuilder in = new StringBuilder();
    for (Case c : cases) {
      in.append(c.kind).append(' ').append(c.lineno).append(' ').append(c.offset).append(' ').append(c.endLineno)
          .append(' ').append(c.endOffset).append(" .").append(hex.formatHex(c.msg.getBytes(StandardCharsets.UTF_8)))
          .append(' ').append(c.text == null ? "-" : "." + hex.formatHex(c.text.getBytes(StandardCharsets.UTF_8)))
          .append('\n');
    }
    String script = """
        import sys, io
        out = []
        for line in sys.stdin.read().split('\\n')[:-1]:
            kind, lineno, offset, end_lineno, end_offset, msg, text = line.split(' ')
            msg = bytes.fromhex(msg[1:]).decode()
            text = None if text == '-' else bytes.fromhex(text[1:]).decode()
            cls = {'SyntaxError': SyntaxError, 'IndentationError': IndentationError, 'TabError': TabError}[kind]
            e = cls(msg, ('f.py', int(lineno), int(offset), text, int(end_lineno), int(end_offset)))
            saved, sys.stderr = sys.stderr, io.StringIO()
            try:
                sys.__excepthook__(cls, e, None)
                printed = sys.stderr.getvalue()
            finally:
                sys.stderr = saved
            out.append(printed.encode().hex())
        print('\\n'.join(out))
        """;
    String[] expected = CPython.run(script, in.toString()).split("\n");
    for (int i = 0; i < cases.size(); i++) {
      Case c = cases.get(i);
      String want = new String(hex.parseHex(expected[i]), StandardCharsets.UTF_8);
      String got = SyntaxErrorFormat.format(c.kind, c.msg, "f.py", c.lineno, c.offset, c.endLineno, c.endOffset, c.text);
      assertEquals(want, got, c + " (seed " + seed + ")");
    }
  }
}
