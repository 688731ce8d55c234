package dev.kaa.strings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.kaa.objects.PyException;
import dev.kaa.testing.CPython;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Random str operations on random strings (quotes, whitespace of every kind, line breaks, sigma and case-ignorable
 * characters, ß and İ, astral characters, lone surrogates), each evaluated by Kaa and by python3.12 and compared with
 * the exception type and message. A few thousand cases by default; {@code -Dkaa.full=true} runs 300,000;
 * {@code -Dkaa.test.seed=N} picks the seed.
 */
class StrOpsTest {
  private static final String[] OPS = {"find", "rfind", "index", "rindex", "count", "startswith", "endswith", "replace",
      "in", "split", "rsplit", "splitlines", "partition", "rpartition", "upper", "lower", "casefold", "capitalize",
      "title", "swapcase", "isalpha", "isalnum", "isdecimal", "isdigit", "isnumeric", "isspace", "isidentifier",
      "isprintable", "islower", "isupper", "istitle", "isascii", "strip", "lstrip", "rstrip", "center", "ljust", "rjust",
      "zfill", "expandtabs", "removeprefix", "removesuffix", "translate", "maketrans", "encode", "cmp", "len",
      "getitem", "slice", "join", "maketranskey"};

  /** Characters that make the operations interesting; any code point turns up now and then too. */
  private static final int[] ALPHABET = {'a', 'b', 'A', 'B', 'z', ' ', ' ', '\t', '\n', '\r', '\u000b', '\u001c',
      '\u0085', '\u00a0', '\u2028', '\u3000', '0', '7', '-', '+', ',', '\'', '_', 'é', 'ß', 'İ', 'ǅ', 'ǆ', 'Σ', 'σ',
      'ς', '\u0301', '\u00ad', '.', '١', '½', '²', 0x1f600, 0x10400, 0x10428, 0x1d7d8, 0xffff, 0xe000, 0xd800, 0xdc00,
      0xdc80, 0xdbff};

  private static final String PYTHON = """
      import sys
      def dec(t):
          k, v = t[0], t[1:]
          if k == 's': return ''.join(chr(int(h, 16)) for h in v.split('.')) if v else ''
          if k == 'i': return int(v)
          if k == 'b': return v == '1'
          return None
      def enc(v):
          if v is None: return 'n'
          if isinstance(v, bool): return 'b1' if v else 'b0'
          if isinstance(v, int): return 'i%d' % v
          if isinstance(v, str):
              # as a Java String holds it: an adjacent lone high and low surrogate read as one character
              v = v.encode('utf-16-le', 'surrogatepass').decode('utf-16-le', 'surrogatepass')
              return 's' + '.'.join('%x' % ord(c) for c in v)
          if isinstance(v, list): return '[' + ','.join(enc(x) for x in v) + ']'
          if isinstance(v, tuple): return '(' + ','.join(enc(x) for x in v) + ')'
          if isinstance(v, bytes): return 'y' + v.hex()
          if isinstance(v, dict): return '{' + ','.join(enc(k) + ':' + enc(x) for k, x in v.items()) + '}'
          raise TypeError(type(v))
      def maketrans(x, y, z):
          return str.maketrans(x, y) if z is None else str.maketrans(x, y, z)
      SPECIAL = {
          'in': lambda a, b: b in a, 'cmp': lambda a, b: (a > b) - (a < b), 'len': len,
          'getitem': lambda a, i: a[i], 'slice': lambda a, i, j, k: a[i:j:k],
          'join': lambda sep, *parts: sep.join(parts), 'maketrans': maketrans,
          'translate': lambda a, x, y, z: a.translate(maketrans(x, y, z)),
          'maketranskey': lambda k: list(str.maketrans({k: None}))[0],
      }
      out = []
      for line in sys.stdin.read().split('\\n')[:-1]:
          op, *args = line.split(' ')
          args = [dec(a) for a in args]
          try:
              f = SPECIAL.get(op)
              r = f(*args) if f else getattr(args[0], op)(*args[1:])
              out.append(enc(r))
          except Exception as e:
              out.append('E' + type(e).__name__ + ':' + enc(str(e)))
      print('\\n'.join(out))
      """;

