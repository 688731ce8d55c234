package dev.kaa.math;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kaa.text.FloatRepr;
import dev.kaa.text.StrRepr;
import java.math.BigInteger;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** int(str), str(int), bin/oct/hex and float(str) against CPython, on random valid, mangled and edge-case text. */
class TextTest {
  private static final String[] SPACES = {"", " ", "\t", "\n", "\u00a0", "\u2003", "\u3000", "\u0085", "\u001c", "\u180e"};
  private static final String[] NOISE = {"_", "__", "-", "+", " ", "x", "0x", "0o", "0b", "e", ".", "\u0661", "\ud835\udfcf",
      "a", "Z", "\u00e9", "j", "inf", "nan", "\u200b", "0"};

  @Test
  void intParsingMatchesCPython() {
    RandomNumbers r = new RandomNumbers(Oracle.seed() + 10);
    Random random = r.random();
    Oracle oracle = new Oracle("");
    int n = Oracle.count(3000);
    int[] bases = {0, 2, 8, 10, 16, 36, 3, 7, 0, 10};
    for (int i = 0; i < n; i++) {
      long base = random.nextInt(30) == 0 ? random.nextInt(40) - 1 : bases[random.nextInt(bases.length)];
      Number v = r.nextInt(random.nextInt(10) == 0 ? 15000 : 300);
      int radix = base == 0 ? new int[] {2, 8, 10, 16}[random.nextInt(4)] : (int) Math.max(2, Math.min(36, base));
      String digits = IntMath.big(v).abs().toString(radix);
      if (random.nextBoolean()) digits = digits.toUpperCase();
      if (random.nextInt(4) == 0) digits = underscored(digits, random);
      String prefix = switch (radix) {
        case 16 -> random.nextBoolean() || base == 0 ? "0x" : "";
        case 8 -> random.nextBoolean() || base == 0 ? "0o" : "";
        case 2 -> random.nextBoolean() || base == 0 ? "0b" : "";
        default -> "";
      };
      if (!prefix.isEmpty() && random.nextInt(4) == 0) prefix += "_";
      String sign = IntMath.signum(v) < 0 ? "-" : random.nextInt(5) == 0 ? "+" : "";
      String text = SPACES[random.nextInt(SPACES.length)] + sign + prefix + digits + SPACES[random.nextInt(SPACES.length)];
      if (random.nextInt(4) == 0) text = mangle(text, random);
      if (random.nextInt(10) == 0) text = toUnicodeDigits(text, random);
      String s = text;
      int limit = random.nextInt(5) == 0 ? 0 : IntText.DEFAULT_MAX_STR_DIGITS;
      oracle.add("(sys.set_int_max_str_digits(" + limit + "), int(" + StrRepr.repr(s) + ", " + base + "))[1]",
          () -> IntText.parse(s, base, limit));
    }
    for (String s : new String[] {"0_7", "00", "0_0", "07", "0x", "0b102", "0b1", "1_", "_1", "+ 1", "", " ", "\u0000",
        "\u0661\u0662", "1\u00a0 2", "\u001c12\u00a0", "9" .repeat(300) + "x", "\ud803\udd41", "1\u180e"}) {
      oracle.add("int(" + StrRepr.repr(s) + ", 0)", () -> IntText.parse(s, 0));
      oracle.add("int(" + StrRepr.repr(s) + ", 16)", () -> IntText.parse(s, 16));
    }
    oracle.check("int(str, base)");
  }

