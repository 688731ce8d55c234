package dev.kaa.math;

import java.math.BigInteger;
import java.util.Random;

/** Random ints and floats weighted toward the edges: 0, ±1, the 64-bit boundary, powers of two, huge values. */
final class RandomNumbers {
  private final Random random;

  RandomNumbers(long seed) {
    random = new Random(seed);
  }

  Random random() {
    return random;
  }

  /** An int in normal form of up to {@code maxBits} bits. */
  Number nextInt(int maxBits) {
    BigInteger v = switch (random.nextInt(8)) {
      case 0 -> BigInteger.valueOf(random.nextInt(21) - 10);
      case 1 -> BigInteger.valueOf(random.nextLong());
      case 2 -> BigInteger.ONE.shiftLeft(random.nextInt(Math.min(maxBits, 130))).add(BigInteger.valueOf(random.nextInt(5) - 2));
      case 3 -> BigInteger.valueOf(random.nextInt(2000) - 1000);
      default -> new BigInteger(1 + random.nextInt(maxBits), random);
    };
    if (random.nextBoolean()) v = v.negate();
    return IntMath.normalize(v);
  }

  Number nextInt() {
    return nextInt(random.nextInt(4) == 0 ? 3000 : 200);
  }

  /** A double of any kind: random bits, small integers and fractions, exact halves, infinities, NaN, zeros. */
  double nextDouble() {
    return switch (random.nextInt(10)) {
      case 0 -> Double.longBitsToDouble(random.nextLong());
      case 1 -> random.nextInt(41) - 20 + (random.nextBoolean() ? 0.5 : 0.0);
      case 2 -> new double[] {0.0, -0.0, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN, 1.0, -1.0,
          Double.MIN_VALUE, Double.MAX_VALUE, 0x1p53, 0x1p63, -0x1p63}[random.nextInt(12)];
      case 3 -> (random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(40) - 20);
      case 4 -> Math.scalb(random.nextDouble(), random.nextInt(2100) - 1075);
      default -> (random.nextDouble() - 0.5) * random.nextInt(1000);
    };
  }
}
