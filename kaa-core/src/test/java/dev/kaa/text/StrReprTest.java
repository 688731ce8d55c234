package dev.kaa.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.kaa.testing.CPython;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class StrReprTest {
  @Test
  void fixedCases() {
    assertEquals("'abc'", StrRepr.repr("abc"));
    assertEquals("\"it's\"", StrRepr.repr("it's"));
    assertEquals("'\\'\"'", StrRepr.repr("'\""));
    assertEquals("'a\\\\b\\n\\r\\t'", StrRepr.repr("a\\b\n\r\t"));
    assertEquals("'\\x00\\x1f\\x7f\\x80\\xa0'", StrRepr.repr("\u0000\u001f\u007f\u0080\u00a0"));
    assertEquals("'é€😀'", StrRepr.repr("é€😀"));
    assertEquals("'\\u200b\\u2028\\ue000'", StrRepr.repr("\u200b\u2028\ue000"));
    assertEquals("'\\ud800x'", StrRepr.repr("\ud800x"));
    assertEquals("'\\U000e0001'", StrRepr.repr(new String(Character.toChars(0xe0001))));
    assertEquals("'\\u0378'", StrRepr.repr("\u0378"));  // unassigned
    assertEquals("b\"a'b\"", StrRepr.bytesRepr(new byte[] {'a', '\'', 'b'}));
    assertEquals("b'\\'\"'", StrRepr.bytesRepr(new byte[] {'\'', '"'}));
    assertEquals("b\"'\"", StrRepr.bytesRepr(new byte[] {'\''}));
    assertEquals("b'\\x00\\xff\\\\\\n'", StrRepr.bytesRepr(new byte[] {0, (byte) 0xff, '\\', '\n'}));
    assertEquals("b''", StrRepr.bytesRepr(new byte[0]));
  }

  /** Every code point alone, then random strings mixing quotes, escapes, surrogates and astral characters. */
  @Test
  void matchesCPythonOnAllCodePointsAndRandomStrings() {
    assumeTrue(CPython.find() != null, "CPython 3.12 not found");
    long seed = Long.getLong("kaa.test.seed", 4242L);
    Random random = new Random(seed);
    List<int[]> strings = new ArrayList<>();
    for (int cp = 0; cp < 0x110000; cp += 1) strings.add(new int[] {cp});
    int[] interesting = {'\'', '"', '\\', '\n', '\t', 0, 0x7f, 0xa0, 0xad, 0xd800, 0xdfff, 0x1f600, 0x10ffff, 'a', ' '};
    for (int i = 0; i < 3000; i++) {
      int[] s = new int[random.nextInt(8)];
      for (int j = 0; j < s.length; j++) {
        s[j] = random.nextInt(3) == 0 ? interesting[random.nextInt(interesting.length)] : random.nextInt(0x110000);
        // a Java string cannot keep a high and a low surrogate apart: they would read as one astral character
        if (j > 0 && Character.isLowSurrogate((char) s[j]) && s[j] <= 0xffff && Character.isHighSurrogate((char) s[j - 1])
            && s[j - 1] <= 0xffff) {
          s[j] = 'x';
        }
      }
      strings.add(s);
    }
    StringBuilder in = new StringBuilder();
    for (int[] s : strings) {
      in.append('.');
      for (int cp : s) in.append(' ').append(Integer.toHexString(cp));
      in.append('\n');
    }
    String script = """
        import sys
        out = []
        for line in sys.stdin.read().split('\\n')[:-1]:
            s = ''.join(chr(int(h, 16)) for h in line.split()[1:])
            out.append(' '.join('%x' % ord(c) for c in repr(s)))
        print('\\n'.join(out))
        """;
    String[] expected = CPython.run(script, in.toString()).split("\n", -1);
    int mismatches = 0;
    StringBuilder report = new StringBuilder();
    for (int i = 0; i < strings.size(); i++) {
      int[] s = strings.get(i);
      String text = new String(s, 0, s.length);
      StringBuilder ours = new StringBuilder();
      StrRepr.repr(text).codePoints().forEach(cp -> ours.append(ours.isEmpty() ? "" : " ").append(Integer.toHexString(cp)));
      if (!expected[i].equals(ours.toString())) {
        if (mismatches++ < 10) report.append("\n  ").append(expected[i]).append("  vs ours  ").append(ours);
      }
    }
    assertEquals(0, mismatches, "repr mismatches (seed " + seed + "):" + report);
  }

  @Test
  void bytesMatchCPython() {
    assumeTrue(CPython.find() != null, "CPython 3.12 not found");
    Random random = new Random(7);
    List<byte[]> values = new ArrayList<>();
    for (int i = 0; i < 2000; i++) {
      byte[] b = new byte[random.nextInt(10)];
      for (int j = 0; j < b.length; j++) {
        b[j] = random.nextBoolean() ? (byte) "'\"\\\n\tab".charAt(random.nextInt(7)) : (byte) random.nextInt(256);
      }
      values.add(b);
    }
    StringBuilder in = new StringBuilder();
    for (byte[] b : values) in.append('.').append(java.util.HexFormat.of().formatHex(b)).append('\n');
    String[] expected = CPython.run(
        "import sys\nprint('\\n'.join(repr(bytes.fromhex(l[1:])) for l in sys.stdin.read().split('\\n')[:-1]))",
        in.toString()).split("\n");
    for (int i = 0; i < values.size(); i++) assertEquals(expected[i], StrRepr.bytesRepr(values.get(i)));
  }
}
