package dev.kaa.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.kaa.testing.CPython;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FloatReprTest {
  @Test
  void fixedCases() {
    assertEquals("1.0", FloatRepr.repr(1.0));
    assertEquals("0.0", FloatRepr.repr(0.0));
    assertEquals("-0.0", FloatRepr.repr(-0.0));
    assertEquals("0.0001", FloatRepr.repr(0.0001));
    assertEquals("1e-05", FloatRepr.repr(0.00001));
    assertEquals("1e+16", FloatRepr.repr(1e16));
    assertEquals("1000000000000000.0", FloatRepr.repr(1e15));
    assertEquals("9999999999999998.0", FloatRepr.repr(9999999999999998.0));
    assertEquals("1.5e+300", FloatRepr.repr(1.5e300));
    assertEquals("0.1", FloatRepr.repr(0.1));
    assertEquals("0.30000000000000004", FloatRepr.repr(0.1 + 0.2));
    assertEquals("123.456", FloatRepr.repr(123.456));
    assertEquals("-2.5", FloatRepr.repr(-2.5));
    assertEquals("5e-324", FloatRepr.repr(Double.MIN_VALUE));
    assertEquals("1.7976931348623157e+308", FloatRepr.repr(Double.MAX_VALUE));
    assertEquals("inf", FloatRepr.repr(Double.POSITIVE_INFINITY));
    assertEquals("-inf", FloatRepr.repr(Double.NEGATIVE_INFINITY));
    assertEquals("nan", FloatRepr.repr(Double.NaN));
    assertEquals("1.2345678901234567e+19", FloatRepr.repr(12345678901234567890.0));
  }

  @Test
  void complexCases() {
    assertEquals("2j", FloatRepr.imaginaryRepr(2.0));
    assertEquals("1.5j", FloatRepr.imaginaryRepr(1.5));
    assertEquals("0j", FloatRepr.imaginaryRepr(0.0));
    assertEquals("1e+16j", FloatRepr.imaginaryRepr(1e16));
    assertEquals("infj", FloatRepr.imaginaryRepr(Double.POSITIVE_INFINITY));
    assertEquals("(1+2j)", FloatRepr.complexRepr(1, 2));
    assertEquals("-0j", FloatRepr.complexRepr(0.0, -0.0));
    assertEquals("(-0-0j)", FloatRepr.complexRepr(-0.0, -0.0));
    assertEquals("(1+nanj)", FloatRepr.complexRepr(1, Double.NaN));
    assertEquals("(1.5-2.5j)", FloatRepr.complexRepr(1.5, -2.5));
  }

  /** Random doubles of every magnitude, printed by CPython and by us. */
  @Test
  void matchesCPythonOnRandomDoubles() {
    assumeTrue(CPython.find() != null, "CPython 3.12 not found");
    long seed = Long.getLong("kaa.test.seed", 12345L);
    Random random = new Random(seed);
    List<Double> values = new ArrayList<>();
    for (int i = 0; i < 20000; i++) values.add(Double.longBitsToDouble(random.nextLong()));
    for (int i = 0; i < 5000; i++) values.add((double) random.nextInt(1_000_000) / Math.pow(10, random.nextInt(25)));
    for (int e = -330; e <= 310; e++) {
      values.add(Double.parseDouble("1e" + e));
      values.add(Double.parseDouble("9.999e" + e));
    }
    for (int i = 0; i < 2000; i++) values.add((double) random.nextLong() / (1L << random.nextInt(64)));
    StringBuilder in = new StringBuilder();
    for (double d : values) in.append(Long.toHexString(Double.doubleToRawLongBits(d))).append('\n');
    String script = """
        import sys, struct
        out = []
        for line in sys.stdin.read().split():
            x = struct.unpack('<d', struct.pack('<Q', int(line, 16)))[0]
            out.append(repr(x) + ' ' + repr(complex(0.0, x)) + ' ' + repr(complex(x, -x)))
        print('\\n'.join(out))
        """;
    String[] expected = CPython.run(script, in.toString()).split("\n");
    assertEquals(values.size(), expected.length);
    for (int i = 0; i < values.size(); i++) {
      double d = values.get(i);
      String ours = FloatRepr.repr(d) + " " + FloatRepr.imaginaryRepr(d) + " " + FloatRepr.complexRepr(d, -d);
      assertEquals(expected[i], ours, "bits " + Long.toHexString(Double.doubleToRawLongBits(d)) + " (seed " + seed + ")");
    }
  }
}
