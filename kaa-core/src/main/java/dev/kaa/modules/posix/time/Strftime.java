package dev.kaa.modules.posix.time;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * {@code strftime} as glibc formats in the C locale: every conversion, the flags {@code _ - 0 ^ #}, a field width and
 * the ignored {@code E}/{@code O} modifiers; an unknown conversion is copied as written.
 */
final class Strftime {
  private Strftime() {}

  private static final String[] DAYS = {"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
      "Saturday"};
  private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July",
      "August", "September", "October", "November", "December"};

  /**
   * Formats {@code tm}; {@code zone} and {@code gmtoff} are what %Z and %z show (null zone: empty, as for an
   * unknown daylight flag); {@code epoch} gives %s (mktime of the fields).
   */
  static String format(String fmt, Tm tm, String zone, Long gmtoff, LongSupplier epoch) {
    StringBuilder out = new StringBuilder();
    int n = fmt.length();
    for (int i = 0; i < n; i++) {
      char c = fmt.charAt(i);
      if (c != '%') {
        out.append(c);
        continue;
      }
      int start = i++;
      char pad = 0;
      boolean upper = false, swap = false;
      for (; i < n && "_-0^#".indexOf(fmt.charAt(i)) >= 0; i++) {
        switch (fmt.charAt(i)) {
          case '^' -> upper = true;
          case '#' -> swap = true;
          default -> pad = fmt.charAt(i);
        }
      }
      int width = -1;
      for (; i < n && Character.isDigit(fmt.charAt(i)); i++) {
        width = Math.max(width, 0) * 10 + (fmt.charAt(i) - '0');
      }
      if (i < n && (fmt.charAt(i) == 'E' || fmt.charAt(i) == 'O')) i++;
      if (i >= n) {
        out.append(fmt, start, n);
        break;
      }
      String piece = conversion(fmt.charAt(i), tm, zone, gmtoff, epoch, pad, width);
      if (piece == null) {
        out.append(fmt, start, i + 1);
        continue;
      }
      if (swap) piece = swapCase(fmt.charAt(i), piece);
      if (upper) piece = piece.toUpperCase(Locale.ROOT);
      out.append(piece);
    }
    return out.toString();
  }

  /** glibc's '#': upper case for names, lower case for %p and %Z. */
  private static String swapCase(char conversion, String s) {
    return conversion == 'p' || conversion == 'Z' ? s.toLowerCase(Locale.ROOT) : s.toUpperCase(Locale.ROOT);
  }

  private static String conversion(char c, Tm tm, String zone, Long gmtoff, LongSupplier epoch, char pad,
                                   int width) {
    int wdaySun = tm.cWday();
    return switch (c) {
      case 'a' -> text(DAYS[wdaySun].substring(0, 3), pad, width);
      case 'A' -> text(DAYS[wdaySun], pad, width);
      case 'b', 'h' -> text(MONTHS[tm.mon() - 1].substring(0, 3), pad, width);
      case 'B' -> text(MONTHS[tm.mon() - 1], pad, width);
      case 'c' -> text(format("%a %b %e %H:%M:%S %Y", tm, zone, gmtoff, epoch), pad, width);
      case 'C' -> number(Math.floorDiv(tm.year(), 100), 2, '0', pad, width);
      case 'd' -> number(tm.mday(), 2, '0', pad, width);
      case 'D', 'x' -> text(format("%m/%d/%y", tm, zone, gmtoff, epoch), pad, width);
      case 'e' -> number(tm.mday(), 2, ' ', pad, width);
      case 'F' -> text(number(tm.year(), 1, '0', pad, -1) + format("-%m-%d", tm, zone, gmtoff, epoch), pad, width);
      case 'g' -> number(Math.floorMod(isoYear(tm), 100), 2, '0', pad, width);
      case 'G' -> number(isoYear(tm), 1, '0', pad, width);
      case 'H' -> number(tm.hour(), 2, '0', pad, width);
      case 'I' -> number(hour12(tm), 2, '0', pad, width);
      case 'j' -> number(tm.yday(), 3, '0', pad, width);
      case 'k' -> number(tm.hour(), 2, ' ', pad, width);
      case 'l' -> number(hour12(tm), 2, ' ', pad, width);
      case 'm' -> number(tm.mon(), 2, '0', pad, width);
      case 'M' -> number(tm.min(), 2, '0', pad, width);
      case 'n' -> text("\n", pad, width);
      case 'p' -> text(tm.hour() < 12 ? "AM" : "PM", pad, width);
      case 'P' -> text(tm.hour() < 12 ? "am" : "pm", pad, width);
      case 'r' -> text(format("%I:%M:%S %p", tm, zone, gmtoff, epoch), pad, width);
      case 'R' -> text(format("%H:%M", tm, zone, gmtoff, epoch), pad, width);
      case 's' -> number(epoch.getAsLong(), 1, '0', pad, width);
      case 'S' -> number(tm.sec(), 2, '0', pad, width);
      case 't' -> text("\t", pad, width);
      case 'T', 'X' -> text(format("%H:%M:%S", tm, zone, gmtoff, epoch), pad, width);
      case 'u' -> number(tm.wday() + 1, 1, '0', pad, width);
      case 'U' -> number((tm.yday() - 1 + 7 - wdaySun) / 7, 2, '0', pad, width);
      case 'V' -> number(isoWeek(tm), 2, '0', pad, width);
      case 'w' -> number(wdaySun, 1, '0', pad, width);
      case 'W' -> number((tm.yday() - 1 + 7 - tm.wday()) / 7, 2, '0', pad, width);
      case 'y' -> number(Math.floorMod(tm.year(), 100), 2, '0', pad, width);
      case 'Y' -> number(tm.year(), 1, '0', pad, width);
      case 'z' -> gmtoff == null ? "" : text(offset(gmtoff), pad, width);
      case 'Z' -> text(zone == null ? "" : zone, pad, width);
      case '%' -> text("%", pad, width);
      default -> null;
    };
  }

  private static int hour12(Tm tm) { return tm.hour() % 12 == 0 ? 12 : tm.hour() % 12; }

  /** The ISO 8601 week-numbering year and week, from the weekday and day of the year (no calendar date needed). */
  private static long isoYear(Tm tm) {
    int week = rawIsoWeek(tm);
    if (week < 1) return tm.year() - 1;
    if (week > weeksIn(tm.year())) return tm.year() + 1;
    return tm.year();
  }

  private static int isoWeek(Tm tm) {
    int week = rawIsoWeek(tm);
    if (week < 1) return weeksIn(tm.year() - 1);
    if (week > weeksIn(tm.year())) return 1;
    return week;
  }

  /** (yday - weekday + 10) / 7 with Monday 1: 0 belongs to the previous year, 53 maybe to the next. */
  private static int rawIsoWeek(Tm tm) { return Math.floorDiv(tm.yday() - (tm.wday() + 1) + 10, 7); }

  private static int weeksIn(long year) {
    if (year < -999_999_999 || year > 999_999_999) return 52;
    LocalDate dec28 = LocalDate.of((int) year, 12, 28);
    return (int) dec28.getLong(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
  }

  private static String offset(long gmtoff) {
    long a = Math.abs(gmtoff);
    return (gmtoff < 0 ? "-" : "+") + String.format("%02d%02d", a / 3600, a / 60 % 60);
  }

  /** A text field: padded with spaces (or zeros with the '0' flag) to the width asked for. */
  private static String text(String s, char pad, int width) {
    if (width <= s.length()) return s;
    return String.valueOf(pad == '0' ? '0' : ' ').repeat(width - s.length()) + s;
  }

  /**
   * A number at its default width and padding; '_' pads with spaces, '0' with zeros, '-' not at all; an explicit
   * width replaces the default (glibc pads a '-' field to an explicit width with spaces).
   */
  private static String number(long v, int defaultWidth, char defaultPad, char flag, int width) {
    String digits = Long.toString(Math.abs(v));
    String sign = v < 0 ? "-" : "";
    int w = width >= 0 ? width : flag == '-' ? 0 : defaultWidth;
    char padChar = switch (flag) {
      case '_', '-' -> ' ';
      case '0' -> '0';
      default -> defaultPad;
    };
    int fill = w - digits.length() - sign.length();
    if (fill <= 0) return sign + digits;
    return padChar == '0' ? sign + "0".repeat(fill) + digits : " ".repeat(fill) + sign + digits;
  }
}
