package dev.kaa.modules.locale;

import java.util.Arrays;
import java.util.Map;

/**
 * The process's C locale as glibc keeps it: one locale name per category, process-wide (as the C library's, shared by
 * every interpreter). The JVM cannot switch the C library's locale, so this models the only locales a glibc system
 * always has — "C" (alias "POSIX") and "C.UTF-8" (any spelling of its codeset) — and refuses every other name as
 * glibc refuses a locale that is not installed. At start-up LC_CTYPE comes from the environment, and a C LC_CTYPE is
 * coerced to C.UTF-8, as python3.12 does (PEP 538; see {@link #initial}).
 */
final class ProcessLocale {
  private ProcessLocale() {}

  static final int LC_CTYPE = 0, LC_NUMERIC = 1, LC_TIME = 2, LC_COLLATE = 3, LC_MONETARY = 4, LC_MESSAGES = 5,
      LC_ALL = 6;
  /** glibc's categories by number (6 is LC_ALL); its composite name lists them in this order. */
  private static final String[] CATEGORY_NAMES = {"LC_CTYPE", "LC_NUMERIC", "LC_TIME", "LC_COLLATE", "LC_MONETARY",
      "LC_MESSAGES", "LC_ALL", "LC_PAPER", "LC_NAME", "LC_ADDRESS", "LC_TELEPHONE", "LC_MEASUREMENT",
      "LC_IDENTIFICATION"};

  /** Thrown for a request glibc's setlocale refuses (it returns NULL). */
  static final class Refused extends Exception {
    Refused() { super(null, null, false, false); }
  }

  private static final String[] current = initial(System.getenv());

  static boolean isCategory(int category) { return category >= 0 && category < CATEGORY_NAMES.length; }

  /**
   * The locale python3.12 starts with under environment {@code env}: LC_CTYPE from the environment; when that is C
   * (and LC_ALL is unset and PYTHONCOERCECLOCALE is not 0) python3.12 sets LC_CTYPE=C.UTF-8 in its environment and
   * then takes every category from it — all or, when one names a locale not installed, only LC_CTYPE.
   */
  static String[] initial(Map<String, String> env) {
    String[] names = new String[CATEGORY_NAMES.length];
    Arrays.fill(names, "C");
    names[LC_ALL] = null;
    String ctype = canonical(fromEnvironment(env, LC_CTYPE));
    if (ctype != null) names[LC_CTYPE] = ctype;
    String lcAll = env.get("LC_ALL");
    boolean coerce = (lcAll == null || lcAll.isEmpty()) && !"0".equals(env.get("PYTHONCOERCECLOCALE"));
    if (!coerce || !names[LC_CTYPE].equals("C")) return names;
    Map<String, String> coerced = new java.util.HashMap<>(env);
    coerced.put("LC_CTYPE", "C.UTF-8");
    String[] all = names.clone();
    for (int c = 0; c < all.length; c++) {
      if (c == LC_ALL) continue;
      all[c] = canonical(fromEnvironment(coerced, c));
      if (all[c] == null) {
        names[LC_CTYPE] = "C.UTF-8";
        return names;
      }
    }
    return all;
  }

  /** The name "" stands for in {@code category}: LC_ALL, then the category's own variable, then LANG, else "C". */
  private static String fromEnvironment(Map<String, String> env, int category) {
    for (String var : new String[] {"LC_ALL", CATEGORY_NAMES[category], "LANG"}) {
      String v = env.get(var);
      if (v != null && !v.isEmpty()) return v;
    }
    return "C";
  }

  /**
   * The name glibc reports for locale {@code name}, or null when it is not installed: "POSIX" is "C"; a C.UTF-8 keeps
   * the spelling it was asked for, glibc matching its codeset case- and punctuation-blind.
   */
  static String canonical(String name) {
    if (name.equals("C") || name.equals("POSIX")) return "C";
    int dot = name.indexOf('.');
    if (dot < 0 || !name.substring(0, dot).equals("C")) return null;
    int at = name.indexOf('@', dot);
    String codeset = name.substring(dot + 1, at < 0 ? name.length() : at);
    StringBuilder normal = new StringBuilder();
    for (char c : codeset.toCharArray()) if (Character.isLetterOrDigit(c)) normal.append(Character.toLowerCase(c));
    return normal.toString().equals("utf8") ? name : null;
  }

  /** {@code setlocale(category, NULL)}: the category's name; for LC_ALL one name, or glibc's composite when they differ. */
  static synchronized String query(int category) {
    if (category != LC_ALL) return current[category];
    String first = current[0];
    boolean same = true;
    for (int c = 0; c < current.length; c++) if (c != LC_ALL && !current[c].equals(first)) same = false;
    if (same) return first;
    StringBuilder composite = new StringBuilder();
    for (int c = 0; c < current.length; c++) {
      if (c == LC_ALL) continue;
      if (composite.length() > 0) composite.append(';');
      composite.append(CATEGORY_NAMES[c]).append('=').append(current[c]);
    }
    return composite.toString();
  }

  /** {@code setlocale(category, name)}: all categories change or none; returns the new name as {@link #query} would. */
  static synchronized String set(int category, String name) throws Refused {
    String[] next = current.clone();
    if (category == LC_ALL && name.indexOf(';') >= 0) {
      setComposite(next, name);
    } else if (category == LC_ALL) {
      for (int c = 0; c < next.length; c++) if (c != LC_ALL) next[c] = resolve(c, name);
    } else {
      next[category] = resolve(category, name);
    }
    System.arraycopy(next, 0, current, 0, current.length);
    return query(category);
  }

  private static String resolve(int category, String name) throws Refused {
    String canonical = canonical(name.isEmpty() ? fromEnvironment(System.getenv(), category) : name);
    if (canonical == null) throw new Refused();
    return canonical;
  }

  /** glibc takes back its own composite name only whole: every category named once. */
  private static void setComposite(String[] next, String composite) throws Refused {
    String[] parts = composite.split(";", -1);
    if (parts.length != CATEGORY_NAMES.length - 1) throw new Refused();
    boolean[] seen = new boolean[CATEGORY_NAMES.length];
    for (String part : parts) {
      int eq = part.indexOf('=');
      int c = eq < 0 ? -1 : Arrays.asList(CATEGORY_NAMES).indexOf(part.substring(0, eq));
      if (c < 0 || c == LC_ALL || seen[c]) throw new Refused();
      seen[c] = true;
      String canonical = canonical(part.substring(eq + 1));
      if (canonical == null) throw new Refused();
      next[c] = canonical;
    }
  }

  /** Whether the LC_CTYPE locale's codeset is UTF-8 (else it is "C"'s ASCII). */
  static synchronized boolean ctypeIsUtf8() { return !current[LC_CTYPE].equals("C"); }
}
