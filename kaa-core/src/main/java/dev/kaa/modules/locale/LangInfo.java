package dev.kaa.modules.locale;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@code nl_langinfo} items CPython's {@code _locale} exposes, with glibc's numbers, and their values in the C
 * locale — the only values Kaa's locales have, "C" and "C.UTF-8" differing only in CODESET.
 */
final class LangInfo {
  private LangInfo() {}

  static final int CODESET = 14;

  /** Constant name to item number, in the order the module defines them. */
  static final Map<String, Integer> ITEMS = new LinkedHashMap<>();
  /** Item number to its C-locale value (CODESET aside). */
  static final Map<Integer, String> C_VALUES = new LinkedHashMap<>();

  private static void item(String name, int number, String cValue) {
    ITEMS.put(name, number);
    C_VALUES.put(number, cValue);
  }

  static {
    // glibc numbers an item (category << 16 | index): LC_NUMERIC is 1, LC_TIME 2, LC_MONETARY 4, LC_MESSAGES 5
    item("CODESET", CODESET, null);
    String[] days = {"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"};
    for (int i = 0; i < 7; i++) item("DAY_" + (i + 1), 0x20007 + i, days[i]);
    for (int i = 0; i < 7; i++) item("ABDAY_" + (i + 1), 0x20000 + i, days[i].substring(0, 3));
    String[] months = {"January", "February", "March", "April", "May", "June", "July", "August", "September",
        "October", "November", "December"};
    for (int i = 0; i < 12; i++) item("MON_" + (i + 1), 0x2001A + i, months[i]);
    for (int i = 0; i < 12; i++) item("ABMON_" + (i + 1), 0x2000E + i, months[i].substring(0, 3));
    item("RADIXCHAR", 0x10000, ".");
    item("THOUSEP", 0x10001, "");
    item("YESEXPR", 0x50000, "^[yY]");
    item("NOEXPR", 0x50001, "^[nN]");
    item("CRNCYSTR", 0x4000F, "-");
    item("D_T_FMT", 0x20028, "%a %b %e %H:%M:%S %Y");
    item("D_FMT", 0x20029, "%m/%d/%y");
    item("T_FMT", 0x2002A, "%H:%M:%S");
    item("T_FMT_AMPM", 0x2002B, "%I:%M:%S %p");
    item("AM_STR", 0x20026, "AM");
    item("PM_STR", 0x20027, "PM");
    item("ERA", 0x2002C, "");
    item("ERA_D_FMT", 0x2002E, "");
    item("ERA_D_T_FMT", 0x20030, "");
    item("ERA_T_FMT", 0x20031, "");
    item("ALT_DIGITS", 0x2002F, "");
    item("_DATE_FMT", 0x2006C, "%a %b %e %H:%M:%S %Z %Y");
  }
}
