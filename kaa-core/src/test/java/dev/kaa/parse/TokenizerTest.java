package dev.kaa.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.kaa.testing.CPython;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class TokenizerTest {
  private static List<String> kinds(String src) {
    Tokenizer t = Tokenizer.ofString(src, "<test>", Warnings.IGNORE);
    List<String> out = new ArrayList<>();
    for (Token tok = t.next(); ; tok = t.next()) {
      out.add(tok.kind() + (tok.text().isEmpty() ? "" : ":" + tok.text()));
      if (tok.kind() == TokenKind.ENDMARKER) return out;
    }
  }

  @Test void indentationAndBrackets() {
    assertEquals(List.of("NAME:if", "NAME:x", "COLON::", "NEWLINE", "INDENT:    ", "NAME:y", "NEWLINE", "DEDENT",
        "NAME:z", "NEWLINE", "ENDMARKER"), kinds("if x:\n    y\n# c\n\nz"));
    assertEquals(List.of("NAME:f", "LPAR:(", "NUMBER:1", "COMMA:,", "NUMBER:2", "RPAR:)", "NEWLINE", "ENDMARKER"),
        kinds("f(1,\n  2)\n"));
  }

  @Test void fstringTokens() {
    assertEquals(List.of("FSTRING_START:f\"", "FSTRING_MIDDLE:a{", "FSTRING_MIDDLE:b", "LBRACE:{", "NAME:x",
        "EXCLAMATION:!", "NAME:r", "COLON::", "FSTRING_MIDDLE:>", "LBRACE:{", "NUMBER:10", "RBRACE:}", "RBRACE:}",
        "FSTRING_END:\"", "NEWLINE", "ENDMARKER"), kinds("f\"a{{b{x!r:>{10}}\"").stream()
        .filter(s -> !s.equals("FSTRING_MIDDLE")).toList());
    assertEquals(List.of("FSTRING_START:f'", "LBRACE:{", "FSTRING_START:f'", "LBRACE:{", "STRING:'a'", "RBRACE:}",
        "FSTRING_END:'", "RBRACE:}", "FSTRING_END:'", "NEWLINE", "ENDMARKER"), kinds("f'{f'{'a'}'}'"));
  }

  @Test void tokenColumnsAreUtf8Bytes() {
    Tokenizer t = Tokenizer.ofString("é = 'ü'\n", "<test>", Warnings.IGNORE);
    Token name = t.next();
    t.next();
    Token str = t.next();
    assertEquals(2, name.endColOffset());
    assertEquals(5, str.colOffset());
    assertEquals(9, str.endColOffset());
    assertEquals(5, t.charOffset(1, 5));
  }

  @Test void errorsCarryCPythonsPositions() {
    CompileError e = assertThrows(CompileError.class, () -> kinds("x = (1,\n  2]\n"));
    assertEquals("closing parenthesis ']' does not match opening parenthesis '(' on line 1", e.msg);
    assertEquals(List.of(2, 4, 2, 4), List.of(e.lineno, e.offset, e.endLineno, e.endOffset));
    e = assertThrows(CompileError.class, () -> kinds("if x:\n    a\n  b\n"));
    assertEquals(CompileError.Kind.IndentationError, e.kind);
    assertEquals(List.of(3, 4, 3, -1), List.of(e.lineno, e.offset, e.endLineno, e.endOffset));
  }

  @Test void numberBeforeKeywordWarns() {
    List<String> seen = new ArrayList<>();
    Tokenizer t = Tokenizer.ofString("1if x else 2\n", "f.py",
        (cat, msg, file, line, off, endLine, endOff) -> seen.add(cat + ":" + msg + "@" + line + ":" + off));
    while (t.next().kind() != TokenKind.ENDMARKER) { }
    assertEquals(List.of("SyntaxWarning:invalid decimal literal@1:1"), seen);
  }

  /** Sources whose error CPython's tokenizer (not its parser) reports; each checked against compile(). */
  private static final String[] ERROR_SOURCES = {
      "if x:\n    a\n  b\n", "if x:\n\ta\n        b\n", "x = (1,\n  2)\n)\n", "x = (1,\n  2]\n", "x = (1,\n", "x = (1,",
      "x = \"abc\n", "x = \"\"\"abc\n", "0x", "1_", "1__0", "012", "0_7", "1abc", "0o8", "0o", "0b2", "0b", "1e", "1e+",
      "1jx", "a\\b", "a \\ \n", "a\\", "€ = 1", "x\u00a0= 1", "f\"{x\"", "f\"{\"", "f\"}\"", "f\"{x)}\"", "f\"abc",
      "f\"\"\"abc", "if 1:\n        x\n  \ty\n", "x = f\"{a", "\"\"\"\n\n", "x=1\n\u0001", "x = 1\u007f",
      "def f():\n\tx\n        y\n", "x = ((1) + [2)\n", "f'{3:{{4}}}'",
  };

  @Test void errorsMatchCPython() {
    assumeTrue(CPython.find() != null, "CPython 3.12 not installed");
    StringBuilder script = new StringBuilder("import sys\nfor h in sys.stdin.read().split():\n"
        + "  try:\n    compile(bytes.fromhex(h), 'f.py', 'exec'); print('OK')\n"
        + "  except SyntaxError as e:\n"
        + "    print(repr((type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, e.text)))\n");
    StringBuilder in = new StringBuilder();
    for (String s : ERROR_SOURCES) in.append(HexFormat.of().formatHex(s.getBytes(StandardCharsets.UTF_8))).append('\n');
    String[] expected = CPython.run(script.toString(), in.toString()).split("\n");
    List<String> mismatches = new ArrayList<>();
    for (int i = 0; i < ERROR_SOURCES.length; i++) {
      String actual;
      try {
        Tokenizer t = Tokenizer.ofBytes(ERROR_SOURCES[i].getBytes(StandardCharsets.UTF_8), "f.py", Warnings.IGNORE);
        while (t.next().kind() != TokenKind.ENDMARKER) { }
        actual = "OK";
      } catch (CompileError e) {
        actual = "('" + e.kind + "', " + pyRepr(e.msg) + ", " + e.lineno + ", " + e.offset + ", " + e.endLineno + ", "
            + e.endOffset + ", " + pyRepr(e.text) + ")";
      }
      if (!actual.equals(expected[i])) mismatches.add(ERROR_SOURCES[i] + "\n  cpython " + expected[i] + "\n  kaa     "
          + actual);
    }
    assertEquals("", String.join("\n", mismatches));
  }

  private static String pyRepr(String s) {
    return s == null ? "None" : dev.kaa.text.StrRepr.repr(s);
  }

  /** A few stdlib files through TokenDump and `python -m tokenize -e`; scripts/compare-tokens does them all. */
  @Test void dumpMatchesTokenizeModuleOnStdlibSample() throws Exception {
    assumeTrue(CPython.find() != null, "CPython 3.12 not installed");
    String stdlib = CPython.run("import sysconfig; print(sysconfig.get_path('stdlib'))", "").strip();
    for (String name : new String[] {"tokenize.py", "string.py", "test/test_fstring.py", "test/test_grammar.py"}) {
      Path file = Path.of(stdlib, name);
      String expected = CPython.run("import sys, tokenize; sys.argv = ['tokenize', '-e', sys.argv[-1] if False else "
          + pyRepr(file.toString()) + "]\ntokenize.main()", "");
      StringBuilder out = new StringBuilder(), err = new StringBuilder();
      TokenDump.run(Files.readAllBytes(file), file.toString(), out, err);
      assertEquals(expected, out.toString(), name);
    }
  }

  /** Sources whose tokenize dump (or error line) once differed from CPython's; each checked against the module. */
  private static final String[] DUMP_SOURCES = {
      "x = (", "x = f\"{a", "x\\\n", "\\\n", "\r\\\n", "\r\r\n\n)", "x = 1\r", "s = '''a\nb'''\\\n",
      "if x:\n    a\n  b\n", "if 1:\n        x\n  \ty\n", "x = \"\"\"abc\n", "0777 + 1abc + 1_", "f'{x:\n}'",
      "f\"a{{b}}c{x=!r:>{w}}\"", "'''\n\u00e9\n''' + 1", "# only a comment", "   ", "", "x = 1 # \u20ac\n",
  };

  @Test void dumpMatchesTokenizeModuleOnEdgeCases(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
    assumeTrue(CPython.find() != null, "CPython 3.12 not installed");
    StringBuilder names = new StringBuilder();
    for (int i = 0; i < DUMP_SOURCES.length; i++) {
      Path f = dir.resolve(i + ".py");
      Files.writeString(f, DUMP_SOURCES[i]);
      names.append(f).append('\n');
    }
    String[] expected = CPython.run("""
        import sys, io, contextlib, tokenize
        for f in sys.stdin.read().split():
            out = io.StringIO()
            sys.argv = ['tokenize', '-e', f]
            with contextlib.redirect_stdout(out), contextlib.redirect_stderr(out):
                try:
                    tokenize.main()
                except SystemExit:
                    pass
            sys.stdout.write(out.getvalue() + '\\0')
        """, names.toString()).split("\0", -1);
    List<String> mismatches = new ArrayList<>();
    for (int i = 0; i < DUMP_SOURCES.length; i++) {
      Path f = dir.resolve(i + ".py");
      StringBuilder out = new StringBuilder();
      TokenDump.run(Files.readAllBytes(f), f.toString(), out, out);
      if (!out.toString().equals(expected[i])) {
        mismatches.add(pyRepr(DUMP_SOURCES[i]) + "\n  cpython " + expected[i] + "\n  kaa     " + out);
      }
    }
    assertEquals("", String.join("\n", mismatches));
  }

  /** The parser's view of a few stdlib files against CPython's _tokenize.TokenizerIter(extra_tokens=False). */
  @Test void parserViewMatchesCPythonOnStdlibSample() throws Exception {
    assumeTrue(CPython.find() != null, "CPython 3.12 not installed");
    String stdlib = CPython.run("import sysconfig; print(sysconfig.get_path('stdlib'))", "").strip();
    for (String name : new String[] {"asyncio/locks.py", "test/test_fstring.py", "test/test_tokenize.py"}) {
      Path file = Path.of(stdlib, name);
      String expected = CPython.run("""
          import _tokenize, tokenize
          with open(%s, 'rb') as fh:
              for t in _tokenize.TokenizerIter(fh.readline, encoding='utf-8', extra_tokens=False):
                  kind = 'NAME' if t[0] in (tokenize.ASYNC, tokenize.AWAIT) else tokenize.tok_name[t[0]]
                  print(f"{kind} {t[1]!r} {t[2][0]},{t[2][1]}-{t[3][0]},{t[3][1]}")
          """.formatted(pyRepr(file.toString())), "");
      String actual = String.join("\n", TokenDump.parserView(Files.readAllBytes(file), file.toString())) + "\n";
      assertEquals(expected, actual, name);
    }
  }
}
