package dev.kaa.runtime;

import dev.kaa.objects.PyFrozenSet;
import dev.kaa.objects.PyStr;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code sys.stdlib_module_names}: the top-level modules of the standard library Kaa runs, read from its directory
 * (modules, packages, and the C extensions of {@code lib-dynload} that Kaa may write in Java) with Kaa's built-in
 * modules; CPython's own test and example modules left out. Names only, so a directory listing, no file checks.
 */
final class StdlibModuleNames {
  private StdlibModuleNames() {}

  /** Entries of the standard library's directory that are not modules. */
  private static final Set<String> NOT_MODULES = Set.of("__pycache__", "site-packages", "lib-dynload", "test");

  static PyFrozenSet of(Path stdlib) {
    Set<String> names = new TreeSet<>(BuiltinModules.NAMES);
    if (stdlib != null) {
      addModules(stdlib.toFile().list(), names);
      addModules(stdlib.resolve("lib-dynload").toFile().list(), names);
    }
    PyFrozenSet set = new PyFrozenSet();  // filled directly: through a list and the generic update, ~1.5% of a start
    for (String n : names) set.put(new PyStr(n));
    return set;
  }

  /** {@code NAME.py}, {@code NAME.cpython-...so} and package directories (no dot in their names). */
  private static void addModules(String[] entries, Set<String> names) {
    if (entries == null) return;
    for (String e : entries) {
      int dot = e.indexOf('.');
      String name = dot < 0 ? e : e.substring(0, dot);
      boolean module = dot < 0 || e.endsWith(".py") || e.endsWith(".so");
      if (module && !NOT_MODULES.contains(name) && !isTestOrExample(name)) names.add(name);
    }
  }

  private static boolean isTestOrExample(String name) {
    return name.startsWith("_test") || name.startsWith("xx") || name.startsWith("_xx") || name.endsWith("_test")
        || name.startsWith("__") && !name.equals("__future__") || name.startsWith("_sysconfigdata");
  }
}
