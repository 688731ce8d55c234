package dev.kaa.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.kaa.ast.Expr;
import dev.kaa.testing.CPython;
import dev.kaa.text.FloatRepr;
import dev.kaa.text.IntRepr;
import dev.kaa.text.StrRepr;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/** NumberLiterals and StringLiterals against CPython: each source is one literal; its repr, warnings or error. */
class LiteralsTest {
  private static final String[] SOURCES = {
      "0", "00", "1_000", "0x_ff", "0o17", "0b1010", "9223372036854775807", "9223372036854775808", "0xffffffffffffffff",
      "1.5", "1e400", "1_0.2_5e-3", ".5", "5.", "1e-400", "2.5j", "1J", "0.1", "3.141592653589793238462643383279",
      "7e22", "1.7976931348623157e308", "4.9e-324", "123456789012345678901234567890",
      "'abc'", "\"a\\nb\\tc\"", "'\\x41\\u00e9\\U0001F600'", "'\\101\\0\\7'", "'\\d'", "'\\400'", "b'\\400'", "'\\8'",
      "r'\\d\\n'", "R'x'", "u'\\d'", "U'x'", "b'\\x41\\d'", "rb'\\x'", "Br'\\x'", "b'a\\\nb'", "'a\\\nb'",
      "'\\N{LATIN SMALL LETTER A}'", "'\\N{BELL}'", "'\\N{ALERT}'", "'\\N{CJK UNIFIED IDEOGRAPH-4E00}'",
      "'\\N{HANGUL SYLLABLE GAG}'", "'\\N{latin small letter a}'", "'\\N{ LATIN SMALL LETTER A}'", "'\\N{foo}'",
      "'\\N'", "'\\N{'", "'\\N{}'", "'\\N{foo'", "'a\u00e9\\x4'", "'\\U00110000'", "'\\U0011'", "b'\\x4'", "b'\\x'",
      "b'ab\\xzz'", "'\\x'", "'\\ud800\\udc00'", "'\\ud800'", "'\\udc00\\ud800'", "'é\\d'", "'\\é'", "'''a\nb'''",
      "b'\u00e9'", "rb'\u00e9'", "'\\'\\\"'", "'\\a\\b\\f\\v\\r'", "'''\\q'''", "'\\1234'",
  };

  private static String repr(Object v) {
    if (v instanceof Long l) return IntRepr.repr(l);
    if (v instanceof BigInteger b) return IntRepr.repr(b);
    if (v instanceof Double d) return FloatRepr.repr(d);
    if (v instanceof Expr.Constant.Imaginary i) return FloatRepr.imaginaryRepr(i.imag());
    if (v instanceof String s) return StrRepr.repr(s);
    if (v instanceof Expr.Constant.Bytes b) return StrRepr.bytesRepr(b.data());
    StringBuilder out = new StringBuilder();
    StrRepr.appendRepr(out, ((Expr.Constant.CodePoints) v).codePoints());
    return out.toString();
  }

  private static String kaa(String src) {
    List<String> warnings = new ArrayList<>();
    Warnings w = (cat, msg, file, line, off, endLine, endOff) ->
        warnings.add(cat + ":" + msg + "@" + line + "," + off + "-" + endLine + "," + endOff);
    try {
      Tokenizer t = Tokenizer.ofBytes(src.getBytes(StandardCharsets.UTF_8), "f.py", w);
      Token tok = t.next();
      Object v = tok.kind() == TokenKind.NUMBER ? NumberLiterals.parse(tok.text()) : StringLiterals.decode(tok, t);
      return repr(v) + " " + warnings;
    } catch (CompileError e) {
      return "SyntaxError " + StrRepr.repr(e.msg) + " " + e.lineno + " " + e.offset + " " + e.endLineno + " "
          + e.endOffset;
    }
  }

  @Test void literalsMatchCPython() {
    assumeTrue(CPython.find() != null, "CPython 3.12 not installed");
    String script = """
        import sys, warnings
        for h in sys.stdin.read().split():
            src = bytes.fromhex(h)
            with warnings.catch_warnings(record=True) as ws:
                warnings.simplefilter('always')
                try:
                    v = repr(eval(compile(src, 'f.py', 'eval')))
                except SyntaxError as e:
                    print('SyntaxError', repr(e.msg), e.lineno, e.offset, e.end_lineno, e.end_offset)
                    continue
            found = []
            for w in ws:
                with warnings.catch_warnings():
                    warnings.simplefilter('error')
                    try:
                        compile(src, 'f.py', 'eval')
                    except SyntaxError as e:
                        found.append(f'{w.category.__name__}:{w.message}@{e.lineno},{e.offset}-{e.end_lineno},{e.end_offset}')
            print(v, '[' + ', '.join(found) + ']')
        """;
    StringBuilder in = new StringBuilder();
    for (String s : SOURCES) in.append(HexFormat.of().formatHex(s.getBytes(StandardCharsets.UTF_8))).append('\n');
    String[] expected = CPython.run(script, in.toString()).split("\n");
    List<String> mismatches = new ArrayList<>();
    for (int i = 0; i < SOURCES.length; i++) {
      String actual = kaa(SOURCES[i]);
      if (!actual.equals(expected[i])) {
        mismatches.add(SOURCES[i] + "\n  cpython " + expected[i] + "\n  kaa     " + actual);
      }
    }
    assertEquals("", String.join("\n", mismatches));
  }

  @Test void tooManyDigits() {
    String msg = "";
    try {
      NumberLiterals.parse("1".repeat(4301));
    } catch (NumberLiterals.TooManyDigits e) {
      msg = e.getMessage();
    }
    assertEquals("Exceeds the limit (4300 digits) for integer string conversion: value has 4301 digits; use "
        + "sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal for huge integer literals to avoid "
        + "decimal conversion limits.", msg);
    assertEquals(BigInteger.TEN.pow(4299), NumberLiterals.parse("1" + "0".repeat(4299)));
  }

  @Test void fstringMiddle() {
    assertEquals("a{\n", StringLiterals.decodeFStringMiddle("a{\\n", false, StringLiterals.EscapeWarnings.IGNORE));
    assertEquals("a\\n", StringLiterals.decodeFStringMiddle("a\\n", true, StringLiterals.EscapeWarnings.IGNORE));
    List<String> seen = new ArrayList<>();
    StringLiterals.decodeFStringMiddle("\\{", false, seen::add);
    StringLiterals.decodeFStringMiddle("\\d", false, seen::add);
    assertEquals(List.of("invalid escape sequence '\\d'"), seen);
  }
}
