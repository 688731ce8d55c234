package dev.kaa.modules.posix.time;

/**
 * C's broken-down time ({@code struct tm}) with Python's conventions: {@code mon} 1-12, {@code wday} 0 for Monday,
 * {@code yday} 1-366; {@code zone} and {@code gmtoff} are null when the value came from a plain tuple.
 */
record Tm(long year, int mon, int mday, int hour, int min, int sec, int wday, int yday, int isdst, String zone,
          Long gmtoff) {
  /** The weekday as C counts it: 0 for Sunday. */
  int cWday() { return (wday + 1) % 7; }
}
