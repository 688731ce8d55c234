package dev.kaa.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ComplexFormatTest {
  @Test
  void fixedCases() {
    assertEquals("(1,234+5,678j)", ComplexFormat.format(1234, 5678, ","));
    assertEquals("(1.+2.j)", ComplexFormat.format(1, 2, "#.0"));
    assertEquals("+1.000e+00+2.000e+00j", ComplexFormat.format(1, 2, "+.3e"));
    assertEquals("0.00+0.00j", ComplexFormat.format(-1e-10, -0.0, "z.2f"));
    assertEquals("       (1+2j)       ", ComplexFormat.format(1, 2, "^20"));
  }

  @Test
  void matchesCPython() {
    Random r = FormatOracle.random();
    List<String[]> rows = new ArrayList<>();
    int n = FormatOracle.cases(4000, 300_000);
    for (int i = 0; i < n; i++) {
      double re = r.nextInt(4) == 0 ? 0.0 : FloatFormatTest.randomDouble(r);
      double im = FloatFormatTest.randomDouble(r);
      rows.add(new String[] {bits(re), bits(im), FormatOracle.randomSpec(r, "eEfFgGn%")});
    }
    FormatOracle.compare("""
        import struct
        def f(bits):
            return struct.unpack('<d', struct.pack('<Q', int(bits, 16)))[0]
        def case(re, im, spec):
            return format(complex(f(re), f(im)), spec)
        """, rows, row -> ComplexFormat.format(value(row[0]), value(row[1]), row[2]));
  }

  private static String bits(double d) {
    return Long.toHexString(Double.doubleToRawLongBits(d));
  }

  private static double value(String bits) {
    return Double.longBitsToDouble(Long.parseUnsignedLong(bits, 16));
  }
}