  @Test
  void randomOperationsMatchCPython() {
    assumeTrue(CPython.find() != null, "CPython 3.12 not found");
    long seed = Long.getLong("kaa.test.seed", 20261205L);
    int total = Boolean.getBoolean("kaa.full") ? 300_000 : 6_000;
    Random random = new Random(seed);
    int mismatches = 0, done = 0;
    StringBuilder report = new StringBuilder();
    while (done < total) {
      int batch = Math.min(50_000, total - done);
      List<Object[]> cases = new ArrayList<>();
      StringBuilder in = new StringBuilder();
      for (int k = 0; k < batch; k++) {
        Object[] c = randomCase(random);
        cases.add(c);
        for (int j = 0; j < c.length; j++) in.append(j == 0 ? (String) c[0] : " " + enc(c[j]));
        in.append('\n');
      }
      String[] expected = CPython.run(PYTHON, in.toString()).split("\n", -1);
      for (int k = 0; k < batch; k++) {
        String ours = evaluate(cases.get(k));
        if (!ours.equals(expected[k]) && mismatches++ < 15) {
          report.append(String.format("%n  %s%n    python %s%n    kaa    %s", describe(cases.get(k)), expected[k], ours));
        }
      }
      done += batch;
    }
    System.out.printf("StrOpsTest: %d random operations compared with CPython (seed %d), %d differ%n", done, seed,
        mismatches);
    assertEquals(0, mismatches, "operations differing from CPython (seed " + seed + "):" + report);
  }

  private static Object[] randomCase(Random r) {
    String op = OPS[r.nextInt(OPS.length)];
    String s = randomString(r, r.nextInt(8) == 0 ? 90 : 12);  // long ones span several PyStrIndex blocks
    return switch (op) {
      case "find", "rfind", "index", "rindex", "count", "startswith", "endswith" ->
          new Object[] {op, s, needle(r, s), index(r, s), r.nextInt(4) == 0 ? Integer.MAX_VALUE : index(r, s)};
      case "replace" -> new Object[] {op, s, needle(r, s), randomString(r, 3), r.nextInt(6) - 2};
      case "in", "removeprefix", "removesuffix", "partition", "rpartition" -> new Object[] {op, s, needle(r, s)};
      case "cmp" -> new Object[] {op, s, r.nextBoolean() ? needle(r, s) + randomString(r, 2) : randomString(r, 6)};
      case "split", "rsplit" -> new Object[] {op, s, r.nextInt(3) == 0 ? null : needle(r, s), r.nextInt(5) - 1};
      case "splitlines" -> new Object[] {op, s, r.nextBoolean()};
      case "strip", "lstrip", "rstrip" -> new Object[] {op, s, r.nextBoolean() ? null : randomString(r, 3)};
      case "center", "ljust", "rjust" ->
          new Object[] {op, s, r.nextInt(20) - 2, r.nextInt(8) == 0 ? randomString(r, 2) : randomString(r, 1)};
      case "zfill" -> new Object[] {op, (r.nextBoolean() ? "" : r.nextBoolean() ? "-" : "+") + s, r.nextInt(20) - 2};
      case "expandtabs" -> new Object[] {op, s, r.nextInt(12) - 2};
      case "translate" -> new Object[] {op, s, randomString(r, 3), randomString(r, 3), r.nextBoolean() ? null
          : randomString(r, 2)};
      case "maketrans" -> new Object[] {op, randomString(r, 3), randomString(r, 3), r.nextBoolean() ? null
          : randomString(r, 2)};
      case "encode" -> new Object[] {op, s, pick(r, "utf-8", "UTF8", "ascii", "latin-1", "Latin_1", "iso-8859-1",
          "us-ascii", "utf-16x"), pick(r, "strict", "strict", "ignore", "replace", "surrogateescape",
          "backslashreplace", "xmlcharrefreplace", "surrogatepass", "nonsense")};
      case "getitem" -> new Object[] {op, s, index(r, s)};
      case "slice" -> new Object[] {op, s, index(r, s), index(r, s), r.nextBoolean() ? 1 + r.nextInt(3) : -1 - r.nextInt(3)};
      case "join" -> new Object[] {op, randomString(r, 2), randomString(r, 3), randomString(r, 3), s};
      case "maketranskey" -> new Object[] {op, randomString(r, 2)};
      default -> new Object[] {op, s};
    };
  }

