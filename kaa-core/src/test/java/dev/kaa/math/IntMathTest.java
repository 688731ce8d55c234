package dev.kaa.math;

import static dev.kaa.math.Oracle.lit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.math.BigInteger;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;

class IntMathTest {
  @Test
  void resultsThatFitAreLongs() {
    Number big = IntMath.add(Long.MAX_VALUE, 1L);
    assertInstanceOf(BigInteger.class, big);
    assertInstanceOf(Long.class, IntMath.sub(big, 1L));
    assertInstanceOf(Long.class, IntMath.floorDiv(big, 2L));
    assertEquals(Long.MIN_VALUE, IntMath.neg(big));
    assertEquals(IntMath.TWO_POW_63, IntMath.floorDiv(Long.MIN_VALUE, -1L));
  }

  @Test
  void binaryOperatorsMatchCPython() {
    RandomNumbers r = new RandomNumbers(Oracle.seed());
    Oracle oracle = new Oracle();
    String[] ops = {"+", "-", "*", "//", "%", "/", "&", "|", "^"};
    BiFunction<Number, Number, Object>[] fns = functions(IntMath::add, IntMath::sub, IntMath::mul, IntMath::floorDiv,
        IntMath::mod, IntMath::trueDiv, IntMath::and, IntMath::or, IntMath::xor);
    int n = Oracle.count(4000);
    for (int i = 0; i < n; i++) {
      int op = i % ops.length;
      Number a = r.nextInt(), b = r.random().nextInt(20) == 0 ? (Number) 0L : r.nextInt();
      if (op == 5 && r.random().nextBoolean()) {  // true division of widely different sizes: subnormals, overflow
        a = r.nextInt(1200);
        b = r.nextInt(1200);
      }
      Number x = a, y = b;
      oracle.add(lit(a) + " " + ops[op] + " " + lit(b), () -> fns[op].apply(x, y));
      if (i % 3 == 0) oracle.add("divmod(" + a + ", " + b + ")", () -> IntMath.divmod(x, y));
    }
    oracle.check("int binary operators");
  }

  @SafeVarargs
  private static BiFunction<Number, Number, Object>[] functions(BiFunction<Number, Number, Object>... fns) {
    return fns;
  }

  @Test
  void powersShiftsAndUnaryMatchCPython() {
    RandomNumbers r = new RandomNumbers(Oracle.seed() + 1);
    Oracle oracle = new Oracle();
    int n = Oracle.count(1500);
    for (int i = 0; i < n; i++) {
      Number a = r.nextInt(), b = r.nextInt(), m = r.nextInt(300);
      long smallExp = r.random().nextInt(IntMath.bitLength(a) > 64 ? 20 : 200) - 10;
      long count = r.random().nextInt(300) - 5;
      oracle.addLibm(lit(a) + " ** " + lit(smallExp), () -> IntMath.pow(a, smallExp));
      oracle.add("pow(" + a + ", " + b + ", " + m + ")", () -> IntMath.pow(a, b, m));
      oracle.add(lit(a) + " << " + lit(count), () -> IntMath.lshift(a, count));
      oracle.add(lit(a) + " >> " + lit(count), () -> IntMath.rshift(a, count));
      oracle.add(lit(a) + " >> " + lit(b), () -> IntMath.rshift(a, b));
      oracle.add("(~" + lit(a) + ", -" + lit(a) + ", abs(" + a + "))",
          () -> new Object[] {IntMath.invert(a), IntMath.neg(a), IntMath.abs(a)});
      oracle.add("((" + a + ").bit_length(), (" + a + ").bit_count())",
          () -> new Object[] {IntMath.bitLength(a), IntMath.bitCount(a)});
      long nd = -r.random().nextInt(40);
      oracle.add("round(" + a + ", " + nd + ")", () -> IntMath.round(a, nd));
      oracle.add("(" + lit(a) + " < " + lit(b) + ", " + lit(a) + " == " + lit(b) + ")",
          () -> new Object[] {IntMath.compare(a, b) < 0, IntMath.compare(a, b) == 0});
    }
    oracle.add("pow(2, 3, 0)", () -> IntMath.pow(2L, 3L, 0L));
    oracle.add("pow(0, -1, 5)", () -> IntMath.pow(0L, -1L, 5L));
    oracle.add("0 ** -1", () -> IntMath.pow(0L, -1L));
    oracle.add("(-1) ** (2**70 + 1)", () -> IntMath.pow(-1L, IntMath.add(IntMath.lshift(1L, 70L), 1L)));
    oracle.add("1 << (1 << 63)", () -> IntMath.lshift(1L, IntMath.lshift(1L, 63L)));
    oracle.add("0 << (1 << 63)", () -> IntMath.lshift(0L, IntMath.lshift(1L, 63L)));
    oracle.add("(-5) >> (1 << 70)", () -> IntMath.rshift(-5L, IntMath.lshift(1L, 70L)));
    oracle.add("(2**2000) ** -1", () -> IntMath.pow(IntMath.lshift(1L, 2000L), -1L));
    oracle.add("(2**1100) ** -1", () -> IntMath.pow(IntMath.lshift(1L, 1100L), -1L));
    oracle.check("int powers, shifts, unary, round");
  }

