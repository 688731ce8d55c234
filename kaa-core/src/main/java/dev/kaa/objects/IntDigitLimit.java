package dev.kaa.objects;

import dev.kaa.math.IntText;
import java.util.function.Supplier;

/**
 * {@code sys.get_int_max_str_digits()} / {@code sys.set_int_max_str_digits(n)}: the 3.12 limit on decimal int/str
 * conversions. Each interpreter owns one instance (its {@code sys} reads and sets it); the number types find the
 * current interpreter's through {@link #install}ed lookup, which the runtime sets once at start-up (for instance to
 * "the interpreter of the current thread"). Until then, and for code running outside any interpreter, the limit is
 * CPython's default, 4300 digits.
 */
public final class IntDigitLimit {
  private volatile int maxDigits = IntText.DEFAULT_MAX_STR_DIGITS;

  /** {@code sys.get_int_max_str_digits()}; 0 means no limit. */
  public int get() { return maxDigits; }

  /** {@code sys.set_int_max_str_digits(n)}: 0, or at least 640 (ValueError otherwise, as CPython). */
  public void set(long n) { maxDigits = IntText.checkMaxStrDigits(n); }

  private static volatile Supplier<IntDigitLimit> lookup = () -> null;

  /** Sets how the number types find the current interpreter's limit (null from the supplier: the default). */
  public static void install(Supplier<IntDigitLimit> currentInterpreters) { lookup = currentInterpreters; }

  /** The limit in force for the running code. */
  public static int current() {
    IntDigitLimit l = lookup.get();
    return l == null ? IntText.DEFAULT_MAX_STR_DIGITS : l.maxDigits;
  }
}