  private static String pick(Random r, String... choices) {
    return choices[r.nextInt(choices.length)];
  }

  /** A random string that a Java String holds faithfully (no lone high surrogate directly before a lone low one). */
  private static String randomString(Random r, int maxLength) {
    StringBuilder out = new StringBuilder();
    for (int n = r.nextInt(maxLength + 1), k = 0; k < n; k++) {
      int cp = r.nextInt(12) == 0 ? r.nextInt(0x110000) : ALPHABET[r.nextInt(ALPHABET.length)];
      if (Character.isLowSurrogate((char) cp) && cp < 0x10000 && !out.isEmpty()
          && Character.isHighSurrogate(out.charAt(out.length() - 1))) {
        cp = 'x';
      }
      out.appendCodePoint(cp);
    }
    return out.toString();
  }

  /** Mostly a piece of {@code s}, so that searches find something. */
  private static String needle(Random r, String s) {
    int[] cps = s.codePoints().toArray();
    if (cps.length == 0 || r.nextInt(3) == 0) return randomString(r, 2);
    int from = r.nextInt(cps.length);
    int to = from + r.nextInt(Math.min(3, cps.length - from) + 1);
    return new String(cps, from, to - from);
  }

  private static int index(Random r, String s) {
    int n = s.codePointCount(0, s.length());
    if (r.nextInt(20) == 0) return r.nextBoolean() ? Integer.MIN_VALUE : Integer.MAX_VALUE;
    return r.nextInt(2 * n + 7) - n - 3;
  }

  private static String evaluate(Object[] c) {
    try {
      return enc(run(c));
    } catch (PyException e) {
      return "E" + e.pyType().name() + ":" + enc(e.pyMessage());
    }
  }

  private static Object run(Object[] c) {
    String op = (String) c[0];
    String s = (String) c[1];
    PyStrIndex x = PyStrIndex.of(s);
    return switch (op) {
      case "find" -> StrSearch.find(x, str(c[2]), (int) c[3], (int) c[4]);
      case "rfind" -> StrSearch.rfind(x, str(c[2]), (int) c[3], (int) c[4]);
      case "index" -> StrSearch.index(x, str(c[2]), (int) c[3], (int) c[4]);
      case "rindex" -> StrSearch.rindex(x, str(c[2]), (int) c[3], (int) c[4]);
      case "count" -> StrSearch.count(x, str(c[2]), (int) c[3], (int) c[4]);
      case "startswith" -> StrSearch.startswith(x, str(c[2]), (int) c[3], (int) c[4]);
      case "endswith" -> StrSearch.endswith(x, str(c[2]), (int) c[3], (int) c[4]);
      case "replace" -> StrSearch.replace(s, str(c[2]), str(c[3]), (int) c[4]);
      case "in" -> StrSearch.contains(s, str(c[2]));
      case "split" -> StrSplit.split(s, str(c[2]), (int) c[3]);
      case "rsplit" -> StrSplit.rsplit(s, str(c[2]), (int) c[3]);
      case "splitlines" -> StrSplit.splitlines(s, (boolean) c[2]);
      case "partition" -> StrSplit.partition(s, str(c[2]));
      case "rpartition" -> StrSplit.rpartition(s, str(c[2]));
      case "upper" -> StrCase.upper(s);
      case "lower" -> StrCase.lower(s);
      case "casefold" -> StrCase.casefold(s);
      case "capitalize" -> StrCase.capitalize(s);
      case "title" -> StrCase.title(s);
      case "swapcase" -> StrCase.swapcase(s);
      case "isalpha" -> StrPredicates.isalpha(s);
      case "isalnum" -> StrPredicates.isalnum(s);
      case "isdecimal" -> StrPredicates.isdecimal(s);
      case "isdigit" -> StrPredicates.isdigit(s);
      case "isnumeric" -> StrPredicates.isnumeric(s);
      case "isspace" -> StrPredicates.isspace(s);
      case "isidentifier" -> StrPredicates.isidentifier(s);
      case "isprintable" -> StrPredicates.isprintable(s);
      case "islower" -> StrPredicates.islower(s);
      case "isupper" -> StrPredicates.isupper(s);
      case "istitle" -> StrPredicates.istitle(s);
      case "isascii" -> StrPredicates.isascii(s);
      case "strip" -> StrBuild.strip(s, str(c[2]));
      case "lstrip" -> StrBuild.lstrip(s, str(c[2]));
      case "rstrip" -> StrBuild.rstrip(s, str(c[2]));
      case "center" -> StrBuild.center(x, (int) c[2], str(c[3]));
      case "ljust" -> StrBuild.ljust(x, (int) c[2], str(c[3]));
      case "rjust" -> StrBuild.rjust(x, (int) c[2], str(c[3]));
      case "zfill" -> StrBuild.zfill(x, (int) c[2]);
      case "expandtabs" -> StrBuild.expandtabs(s, (int) c[2]);
      case "removeprefix" -> StrBuild.removeprefix(s, str(c[2]));
      case "removesuffix" -> StrBuild.removesuffix(s, str(c[2]));
      case "translate" -> {
        Map<Integer, Integer> table = StrBuild.maketrans(str(c[2]), str(c[3]), str(c[4]));
        yield StrBuild.translate(s, cp -> !table.containsKey(cp) ? null
            : table.get(cp) == null ? "" : StrBuild.ordinal(table.get(cp)));
      }
      case "maketrans" -> StrBuild.maketrans(s, str(c[2]), str(c[3]));
      case "encode" -> StrEncode.encode(s, str(c[2]), str(c[3]));
      case "cmp" -> Integer.signum(StrCompare.compare(s, str(c[2])));
      case "len" -> x.length();
      case "getitem" -> x.getItem((int) c[2]);
      case "slice" -> slice(x, (int) c[2], (int) c[3], (int) c[4]);
      case "join" -> StrBuild.join(s, List.of(str(c[2]), str(c[3]), str(c[4])));
      case "maketranskey" -> StrBuild.maketransKey(s);
      default -> throw new IllegalArgumentException(op);
    };
  }

