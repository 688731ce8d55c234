package dev.kaa.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FloatFormatTest {
  @Test
  void fixedCases() {
    assertEquals("1.e+20", FloatFormat.format(1e20, "#"));
    assertEquals("1.0", FloatFormat.format(1.0, ".3"));
    assertEquals("1.2e+02", FloatFormat.format(123.0, ".2"));
    assertEquals("2.e+00", FloatFormat.format(1.5, "#.0"));
    assertEquals("2", FloatFormat.format(2.5, ".0f"));
    assertEquals("0.0", FloatFormat.format(-0.0, "z"));
    assertEquals("-1e-10", FloatFormat.format(-1e-10, "z.2"));
    assertEquals("0.00", FloatFormat.format(-1e-10, "z.2f"));
    assertEquals("0000000inf", FloatFormat.format(Double.POSITIVE_INFINITY, "010,"));
    assertEquals("+000000nan", FloatFormat.format(Double.NaN, "+010.3f"));
    assertEquals("0_000_000_001_234.50", FloatFormat.format(1234.5, "0=20_.2f"));
    assertEquals("9.999888671826830054133752367653e-321", FloatFormat.format(1e-320, ".30e"));
  }

  @Test
  void matchesCPython() {
    Random r = FormatOracle.random();
    List<String[]> rows = new ArrayList<>();
    int n = FormatOracle.cases(6000, 400_000);
    for (int i = 0; i < n; i++) {
      double v = randomDouble(r);
      rows.add(new String[] {Long.toHexString(Double.doubleToRawLongBits(v)), FormatOracle.randomSpec(r, "eEfFgGn%d")});
    }
    FormatOracle.compare("""
        import struct
        def case(bits, spec):
            return format(struct.unpack('<d', struct.pack('<Q', int(bits, 16)))[0], spec)
        """, rows, row -> FloatFormat.format(Double.longBitsToDouble(Long.parseUnsignedLong(row[0], 16)), row[1]));
  }

  static double randomDouble(Random r) {
    return switch (r.nextInt(8)) {
      case 0 -> Double.longBitsToDouble(r.nextLong());
      case 1 -> (r.nextInt(2_000_001) - 1_000_000) / Math.pow(10, r.nextInt(12));
      case 2 -> new double[] {0.0, -0.0, Double.NaN, -Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
          Double.MIN_VALUE, Double.MAX_VALUE, 0.5, 1.5, 2.5, -0.5, 1e16, 1e-4, 9.9999e-5, 1e22, 123456789.0}[r.nextInt(17)];
      case 3 -> (r.nextInt(41) - 20) / 8.0 * Math.pow(10, r.nextInt(9) - 4);
      case 4 -> r.nextGaussian() * Math.pow(10, r.nextInt(40) - 20);
      case 5 -> Math.scalb((double) (r.nextInt(1 << 20)), r.nextInt(80) - 40);
      case 6 -> (double) r.nextLong();
      default -> r.nextDouble() - 0.5;
    };
  }
}
