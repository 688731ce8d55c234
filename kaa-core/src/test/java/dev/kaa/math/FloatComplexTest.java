package dev.kaa.math;

import static dev.kaa.math.Oracle.lit;

import dev.kaa.text.FloatRepr;
import dev.kaa.text.StrRepr;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** float and complex arithmetic, float.hex/fromhex, int.to_bytes/from_bytes against CPython on random operands. */
class FloatComplexTest {
  private static String complex(double[] z) {
    return FloatRepr.complexRepr(z[0], z[1]);
  }

  /** A complex expression whose value CPython prints as the tuple (real, imag), as the oracle prints a double[]. */
  private static String parts(String complexExpr) {
    return "(lambda z: (z.real, z.imag))(" + complexExpr + ")";
  }

  private static String complexLit(double re, double im) {
    return "complex(" + lit(re) + ", " + lit(im) + ")";
  }

  @Test
  void floatArithmeticMatchesCPython() {
    RandomNumbers r = new RandomNumbers(Oracle.seed() + 20);
    Oracle oracle = new Oracle();
    int n = Oracle.count(2500);
    for (int i = 0; i < n; i++) {
      double a = r.nextDouble(), b = r.random().nextInt(15) == 0 ? 0.0 : r.nextDouble();
      String x = lit(a), y = lit(b);
      oracle.add(x + " // " + y, () -> FloatMath.floorDiv(a, b));
      oracle.add(x + " % " + y, () -> FloatMath.mod(a, b));
      oracle.add("divmod(" + x + ", " + y + ")", () -> FloatMath.divmod(a, b));
      oracle.add(x + " / " + y, () -> FloatMath.trueDiv(a, b));
      double e = r.random().nextInt(3) == 0 ? r.random().nextInt(21) - 10 + (r.random().nextBoolean() ? 0.5 : 0) : b;
      if (FloatMath.powIsComplex(a, e)) {
        oracle.addLibm(parts(x + " ** " + lit(e)), () -> ComplexMath.pow(a, 0.0, e, 0.0));
      } else {
        oracle.addLibm(x + " ** " + lit(e), () -> FloatMath.pow(a, e));
      }
      oracle.add("round(" + x + ")", () -> FloatMath.round(a));
      oracle.add("math.hypot(" + x + ", " + y + ")", () -> FloatMath.hypot(a, b));
      long nd = r.random().nextInt(40) - 20;
      long ndExtreme = r.random().nextInt(20) == 0 ? (r.random().nextBoolean() ? 400 : -400) : nd;
      oracle.add("round(" + x + ", " + ndExtreme + ")", () -> FloatMath.round(a, ndExtreme));
      oracle.add("(" + x + ").is_integer()", () -> FloatMath.isInteger(a));
      oracle.add("(" + x + ").as_integer_ratio()", () -> FloatMath.asIntegerRatio(a));
      oracle.add("(int(" + x + "), math.floor(" + x + "), math.ceil(" + x + "))",
          () -> new Object[] {FloatMath.trunc(a), FloatMath.floor(a), FloatMath.ceil(a)});
      oracle.add("(" + x + ").hex()", () -> "'" + FloatHex.hex(a) + "'");
      Number big = r.nextInt(1100);
      oracle.add("float(" + big + ")", () -> IntMath.toDouble(big));
    }
    for (String s : new String[] {"2.0 ** 10000", "0.0 ** -1", "(-0.0) ** -3", "(-8.0) ** (1/3)", "inf ** -1", "(-inf) ** 3",
        "nan ** 0", "1.0 ** nan", "(-1.0) ** inf", "round(2.675, 2)", "round(1.7976931348623157e308, -308)", "round(0.5)",
        "round(-0.5)", "round(-0.4, 0)", "round(inf, 2)", "round(nan)"}) {
      oracle.add(s, () -> evaluate(s));
    }
    oracle.check("float arithmetic");
  }