  private static String str(Object o) {
    return (String) o;
  }

  /** {@code s[start:stop:step]}, the indices adjusted as {@code slice.indices} does (the runtime's slice object will). */
  private static String slice(PyStrIndex s, int start, int stop, int step) {
    long n = s.length();
    long[] bounds = {start, stop};
    for (int k = 0; k < 2; k++) {
      long v = bounds[k];
      if (v < 0) v = Math.max(v + n, step < 0 ? -1 : 0);
      else if (v >= n) v = step < 0 ? n - 1 : n;
      bounds[k] = v;
    }
    return s.slice((int) bounds[0], (int) bounds[1], step);
  }

  private static String enc(Object v) {
    if (v == null) return "n";
    if (v instanceof Boolean b) return b ? "b1" : "b0";
    if (v instanceof Integer i) return "i" + i;
    if (v instanceof String s) {
      StringBuilder out = new StringBuilder("s");
      s.codePoints().forEach(cp -> out.append(out.length() == 1 ? "" : ".").append(Integer.toHexString(cp)));
      return out.toString();
    }
    if (v instanceof List<?> list) return "[" + String.join(",", list.stream().map(StrOpsTest::enc).toList()) + "]";
    if (v instanceof Object[] tuple) return "(" + String.join(",", List.of(tuple).stream().map(StrOpsTest::enc).toList())
        + ")";
    if (v instanceof byte[] bytes) return "y" + HexFormat.of().formatHex(bytes);
    if (v instanceof Map<?, ?> map) {
      List<String> items = new ArrayList<>();
      map.forEach((k, x) -> items.add(enc(k) + ":" + enc(x)));
      return "{" + String.join(",", items) + "}";
    }
    throw new IllegalArgumentException(v.getClass().toString());
  }

  private static String describe(Object[] c) {
    StringBuilder out = new StringBuilder((String) c[0]);
    for (int j = 1; j < c.length; j++) out.append(' ').append(enc(c[j]));
    return out.toString();
  }
}
