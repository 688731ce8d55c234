package dev.kaa.modules.posix.time;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.Month;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.zone.ZoneOffsetTransitionRule;
import java.time.zone.ZoneRules;
import java.util.List;
import java.util.Locale;

/**
 * The local time zone as the C library has it from {@code TZ}: an IANA name ("Europe/Paris", through the JDK's
 * database), a POSIX rule ("EST+05EDT,M3.2.0,M11.1.0": names, offsets west of Greenwich, and the days daylight time
 * starts and ends), or, with no {@code TZ}, the system's zone. Offsets and abbreviations for any instant.
 */
public final class TimeZoneRules {
  private final ZoneRules rules;
  /** The abbreviations of a POSIX rule (standard, daylight); null for a JDK zone, which names its own. */
  private final String stdName, dstName;
  private final ZoneId zone;

  private TimeZoneRules(ZoneRules rules, ZoneId zone, String stdName, String dstName) {
    this.rules = rules;
    this.zone = zone;
    this.stdName = stdName;
    this.dstName = dstName;
  }

  /** The zone {@code TZ} names (null: unset, the system's zone). */
  public static TimeZoneRules of(String tz) {
    if (tz == null) return systemZone();
    String spec = tz.startsWith(":") ? tz.substring(1) : tz;
    if (spec.isEmpty()) return ofZone(ZoneOffset.UTC.normalized());
    // a name with an offset or rules is POSIX's form ("UTC+5" is five hours west, as the JDK would not read it)
    TimeZoneRules posix = spec.matches(".*[0-9,].*") ? PosixTz.parse(spec) : null;
    if (posix != null) return posix;
    try {
      return ofZone(ZoneId.of(spec));
    } catch (RuntimeException e) {
      // glibc takes an unknown name as UTC under that name
      return new TimeZoneRules(ZoneOffset.UTC.getRules(), null, spec.replaceAll("[^A-Za-z].*", ""), null);
    }
  }

  /**
   * The system's zone, which glibc reads from {@code /etc/localtime}; when that names UTC (most servers and
   * containers), without the JDK's time zone database and locale data: loading them cost every start ~5% of its
   * time, since {@code zipimport} imports {@code time}.
   */
  private static TimeZoneRules systemZone() {
    try {
      String target = Files.readSymbolicLink(Path.of("/etc/localtime")).toString();
      if (target.endsWith("zoneinfo/Etc/UTC") || target.endsWith("zoneinfo/UTC")) return ofZone(ZoneOffset.UTC);
    } catch (IOException | RuntimeException notALink) {
      // a copied zone file, or no such file: the JDK's reading of it
    }
    return ofZone(ZoneId.systemDefault());
  }

  static TimeZoneRules ofZone(ZoneId zone) { return new TimeZoneRules(zone.getRules(), zone, null, null); }

  /** A POSIX rule's zone: fixed, or with daylight time between two yearly transitions. */
  static TimeZoneRules posix(String stdName, int stdOffset, String dstName, int dstOffset,
                             List<ZoneOffsetTransitionRule> transitions) {
    ZoneOffset std = ZoneOffset.ofTotalSeconds(stdOffset);
    if (dstName == null) return new TimeZoneRules(ZoneRules.of(std), null, stdName, null);
    // the JDK applies yearly rules only after the last explicit transition: list this era's, the rules beyond
    List<java.time.zone.ZoneOffsetTransition> explicit = new java.util.ArrayList<>();
    for (int year = 1900; year <= 2037; year++) {
      for (ZoneOffsetTransitionRule r : transitions) explicit.add(r.createTransition(year));
    }
    explicit.sort(java.util.Comparator.comparing(java.time.zone.ZoneOffsetTransition::getInstant));
    ZoneRules rules = ZoneRules.of(std, std, List.of(), explicit, transitions);
    return new TimeZoneRules(rules, null, stdName, dstName);
  }

  /** A yearly transition: month, week 1-5 (5: the last), weekday 0-6 (0: Sunday), at a local time in seconds. */
  static ZoneOffsetTransitionRule transition(int month, int week, int weekday, int seconds, int before, int after) {
    DayOfWeek day = DayOfWeek.of(weekday == 0 ? 7 : weekday);
    int indicator = week == 5 ? -1 : (week - 1) * 7 + 1;
    boolean endOfDay = seconds == 86400;
    LocalTime at = endOfDay ? LocalTime.MIDNIGHT : LocalTime.ofSecondOfDay(Math.floorMod(seconds, 86400));
    return ZoneOffsetTransitionRule.of(Month.of(month), indicator, day, at, endOfDay,
        ZoneOffsetTransitionRule.TimeDefinition.WALL, ZoneOffset.ofTotalSeconds(before),
        ZoneOffset.ofTotalSeconds(before), ZoneOffset.ofTotalSeconds(after));
  }

  public ZoneOffset offset(Instant t) { return rules.getOffset(t); }

  public boolean isDaylight(Instant t) { return rules.isDaylightSavings(t); }

  public ZoneRules rules() { return rules; }

  /** The abbreviation in force at {@code t}: "CET", "EDT", "UTC". */
  public String abbreviation(Instant t) {
    boolean dst = isDaylight(t);
    if (zone == null) return dst && dstName != null ? dstName : stdName;
    if (zone instanceof ZoneOffset o) return o.getTotalSeconds() == 0 ? "UTC" : o.getId();
    String name = DateTimeFormatter.ofPattern("zzz", Locale.US).format(t.atZone(zone));
    return name.startsWith("GMT") && name.length() > 3 ? numeric(offset(t)) : name;
  }

  /** glibc's abbreviation for a zone without a name: "+01", "-0330". */
  private static String numeric(ZoneOffset o) {
    int s = o.getTotalSeconds(), a = Math.abs(s);
    String sign = s < 0 ? "-" : "+";
    return a % 3600 == 0 ? String.format("%s%02d", sign, a / 3600)
        : String.format("%s%02d%02d", sign, a / 3600, a / 60 % 60);
  }
}