  /** The fixed edge cases above, computed by the functions under test. */
  private static Object evaluate(String expr) {
    return switch (expr) {
      case "2.0 ** 10000" -> FloatMath.pow(2.0, 10000);
      case "0.0 ** -1" -> FloatMath.pow(0.0, -1);
      case "(-0.0) ** -3" -> FloatMath.pow(-0.0, -3);
      case "(-8.0) ** (1/3)" -> complex(ComplexMath.pow(-8.0, 0, 1.0 / 3, 0));
      case "inf ** -1" -> FloatMath.pow(Double.POSITIVE_INFINITY, -1);
      case "(-inf) ** 3" -> FloatMath.pow(Double.NEGATIVE_INFINITY, 3);
      case "nan ** 0" -> FloatMath.pow(Double.NaN, 0);
      case "1.0 ** nan" -> FloatMath.pow(1.0, Double.NaN);
      case "(-1.0) ** inf" -> FloatMath.pow(-1.0, Double.POSITIVE_INFINITY);
      case "round(2.675, 2)" -> FloatMath.round(2.675, 2);
      case "round(1.7976931348623157e308, -308)" -> FloatMath.round(Double.MAX_VALUE, -308);
      case "round(0.5)" -> FloatMath.round(0.5);
      case "round(-0.5)" -> FloatMath.round(-0.5);
      case "round(-0.4, 0)" -> FloatMath.round(-0.4, 0);
      case "round(inf, 2)" -> FloatMath.round(Double.POSITIVE_INFINITY, 2);
      case "round(nan)" -> FloatMath.round(Double.NaN);
      default -> throw new IllegalArgumentException(expr);
    };
  }

  @Test
  void fromHexMatchesCPython() {
    RandomNumbers r = new RandomNumbers(Oracle.seed() + 21);
    Random random = r.random();
    Oracle oracle = new Oracle();
    String[] fixed = {"0x1p-1075", "0x1.8p-1075", "1", "0x1.", "0x.8", ".8", "0X1P3", " 0x1p1 ", "-inf", "+Infinity", "nan",
        "0x1p", "0x1p+", "0xp1", "0x", "x1", "1_0", "0x1.fffffffffffff8p1023", "0x1.fffffffffffff7p1023", "0x1p1024",
        "\u00a01", "0x1.0000000000000800000001p0", "0x0.00000000000008p-1022", "1e1", "0x1p99999999999999999999",
        "-0x1p-99999999999999999999", "0x" + "0".repeat(300) + "1p-1074", "infinit", "-0x0p0", "0x1.p", "."};
    for (String s : fixed) oracle.add("float.fromhex(" + StrRepr.repr(s) + ")", () -> FloatHex.fromHex(s));
    int n = Oracle.count(2000);
    for (int i = 0; i < n; i++) {
      StringBuilder sb = new StringBuilder(random.nextBoolean() ? "-" : "");
      if (random.nextBoolean()) sb.append("0x");
      int digits = 1 + random.nextInt(random.nextInt(4) == 0 ? 40 : 16);
      for (int k = 0; k < digits; k++) sb.append(Character.forDigit(random.nextInt(16), 16));
      if (random.nextBoolean()) sb.insert(sb.length() - random.nextInt(digits), '.');
      if (random.nextInt(5) != 0) sb.append('p').append(random.nextInt(2300) - 1150);
      String s = sb.toString();
      oracle.add("float.fromhex(" + StrRepr.repr(s) + ")", () -> FloatHex.fromHex(s));
      double d = r.nextDouble();
      String h = FloatHex.hex(d);
      oracle.add("float.fromhex(" + StrRepr.repr(h) + ")", () -> FloatHex.fromHex(h));
    }
    oracle.check("float.fromhex");
  }

