package dev.kaa.runtime;

import dev.kaa.text.StrRepr;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * The warning filters {@code -W} and {@code PYTHONWARNINGS} set up ({@code sys.warnoptions}), as CPython's
 * {@code warnings} module reads them at start-up: {@code action:message:category:module:lineno}, any field may be
 * empty, the action may be abbreviated; a bad option is reported ("Invalid -W option ignored: ...") and skipped.
 * The last option given wins, then CPython's default filters (DeprecationWarning shown only in {@code __main__},
 * PendingDeprecationWarning, ImportWarning and ResourceWarning ignored). Kaa's own warnings (the compiler's
 * SyntaxWarning and DeprecationWarning) ask {@link #action} what to do; the {@code warnings} module itself comes with
 * the standard library.
 */
final class WarningFilters {
  /** One filter: message is a lower-case prefix, module the exact module name ("" for any), lineno 0 for any. */
  record Filter(String action, String message, String category, String module, int lineno) {}

  private static final List<String> ACTIONS = List.of("default", "always", "ignore", "module", "once", "error");

  /** The built-in warning categories, each with its base class. */
  private static final Map<String, String> CATEGORIES = Map.ofEntries(Map.entry("Warning", "Exception"),
      Map.entry("UserWarning", "Warning"), Map.entry("DeprecationWarning", "Warning"),
      Map.entry("PendingDeprecationWarning", "Warning"), Map.entry("SyntaxWarning", "Warning"),
      Map.entry("RuntimeWarning", "Warning"), Map.entry("FutureWarning", "Warning"),
      Map.entry("ImportWarning", "Warning"), Map.entry("UnicodeWarning", "Warning"),
      Map.entry("BytesWarning", "Warning"), Map.entry("ResourceWarning", "Warning"),
      Map.entry("EncodingWarning", "Warning"));

  private static final List<Filter> DEFAULTS = List.of(
      new Filter("default", "", "DeprecationWarning", "__main__", 0),
      new Filter("ignore", "", "DeprecationWarning", "", 0),
      new Filter("ignore", "", "PendingDeprecationWarning", "", 0),
      new Filter("ignore", "", "ImportWarning", "", 0),
      new Filter("ignore", "", "ResourceWarning", "", 0));

  /** Most important first. */
  private final List<Filter> filters = new ArrayList<>();

  /**
   * The filters for {@code options} (in the order given); {@code complaints} hears about the bad ones;
   * {@code builtin} tells the names of the builtins (a category names a builtin class, or "builtins.Name").
   */
  WarningFilters(List<String> options, Consumer<String> complaints, Predicate<String> builtin) {
    for (String option : options) {
      try {
        filters.add(0, parse(option, builtin));
      } catch (IllegalArgumentException e) {
        complaints.accept("Invalid -W option ignored: " + e.getMessage() + "\n");
      }
    }
    filters.addAll(DEFAULTS);
  }

  private static Filter parse(String option, Predicate<String> builtin) {
    String[] parts = option.split(":", -1);
    if (parts.length > 5) throw new IllegalArgumentException("too many fields (max 5): " + repr(option));
    String[] field = new String[5];
    for (int i = 0; i < 5; i++) field[i] = i < parts.length ? parts[i].strip() : "";
    String action = action(field[0]);
    String category = field[2].isEmpty() ? "Warning" : field[2].startsWith("builtins.") ? field[2].substring(9)
        : field[2];
    if (!CATEGORIES.containsKey(category)) {
      String problem = builtin.test(category) ? "invalid" : "unknown";
      throw new IllegalArgumentException(problem + " warning category: " + repr(field[2]));
    }
    int lineno = 0;
    if (!field[4].isEmpty()) {
      try {
        lineno = Integer.parseInt(field[4]);
        if (lineno < 0) throw new NumberFormatException();
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("invalid lineno " + repr(field[4]));
      }
    }
    return new Filter(action, field[1].toLowerCase(Locale.ROOT), category, field[3], lineno);
  }

  /** An action, or a prefix of one; empty is "default" and "all" is "always". */
  private static String action(String given) {
    if (given.isEmpty()) return "default";
    if (given.equals("all")) return "always";
    for (String a : ACTIONS) if (a.startsWith(given)) return a;
    throw new IllegalArgumentException("invalid action: " + repr(given));
  }

  private static String repr(String s) { return StrRepr.repr(s); }

  /**
   * What to do with a warning: "error", "ignore", "always", "default", "module" or "once". {@code module}: the
   * warning's module name (for the compiler's warnings, the file name without ".py", as CPython's).
   */
  String action(String category, String message, String module, int lineno) {
    String lower = message.toLowerCase(Locale.ROOT);
    for (Filter f : filters) {
      if (!isSubclass(category, f.category())) continue;
      if (!lower.startsWith(f.message())) continue;
      if (!f.module().isEmpty() && !f.module().equals(module)) continue;
      if (f.lineno() != 0 && f.lineno() != lineno) continue;
      return f.action();
    }
    return "default";
  }

  private static boolean isSubclass(String category, String base) {
    for (String c = category; c != null; c = CATEGORIES.get(c)) {
      if (c.equals(base)) return true;
    }
    return false;
  }
}