  private static String underscored(String digits, Random random) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < digits.length(); i++) {
      if (i > 0 && random.nextInt(3) == 0) sb.append('_');
      sb.append(digits.charAt(i));
    }
    return sb.toString();
  }

  private static String mangle(String text, Random random) {
    int at = random.nextInt(text.length() + 1);
    String noise = NOISE[random.nextInt(NOISE.length)];
    return random.nextBoolean() || at == text.length()
        ? text.substring(0, at) + noise + text.substring(at)
        : text.substring(0, at) + noise + text.substring(at + 1);
  }

  /** Replaces some ASCII digits with the same digit of another script (Arabic-Indic, Devanagari, mathematical bold). */
  private static String toUnicodeDigits(String text, Random random) {
    int[] zeros = {0x660, 0x966, 0x1D7CE, 0xFF10};
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9' && random.nextBoolean()) {
        sb.appendCodePoint(zeros[random.nextInt(zeros.length)] + (c - '0'));
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  @Test
  void intToTextMatchesCPython() {
    RandomNumbers r = new RandomNumbers(Oracle.seed() + 11);
    Oracle oracle = new Oracle("");
    int n = Oracle.count(2000);
    for (int i = 0; i < n; i++) {
      Number v = r.nextInt(r.random().nextInt(10) == 0 ? 16000 : 400);
      int limit = r.random().nextInt(3) == 0 ? 0 : IntText.DEFAULT_MAX_STR_DIGITS;
      String set = "sys.set_int_max_str_digits(" + limit + "), ";
      oracle.add("(" + set + "str(" + hexLiteral(v) + "))[1]", () -> "'" + IntText.toDecimal(v, limit) + "'");
      oracle.add("(bin(" + hexLiteral(v) + "), oct(" + hexLiteral(v) + "), hex(" + hexLiteral(v) + "))",
          () -> new Object[] {"'" + IntText.bin(v) + "'", "'" + IntText.oct(v) + "'", "'" + IntText.hex(v) + "'"});
    }
    Number limitEdge = (Number) IntMath.pow(10L, 4300L);
    oracle.add("len(str(10**4300 - 1))", () -> (long) IntText.toDecimal(IntMath.sub(limitEdge, 1L)).length());
    oracle.add("str(10**4300)", () -> IntText.toDecimal(limitEdge));
    oracle.add("len(str(-10**4300 + 1))", () -> (long) IntText.toDecimal(IntMath.sub(1L, limitEdge)).length());
    for (long v : new long[] {-1, 1, 639, 640, 641, 0, 1L << 40}) {
      oracle.add("(sys.set_int_max_str_digits(" + v + "), sys.get_int_max_str_digits())[1]",
          () -> (long) IntText.checkMaxStrDigits(v));
    }
    oracle.check("str/bin/oct/hex of int");
  }

  /** A literal CPython reads without the decimal digit limit. */
  private static String hexLiteral(Number v) {
    return "(" + IntText.hex(v) + ")";
  }

  /** A big round trip through decimal text (its speed is a benchmark's business, not a unit test's). */
  @Test
  void hugeConversionsRoundTrip() {
    BigInteger big = BigInteger.ONE.shiftLeft(1_000_000).subtract(BigInteger.valueOf(12345));  // 301,030 digits
    String text = IntText.toDecimal(big, 0);
    assertEquals(301_030, text.length());
    assertEquals(big, IntMath.big(IntText.parse(text, 10, 0)));
  }

  @Test
  void floatParsingMatchesCPython() {
    RandomNumbers r = new RandomNumbers(Oracle.seed() + 12);
    Random random = r.random();
    Oracle oracle = new Oracle("");
    int n = Oracle.count(3000);
    for (int i = 0; i < n; i++) {
      double d = r.nextDouble();
      String text = switch (random.nextInt(6)) {
        case 0 -> FloatRepr.repr(d);
        case 1 -> String.format("%.25e", d).replace("Infinity", "inf").replace("NaN", "nan");
        case 2 -> randomDecimal(random);
        case 3 -> new String[] {"inf", "-Infinity", "iNfInItY", "+nan", "-NaN", "infinit", "nan(1)", "1_000.000_1",
            "1e1_0", "1_e10", "1._5", "1.5_", ".5", "5.", ".", "e5", "1e", "1e+", "0x10", "1d5", "00.5", "1.5j"}[
            random.nextInt(22)];
        default -> underscored(FloatRepr.repr(d), random);
      };
      text = SPACES[random.nextInt(SPACES.length)] + text + SPACES[random.nextInt(SPACES.length)];
      if (random.nextInt(5) == 0) text = mangle(text, random);
      if (random.nextInt(10) == 0) text = toUnicodeDigits(text, random);
      String s = text;
      oracle.add("float(" + StrRepr.repr(s) + ")", () -> FloatText.parse(s));
    }
    oracle.check("float(str)");
  }

  /** Many digits near the halfway points between doubles, and exponents at the edges of the range. */
  private static String randomDecimal(Random random) {
    StringBuilder sb = new StringBuilder(random.nextBoolean() ? "-" : "");
    int digits = 1 + random.nextInt(random.nextInt(5) == 0 ? 800 : 25);
    for (int i = 0; i < digits; i++) sb.append((char) ('0' + random.nextInt(10)));
    if (random.nextBoolean()) sb.insert(sb.length() - random.nextInt(digits), '.');
    sb.append('e').append(random.nextInt(700) - 350);
    return sb.toString();
  }
}
