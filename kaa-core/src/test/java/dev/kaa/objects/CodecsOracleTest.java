package dev.kaa.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.kaa.testing.CPython;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link Codecs} against python3.12 on random input: bytes biased towards the edges of UTF-8, UTF-16 and UTF-32
 * (truncated sequences, surrogates, overlong forms, BOMs) decoded, and strings with astral characters and lone
 * surrogates encoded, with every codec and error handler; results or exception type and message compared.
 * 3,000 cases by default, 100,000 with {@code -Dkaa.full=true}.
 */
class CodecsOracleTest {
  private static final String[] CODECS = {"utf-8", "ascii", "latin-1", "utf-16", "utf-16-le", "utf-16-be", "utf-32",
      "utf-32-le", "utf-32-be"};
  private static final String[] DECODE_ERRORS = {"strict", "ignore", "replace", "backslashreplace", "surrogateescape",
      "surrogatepass"};
  private static final String[] ENCODE_ERRORS = {"strict", "ignore", "replace", "backslashreplace",
      "xmlcharrefreplace", "surrogateescape", "surrogatepass"};
  private static final int[] BYTES = {0x00, 0x41, 0x7f, 0x80, 0xbf, 0xc0, 0xc2, 0xdf, 0xe0, 0xed, 0xef, 0xf0, 0xf4,
      0xf5, 0xff, 0xfe, 0xd8, 0xdc, 0xa0, 0x9f, 0x90, 0x8f, 0x11, 0x10};
  private static final int[] CODE_POINTS = {'a', 'Z', 0x7f, 0x80, 0xe9, 0xff, 0x100, 0x20ac, 0xfeff, 0xd800, 0xdbff,
      0xdc00, 0xdc80, 0xdcff, 0xdfff, 0xe000, 0xffff, 0x10000, 0x1f600, 0x10ffff};

  private static final String PYTHON = """
      import sys
      for line in sys.stdin.read().split('\\n'):
          if not line: continue
          op, codec, errors, arg = line.split(' ')
          try:
              if op == 'd':
                  r = bytes.fromhex(arg).decode(codec, errors)
                  # as a Java String holds it: a lone high surrogate then a lone low one read as one character
                  r = r.encode('utf-16-le', 'surrogatepass').decode('utf-16-le', 'surrogatepass')
                  r = '.'.join('%x' % ord(c) for c in r)
              else:
                  s = ''.join(chr(int(h, 16)) for h in arg.split('.')) if arg != '-' else ''
                  r = s.encode(codec, errors).hex()
          except Exception as e:
              r = '!! %s: %s' % (type(e).__name__, e)
          print(r)
      """;

  @Test void matchesCPython() {
    String python = CPython.find();
    assumeTrue(python != null, "python3.12 not found");
    int n = Boolean.getBoolean("kaa.full") ? 100_000 : 3_000;
    Random random = new Random(Long.getLong("kaa.test.seed", 20261205L));
    List<String> cases = new ArrayList<>();
    for (int i = 0; i < n; i++) cases.add(random.nextBoolean() ? decodeCase(random) : encodeCase(random));
    String[] expected = CPython.run(PYTHON, String.join("\n", cases) + "\n").split("\n");
    assertEquals(n, expected.length);
    List<String> failures = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String actual = run(cases.get(i));
      if (!actual.equals(expected[i]) && failures.size() < 20) {
        failures.add(cases.get(i) + "\n   expected " + expected[i] + "\n   got      " + actual);
      }
    }
    assertEquals("", String.join("\n", failures));
  }

  private static String decodeCase(Random r) {
    byte[] data = new byte[r.nextInt(9)];
    for (int i = 0; i < data.length; i++) {
      data[i] = (byte) (r.nextInt(4) == 0 ? r.nextInt(256) : BYTES[r.nextInt(BYTES.length)]);
    }
    return "d " + CODECS[r.nextInt(CODECS.length)] + " " + DECODE_ERRORS[r.nextInt(DECODE_ERRORS.length)] + " "
        + HexFormat.of().formatHex(data);
  }

  private static String encodeCase(Random r) {
    List<String> cps = new ArrayList<>();
    int previous = 0;
    for (int i = r.nextInt(6); i > 0; i--) {
      int cp = r.nextInt(5) == 0 ? r.nextInt(0x110000) : CODE_POINTS[r.nextInt(CODE_POINTS.length)];
      // a Java String cannot hold a lone high surrogate directly followed by a lone low one
      if (Character.isLowSurrogate((char) cp) && cp <= 0xffff && Character.isHighSurrogate((char) previous)
          && previous <= 0xffff) {
        continue;
      }
      cps.add(Integer.toHexString(cp));
      previous = cp;
    }
    return "e " + CODECS[r.nextInt(CODECS.length)] + " " + ENCODE_ERRORS[r.nextInt(ENCODE_ERRORS.length)] + " "
        + (cps.isEmpty() ? "-" : String.join(".", cps));
  }

  private static String run(String line) {
    String[] p = line.split(" ", -1);
    try {
      if (p[0].equals("d")) {
        String s = Codecs.decode(HexFormat.of().parseHex(p[3]), p[1], p[2]);
        return codePoints(s);
      }
      StringBuilder s = new StringBuilder();
      if (!p[3].equals("-")) for (String h : p[3].split("\\.")) s.appendCodePoint(Integer.parseInt(h, 16));
      return HexFormat.of().formatHex(Codecs.encode(s.toString(), p[1], p[2]));
    } catch (PyException e) {
      return "!! " + e.pyType().name() + ": " + Abstract.str(e.value()).value;
    }
  }

  /** As Python lists a str's code points: a surrogate pair in the Java String is one astral character. */
  private static String codePoints(String s) {
    List<String> out = new ArrayList<>();
    s.codePoints().forEach(cp -> out.add(Integer.toHexString(cp)));
    return String.join(".", out);
  }
}