  @Test
  void complexArithmeticMatchesCPython() {
    RandomNumbers r = new RandomNumbers(Oracle.seed() + 22);
    Oracle oracle = new Oracle();
    int n = Oracle.count(2000);
    for (int i = 0; i < n; i++) {
      double ar = r.nextDouble(), ai = r.nextDouble();
      double br = r.random().nextInt(10) == 0 ? 0.0 : r.nextDouble(), bi = r.random().nextInt(10) == 0 ? 0.0 : r.nextDouble();
      String a = complexLit(ar, ai), b = complexLit(br, bi);
      oracle.add(a + " + " + b, () -> complex(ComplexMath.add(ar, ai, br, bi)));
      oracle.add(a + " - " + b, () -> complex(ComplexMath.sub(ar, ai, br, bi)));
      oracle.add(a + " * " + b, () -> complex(ComplexMath.mul(ar, ai, br, bi)));
      oracle.add(a + " / " + b, () -> complex(ComplexMath.trueDiv(ar, ai, br, bi)));
      oracle.add("-" + a, () -> complex(ComplexMath.neg(ar, ai)));
      oracle.addLibm("abs(" + a + ")", () -> ComplexMath.abs(ar, ai));  // glibc's hypot is not correctly rounded
      oracle.add("math.hypot(" + lit(ar) + ", " + lit(ai) + ")", () -> FloatMath.hypot(ar, ai));
      double sr = r.random().nextDouble() * 4 - 2, si = r.random().nextDouble() * 4 - 2;
      int k = r.random().nextInt(230) - 115;
      oracle.addLibm(parts(complexLit(sr, si) + " ** " + k), () -> ComplexMath.pow(sr, si, k, 0.0));
      // beyond about 1e6 the exponent multiplies the last-bit differences of atan2 and log into a different phase
      if (!(Math.max(Math.abs(br), Math.abs(bi)) > 1e6 && Double.isFinite(br) && Double.isFinite(bi))) {
        // an ulp of atan2 (or log) is multiplied by the exponent in the phase
        double amplified = 1e-12 + 0x1p-51 * Math.max(Math.abs(br), Math.abs(bi));
        oracle.addLibm(parts(a + " ** " + b), () -> ComplexMath.pow(ar, ai, br, bi), amplified);
      }
      oracle.add("complex(" + StrRepr.repr(FloatRepr.complexRepr(ar, ai)) + ")",
          () -> complex(ComplexText.parse(FloatRepr.complexRepr(ar, ai))));
    }
    String[] texts = {"1_0j", "1+2j", "(1+2j)", " ( 1+2j ) ", "(1+2j", "1 + 2j", "j", "-j", "+J", "1+j", "1-j", "1+-2j", "1e5j",
        "1ej", "inf+nanj", "-nan-infj", "infj", "1+2", "2j+1", "()", "( )", "\u00a01j", "1.5e-3-.5j", "1_000+2_0.5e1_0j",
        "nanj", ".j", "5.j", "1e", "+", "(j)", "((1))", "1j ", "0x1j", "\u0661j", "infinityj", "1+infinityJ", "1+2jj", ""};
    for (String s : texts) oracle.add("complex(" + StrRepr.repr(s) + ")", () -> complex(ComplexText.parse(s)));
    oracle.add("0j ** -1", () -> complex(ComplexMath.pow(0, 0, -1, 0)));
    oracle.add("0j ** 1j", () -> complex(ComplexMath.pow(0, 0, 0, 1)));
    oracle.add("complex(1e308, 1e308) ** 2", () -> complex(ComplexMath.pow(1e308, 1e308, 2, 0)));
    oracle.add("complex(1e200, 1e200) ** 3", () -> complex(ComplexMath.pow(1e200, 1e200, 3, 0)));
    oracle.add("abs(complex(1.5e308, 1.5e308))", () -> ComplexMath.abs(1.5e308, 1.5e308));
    oracle.add("complex(1, 0) / 0j", () -> complex(ComplexMath.trueDiv(1, 0, 0, 0)));
    oracle.check("complex arithmetic");
  }

  @Test
  void toAndFromBytesMatchCPython() {
    RandomNumbers r = new RandomNumbers(Oracle.seed() + 23);
    Oracle oracle = new Oracle();
    int n = Oracle.count(2000);
    for (int i = 0; i < n; i++) {
      Number v = r.nextInt(r.random().nextInt(4) == 0 ? 300 : 70);
      long length = r.random().nextInt(12) == 0 ? -1 : r.random().nextInt(12) + IntMath.bitLength(v) / 8 - 5;
      boolean big = r.random().nextBoolean(), signed = r.random().nextBoolean();
      String order = big ? "'big'" : "'little'";
      String sign = signed ? "True" : "False";
      oracle.add("(" + v + ").to_bytes(" + length + ", " + order + ", signed=" + sign + ")",
          () -> StrRepr.bytesRepr(IntBytes.toBytes(v, length, big, signed)));
      byte[] data = new byte[r.random().nextInt(20)];
      r.random().nextBytes(data);
      oracle.add("int.from_bytes(" + StrRepr.bytesRepr(data) + ", " + order + ", signed=" + sign + ")",
          () -> IntBytes.fromBytes(data, big, signed));
    }
    oracle.add("(1).to_bytes(1, 'x')", () -> IntBytes.isBigEndian("x"));
    oracle.add("(-1).to_bytes(0, 'big', signed=True)", () -> StrRepr.bytesRepr(IntBytes.toBytes(-1L, 0, true, true)));
    oracle.add("(-2).to_bytes(0, 'big', signed=True)", () -> StrRepr.bytesRepr(IntBytes.toBytes(-2L, 0, true, true)));
    oracle.check("int.to_bytes/from_bytes");
  }
}
