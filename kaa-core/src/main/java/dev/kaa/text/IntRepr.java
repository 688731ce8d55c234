package dev.kaa.text;

import java.math.BigInteger;

/** {@code repr()} of Python ints: plain decimal with a leading minus sign. */
public final class IntRepr {
  private IntRepr() {}

  public static String repr(long value) {
    return Long.toString(value);
  }

  public static String repr(BigInteger value) {
    return value.toString();
  }
}