  @Test
  void intFloatComparisonsAndHashesMatchCPython() {
    RandomNumbers r = new RandomNumbers(Oracle.seed() + 2);
    Oracle oracle = new Oracle();
    int n = Oracle.count(2000);
    for (int i = 0; i < n; i++) {
      Number a = r.nextInt(1100);
      double f = i % 4 == 0 ? Math.nextUp(IntMath.big(a).doubleValue()) : r.nextDouble();
      double g = i % 4 == 1 ? IntMath.big(a).doubleValue() : f;
      oracle.add("(" + lit(a) + " < " + lit(g) + ", " + lit(a) + " == " + lit(g) + ", " + lit(a) + " > " + lit(g) + ")",
          () -> Double.isNaN(g) ? new Object[] {false, false, false} : new Object[] {
              IntMath.compareToFloat(a, g) < 0, IntMath.compareToFloat(a, g) == 0, IntMath.compareToFloat(a, g) > 0});
      oracle.add("hash(" + a + ")", () -> NumericHash.hashInt(a));
      if (!Double.isNaN(f)) {
        double im = r.nextDouble();
        oracle.add("hash(" + lit(f) + ")", () -> NumericHash.hashFloat(f));
        if (!Double.isNaN(im)) {
          oracle.add("hash(complex(" + lit(f) + ", " + lit(im) + "))", () -> NumericHash.hashComplex(f, im));
        }
      }
      Number d = IntMath.abs(r.nextInt(130));
      if (IntMath.signum(d) == 0) d = 1L;
      Number den = d;
      oracle.add("hash(Fraction(" + a + ", " + den + "))", () -> {
        Number g2 = IntMath.gcd(a, den);
        return NumericHash.hashRational(IntMath.floorDiv(a, g2), IntMath.floorDiv(den, g2));
      });
    }
    oracle.add("hash(Fraction(1, 2**61 - 1))", () -> NumericHash.hashRational(1L, (1L << 61) - 1));
    oracle.check("int-float comparisons, numeric hashes");
  }

  @Test
  void mathFunctionsMatchCPython() {
    RandomNumbers r = new RandomNumbers(Oracle.seed() + 3);
    Oracle oracle = new Oracle();
    int n = Oracle.count(600);
    for (int i = 0; i < n; i++) {
      Number a = r.nextInt(), b = r.nextInt(), c = r.nextInt(100);
      oracle.add("math.gcd(" + a + ", " + b + ", " + c + ")", () -> IntMath.gcd(a, b, c));
      oracle.add("math.lcm(" + a + ", " + c + ")", () -> IntMath.lcm(a, c));
      oracle.add("math.isqrt(" + a + ")", () -> IntMath.isqrt(a));
      long nn = r.random().nextInt(400) - 5, k = r.random().nextInt(60) - 3;
      Number bigN = IntMath.abs(r.nextInt(300));
      oracle.add("math.comb(" + nn + ", " + k + ")", () -> IntMath.comb(nn, k));
      oracle.add("math.comb(" + bigN + ", " + k + ")", () -> IntMath.comb(bigN, k));
      oracle.add("math.perm(" + nn + ", " + k + ")", () -> IntMath.perm(nn, k));
      oracle.add("math.factorial(" + nn + ")", () -> IntMath.factorial(nn));
    }
    oracle.add("math.gcd()", IntMath::gcd);
    oracle.add("math.lcm()", IntMath::lcm);
    oracle.add("math.factorial(10**30)", () -> IntMath.factorial((Number) IntMath.pow(10L, 30L)));
    oracle.add("math.comb(10**30, 10**25)",
        () -> IntMath.comb((Number) IntMath.pow(10L, 30L), (Number) IntMath.pow(10L, 25L)));
    oracle.add("math.perm(10**30, 10**25)",
        () -> IntMath.perm((Number) IntMath.pow(10L, 30L), (Number) IntMath.pow(10L, 25L)));
    oracle.add("math.isqrt(2**64 - 1)", () -> IntMath.isqrt(IntMath.sub(IntMath.lshift(1L, 64L), 1L)));
    oracle.add("math.isqrt(2**63 - 1)", () -> IntMath.isqrt(Long.MAX_VALUE));
    oracle.check("math integer functions");
  }
}
