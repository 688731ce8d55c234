package dev.kaa.modules.locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The locale a process starts with, as python3.12 reports {@code setlocale(LC_CTYPE)} under each environment (measured
 * on a glibc system with only C, C.utf8 and POSIX installed), and glibc's reading of locale names.
 */
class ProcessLocaleTest {
  private static String ctype(Map<String, String> env) { return ProcessLocale.initial(env)[ProcessLocale.LC_CTYPE]; }

  @Test void utf8LocaleFromTheEnvironmentKeepsItsSpelling() {
    assertEquals("C.UTF-8", ctype(Map.of("LANG", "C.UTF-8")));
    assertEquals("C.utf8", ctype(Map.of("LANG", "C.utf8")));
  }

  @Test void cLocaleIsCoercedToUtf8UnlessLcAllOrTheOptOutSaySo() {
    assertEquals("C.UTF-8", ctype(Map.of()));
    assertEquals("C.UTF-8", ctype(Map.of("LANG", "C")));
    assertEquals("C.UTF-8", ctype(Map.of("LANG", "de_DE.UTF-8")));
    assertEquals("C", ctype(Map.of("LC_ALL", "C")));
    assertEquals("C", ctype(Map.of("LC_ALL", "POSIX")));
    assertEquals("C", ctype(Map.of("LANG", "en_US.UTF-8", "PYTHONCOERCECLOCALE", "0")));
  }

  @Test void withoutCoercionOnlyCtypeComesFromTheEnvironment() {
    String[] names = ProcessLocale.initial(Map.of("LANG", "C.UTF-8", "LC_TIME", "C.UTF-8"));
    assertEquals("C", names[ProcessLocale.LC_TIME]);
    assertEquals("C", names[ProcessLocale.LC_NUMERIC]);
  }

  @Test void coercionTakesEveryCategoryFromTheEnvironmentWhenItCan() {
    String[] names = ProcessLocale.initial(Map.of("LANG", "C", "LC_TIME", "C.UTF-8"));
    assertEquals("C.UTF-8", names[ProcessLocale.LC_CTYPE]);
    assertEquals("C.UTF-8", names[ProcessLocale.LC_TIME]);
    assertEquals("C", names[ProcessLocale.LC_NUMERIC]);
    names = ProcessLocale.initial(Map.of("LANG", "de_DE", "LC_TIME", "C.UTF-8"));
    assertEquals("C.UTF-8", names[ProcessLocale.LC_CTYPE]);
    assertEquals("C", names[ProcessLocale.LC_TIME]);
    names = ProcessLocale.initial(Map.of("LC_CTYPE", "C", "LC_TIME", "C.UTF-8", "LC_NUMERIC", "xx"));
    assertEquals("C.UTF-8", names[ProcessLocale.LC_CTYPE]);
    assertEquals("C", names[ProcessLocale.LC_TIME]);
  }

  @Test void glibcNames() {
    assertEquals("C", ProcessLocale.canonical("POSIX"));
    assertEquals("C.UTF8", ProcessLocale.canonical("C.UTF8"));
    assertEquals("C.utf-8@euro", ProcessLocale.canonical("C.utf-8@euro"));
    assertNull(ProcessLocale.canonical("c"));
    assertNull(ProcessLocale.canonical("C.latin1"));
    assertNull(ProcessLocale.canonical("de_DE.UTF-8"));
  }
}
