package dev.kaa.runtime;

import dev.kaa.objects.PyFrozenSet;
import dev.kaa.objects.PyStr;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code sys.stdlib_module_names}: the top-level modules of Python 3.12's standard library, the same on every
 * platform as CPython's (its documentation: modules of other platforms and modules left out of a build are listed
 * too; test modules are not). The files of the standard library Kaa runs give the pure-Python modules, packages and
 * the C extensions this installation built ({@code lib-dynload}); Kaa's built-in modules, the C modules Kaa writes
 * in Java; {@link #NOT_FILES_HERE}, the modules no Linux installation has a file for. Names only: a directory
 * listing, no file checks.
 */
final class StdlibModuleNames {
  private StdlibModuleNames() {}

  /** Entries of the standard library's directory that are not modules. */
  private static final Set<String> NOT_MODULES = Set.of("__pycache__", "site-packages", "lib-dynload", "test");

  /**
   * Standard modules with no file in a Linux installation's library directory (Kaa writes some of them in Java,
   * but they are standard whether it does or not).
   */
  private static final Set<String> NOT_FILES_HERE = Set.of(
      // C modules CPython links into its executable on Linux
      "_abc", "_ast", "_codecs", "_collections", "_functools", "_imp", "_io", "_locale", "_operator", "_signal",
      "_sre", "_stat", "_string", "_symtable", "_thread", "_tokenize", "_tracemalloc", "_typing", "_warnings",
      "_weakref", "atexit", "builtins", "errno", "faulthandler", "gc", "itertools", "marshal", "posix", "pwd", "sys",
      "time",
      // frozen into the executable only
      "_frozen_importlib", "_frozen_importlib_external",
      // Windows' own
      "_msi", "_overlapped", "_winapi", "msilib", "msvcrt", "nt", "winreg", "winsound",
      // macOS's own
      "_scproxy",
      // C extensions a build leaves out when the library they wrap is missing
      "_bz2", "_crypt", "_ctypes", "_curses", "_curses_panel", "_dbm", "_gdbm", "_hashlib", "_lzma", "_sqlite3",
      "_ssl", "_tkinter", "_uuid", "nis", "ossaudiodev", "readline", "spwd", "zlib");

  static PyFrozenSet of(Path stdlib) {
    PyFrozenSet set = new PyFrozenSet();  // filled directly: through a list and the generic update, ~1.5% of a start
    for (String n : names(stdlib)) set.put(new PyStr(n));
    return set;
  }

  /** The names, sorted. Kaa's own built-in modules ({@code _kaa_*}, {@code _testcapi}...) are not standard. */
  static Set<String> names(Path stdlib) {
    Set<String> names = new TreeSet<>(NOT_FILES_HERE);
    for (String n : BuiltinModules.NAMES) {
      if (!n.startsWith("_kaa") && !isTestOrExample(n)) names.add(n);  // CPython's C modules written in Java
    }
    if (stdlib != null) {
      addModules(stdlib.toFile().list(), names);
      addModules(stdlib.resolve("lib-dynload").toFile().list(), names);
    }
    return names;
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
