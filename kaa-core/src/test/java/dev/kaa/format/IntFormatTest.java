package dev.kaa.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.kaa.objects.PyException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class IntFormatTest {
  @Test
  void fixedCases() {
    assertEquals("0,001,234", IntFormat.format(1234, "09,"));
    assertEquals("-0,001,234", IntFormat.format(-1234, "09,"));
    assertEquals("1,2340000", IntFormat.format(1234, "0<9,"));
    assertEquals("0x000_0003", IntFormat.format(3, "#010_x"));
    assertEquals("0x2d_c6c0", IntFormat.format(3000000, "#_x"));
    assertEquals("-0o3", IntFormat.format(-3, "#o"));
    assertEquals("1\ud83d\ude00\ud83d\ude00", IntFormat.format(1, "\ud83d\ude00<3"));
    assertEquals("100.000000%", IntFormat.format(1, "%"));
    assertEquals("-9223372036854775808", IntFormat.format(Long.MIN_VALUE, "d"));
    assertEquals("1,180,591,620,717,411,303,424", IntFormat.format(BigInteger.TWO.pow(70), ","));
    assertEquals("A", IntFormat.format(65, "c"));
  }

  @Test
  void errors() {
    assertEquals("Unknown format code 's' for object of type 'int'", message(() -> IntFormat.format(1, "s")));
    assertEquals("Invalid format specifier 'c+' for object of type 'int'", message(() -> IntFormat.format(1, "c+")));
    assertEquals("Cannot specify ',' with 'x'.", message(() -> IntFormat.format(1, ",x")));
    assertEquals("Precision not allowed in integer format specifier", message(() -> IntFormat.format(1, ".2")));
    assertEquals("%c arg not in range(0x110000)", message(() -> IntFormat.format(-1, "c")));
    assertEquals("Too many decimal digits in format string",
        message(() -> IntFormat.format(1, "9999999999999999999")));
    assertEquals("Invalid format specifier 'x9' for object of type 'bool'",
        message(() -> IntFormat.format(1, "x9", "bool")));
  }

  private static String message(Runnable run) {
    return assertThrows(PyException.class, run::run).pyMessage();
  }

  @Test
  void matchesCPython() {
    Random r = FormatOracle.random();
    List<String[]> rows = new ArrayList<>();
    int n = FormatOracle.cases(6000, 400_000);
    for (int i = 0; i < n; i++) rows.add(new String[] {randomInt(r).toString(), FormatOracle.randomSpec(r, "bcdoxXneEfFgG%s")});
    FormatOracle.compare("def case(v, spec):\n    return format(int(v), spec)\n", rows, row -> {
      BigInteger v = new BigInteger(row[0]);
      return v.bitLength() < 64 ? IntFormat.format(v.longValue(), row[1]) : IntFormat.format(v, row[1]);
    });
  }

  /** A random int as the runtime holds it: a Long when it fits, else a BigInteger. */
  static Number randomIntValue(Random r) {
    return asRuntimeInt(randomInt(r));
  }

  static Number asRuntimeInt(BigInteger v) {
    return v.bitLength() < 64 ? (Number) v.longValue() : v;
  }

  static BigInteger randomInt(Random r) {
    return switch (r.nextInt(6)) {
      case 0 -> BigInteger.valueOf(r.nextInt(200) - 100);
      case 1 -> BigInteger.valueOf(r.nextInt(0x120000) - 10);
      case 2 -> BigInteger.valueOf(r.nextLong());
      case 3 -> new BigInteger(r.nextInt(1100), r).multiply(BigInteger.valueOf(r.nextBoolean() ? 1 : -1));
      case 4 -> BigInteger.valueOf(Long.MIN_VALUE + r.nextInt(3) - 1);
      default -> BigInteger.valueOf(r.nextLong() >> r.nextInt(64));
    };
  }
}
