package dev.kaa.modules.posix.time;

import java.time.zone.ZoneOffsetTransitionRule;
import java.util.List;

/**
 * POSIX's {@code TZ} rule: {@code std offset [dst [offset] [,start[/time],end[/time]]]}, offsets in hours west of
 * Greenwich, rules as {@code Mm.w.d} (the d-th weekday of week w of month m). Without rules glibc takes the US ones,
 * {@code M3.2.0,M11.1.0}. {@code Jn} and {@code n} day-of-year rules are not read (the zone is then unknown).
 */
final class PosixTz {
  private final String s;
  private int i;

  private PosixTz(String s) { this.s = s; }

  /** The zone, or null when {@code spec} is not a POSIX rule Kaa reads. */
  static TimeZoneRules parse(String spec) {
    try {
      return new PosixTz(spec).zone();
    } catch (RuntimeException e) {
      return null;
    }
  }

  private TimeZoneRules zone() {
    String std = name();
    int stdOffset = -offset();
    if (i == s.length()) return TimeZoneRules.posix(std, stdOffset, null, 0, List.of());
    String dst = name();
    int dstOffset = i < s.length() && s.charAt(i) != ',' ? -offset() : stdOffset + 3600;
    String rules = i == s.length() ? "M3.2.0,M11.1.0" : s.substring(i + 1);
    String[] parts = rules.split(",");
    if (parts.length != 2) throw new IllegalArgumentException(rules);
    return TimeZoneRules.posix(std, stdOffset, dst, dstOffset, List.of(
        rule(parts[0], stdOffset, dstOffset), rule(parts[1], dstOffset, stdOffset)));
  }

  private String name() {
    int start = i;
    if (s.charAt(i) == '<') {
      int end = s.indexOf('>', i);
      i = end + 1;
      return s.substring(start + 1, end);
    }
    while (i < s.length() && Character.isLetter(s.charAt(i))) i++;
    if (i - start < 3) throw new IllegalArgumentException("name");
    return s.substring(start, i);
  }

  /** {@code [+-]hh[:mm[:ss]]} in seconds, as written (west positive). */
  private int offset() {
    int sign = 1;
    if (s.charAt(i) == '+' || s.charAt(i) == '-') sign = s.charAt(i++) == '-' ? -1 : 1;
    int seconds = 0;
    for (int part = 0; part < 3 && i < s.length() && Character.isDigit(s.charAt(i)); part++) {
      int start = i;
      while (i < s.length() && Character.isDigit(s.charAt(i))) i++;
      seconds += Integer.parseInt(s.substring(start, i)) * (part == 0 ? 3600 : part == 1 ? 60 : 1);
      if (i < s.length() && s.charAt(i) == ':') i++;
      else break;
    }
    return sign * seconds;
  }

  private static ZoneOffsetTransitionRule rule(String text, int before, int after) {
    String[] dayTime = text.split("/");
    if (!dayTime[0].startsWith("M")) throw new IllegalArgumentException(text);
    String[] mwd = dayTime[0].substring(1).split("\\.");
    int at = 7200;
    if (dayTime.length > 1) {
      PosixTz t = new PosixTz(dayTime[1]);
      at = t.offset();
    }
    return TimeZoneRules.transition(Integer.parseInt(mwd[0]), Integer.parseInt(mwd[1]), Integer.parseInt(mwd[2]),
        at, before, after);
  }
}
