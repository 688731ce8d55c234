package dev.kaa.runtime;

import dev.kaa.bytecode.Code;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The modules CPython 3.12 freezes ({@code _imp._frozen_module_names()}), served by {@code FrozenImporter} as
 * CPython serves them (docs/imports.md): the same names, packages and {@code origname}s, hence the same specs
 * ({@code origin='frozen'}, {@code __file__} in the standard library, no {@code __cached__}). CPython compiles its
 * frozen code into the binary; Kaa's comes from the standard library found at run time, through the pyc cache, and is
 * named {@code <frozen NAME>} as CPython's is. Importing them so skips the path finder's work, as in CPython.
 * {@code -X frozen_modules=off} leaves only the three that start the import system frozen, as CPython does.
 */
public final class FrozenModules {
  /**
   * A frozen module: {@code file}, the standard library file its code comes from; whether it is a package; its
   * {@code origname} (CPython's: the module it was frozen from, {@code <} first for a package's {@code __init__}).
   */
  record Entry(String file, boolean isPackage, String origname, boolean essential) {
    /** The module the code is from, as {@code co_filename} names it: {@code <frozen posixpath>}. */
    String codeName() {
      String module = file.substring(0, file.length() - ".py".length());
      if (module.endsWith("/__init__")) module = module.substring(0, module.length() - "/__init__".length());
      return module.replace('/', '.');
    }
  }

  /**
   * CPython 3.12's table (Python/frozen.c), in its order, less {@code __hello_only__}, whose code CPython takes from
   * a file outside the standard library.
   */
  private static final Map<String, Entry> TABLE = new LinkedHashMap<>();

  private static void add(String name, String file, boolean isPackage, String origname, boolean essential) {
    TABLE.put(name, new Entry(file, isPackage, origname, essential));
  }

  static {
    add("_frozen_importlib", "importlib/_bootstrap.py", false, "importlib._bootstrap", true);
    add("_frozen_importlib_external", "importlib/_bootstrap_external.py", false, "importlib._bootstrap_external", true);
    add("zipimport", "zipimport.py", false, "zipimport", true);
    for (String m : new String[] {"abc", "codecs", "io", "_collections_abc", "_sitebuiltins", "genericpath", "ntpath",
                                  "posixpath"}) {
      add(m, m + ".py", false, m, false);
    }
    add("os.path", "posixpath.py", false, "posixpath", false);
    for (String m : new String[] {"os", "site", "stat"}) add(m, m + ".py", false, m, false);
    add("importlib.util", "importlib/util.py", false, "importlib.util", false);
    add("importlib.machinery", "importlib/machinery.py", false, "importlib.machinery", false);
    add("runpy", "runpy.py", false, "runpy", false);
    add("__hello__", "__hello__.py", false, "__hello__", false);
    add("__hello_alias__", "__hello__.py", false, "__hello__", false);
    add("__phello_alias__", "__hello__.py", true, "__hello__", false);
    add("__phello_alias__.spam", "__hello__.py", false, "__hello__", false);
    add("__phello__", "__phello__/__init__.py", true, "__phello__", false);
    add("__phello__.__init__", "__phello__/__init__.py", false, "<__phello__", false);
    add("__phello__.ham", "__phello__/ham/__init__.py", true, "__phello__.ham", false);
    add("__phello__.ham.__init__", "__phello__/ham/__init__.py", false, "<__phello__.ham", false);
    add("__phello__.ham.eggs", "__phello__/ham/eggs.py", false, "__phello__.ham.eggs", false);
    add("__phello__.spam", "__phello__/spam.py", false, "__phello__.spam", false);
  }

  private final Interpreter interp;
  private final Path stdlib;
  /** Where the code is kept between runs: Kaa's own cache, or (null) the standard library's {@code __pycache__}. */
  private volatile FrozenCodeCache cache = BesideJar.CACHE;
  /** {@code -X frozen_modules}: on unless {@code off}. */
  private final boolean configured;
  /** {@code _imp._override_frozen_modules_for_tests}: above 0 on, below 0 off, 0 as configured. */
  private volatile int override;

  FrozenModules(Interpreter interp, Path stdlib) {
    this.interp = interp;
    this.stdlib = stdlib;
    this.configured = !"off".equals(interp.config.startup().xoptions().get("frozen_modules"));
  }

  /** The frozen module {@code name}, or null: unknown, disabled, or its file missing from the standard library. */
  Entry find(String name) {
    Entry e = TABLE.get(name);
    if (e == null || stdlib == null || !(e.essential || enabled())) return null;
    return present.computeIfAbsent(e.file, f -> Files.isRegularFile(stdlib.resolve(f))) ? e : null;
  }

  /**
   * Whether each source file is in the standard library, asked once per run: importlib asks about a frozen module
   * four or five times as it finds and loads it (a file system call each, ~1% of a start's main thread).
   */
  private final Map<String, Boolean> present = new java.util.concurrent.ConcurrentHashMap<>();

  private boolean enabled() { return override > 0 || override == 0 && configured; }

  public boolean isFrozen(String name) { return find(name) != null; }

  /** Whether the frozen module {@code name} is a package; null when there is no such frozen module. */
  public Boolean isPackage(String name) {
    Entry e = find(name);
    return e == null ? null : e.isPackage;
  }

  /** {@code origname} of the frozen module {@code name} (null for none); call only when {@link #isFrozen}. */
  public String origname(String name) { return find(name).origname; }

  /** The code of the frozen module {@code name}, from the pyc cache; null when there is no such frozen module. */
  public Code code(String name) {
    Entry e = find(name);
    if (e == null) return null;
    Path source = stdlib.resolve(e.file);
    String filename = "<frozen " + e.codeName() + ">";
    FrozenCodeCache own = cache;
    try {
      return (own != null ? interp.importer.pycCache.loadFrozen(source, filename, own)
                          : interp.importer.pycCache.load(source, filename)).code();
    } catch (IOException x) {
      return null;
    }
  }

  /** {@code find_frozen(name, withdata=True)}'s data: the code marshalled (Kaa's format, as {@code marshal.dumps}). */
  public byte[] data(Code code) {
    return PyMarshalWriter.dumps(dev.kaa.interp.PyCode.of(code), dev.kaa.bytecode.MarshalCodes.VERSION, interp);
  }

  /** {@code get_frozen_object(name, data)}: the object marshalled in {@code data}. */
  public dev.kaa.objects.PyObject fromData(byte[] data) {
    return new PyMarshalReader(new dev.kaa.bytecode.MarshalInput(data), interp).readTop();
  }

  /** {@code _imp._frozen_module_names()}: the names of the frozen modules not disabled, in CPython's order. */
  public java.util.List<String> names() {
    java.util.List<String> names = new java.util.ArrayList<>();
    for (Map.Entry<String, Entry> e : TABLE.entrySet()) {
      if (e.getValue().essential || enabled()) names.add(e.getKey());
    }
    return names;
  }

  public void override(int value) { override = value; }

  /** Keeps the code in {@code cache} from now on (tests: a cache of their own). */
  void useCache(FrozenCodeCache cache) { this.cache = cache; }

  /** The cache beside Kaa's jar, found once per JVM. */
  private static final class BesideJar {
    static final FrozenCodeCache CACHE = FrozenCodeCache.besideJar();
  }
}
