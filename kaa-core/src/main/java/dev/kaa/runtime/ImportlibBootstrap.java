package dev.kaa.runtime;

import dev.kaa.bytecode.Code;
import dev.kaa.bytecode.PycFile;
import dev.kaa.interp.Eval;
import dev.kaa.objects.Abstract;
import dev.kaa.objects.Attributes;
import dev.kaa.objects.Errors;
import dev.kaa.objects.ExceptionTypes;
import dev.kaa.objects.PyBytes;
import dev.kaa.objects.PyDict;
import dev.kaa.objects.PyInt;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyStr;
import java.util.List;

/**
 * Makes CPython's importlib the import system, as CPython's start-up does with its frozen copies (docs/imports.md):
 * the standard library's {@code importlib/_bootstrap.py} runs as {@code _frozen_importlib}, then
 * {@code _install(sys, _imp)}; {@code _install_external_importers()} imports {@code _bootstrap_external.py} as the
 * frozen {@code _frozen_importlib_external}; then {@code zipimport}. All are {@link FrozenModules}, their code from
 * Kaa's pyc cache after the first run, so start-up does not compile them. {@code _bootstrap_external} writes and
 * checks pycs with Kaa's magic number, not CPython's, so that cached code follows Kaa's bytecode.
 */
final class ImportlibBootstrap {
  private ImportlibBootstrap() {}

  /** The built-in modules {@code _bootstrap} and {@code _bootstrap_external} import as they start. */
  static final List<String> NEEDS = List.of("_imp", "_io", "_thread", "_warnings", "_weakref", "marshal", "posix");

  /**
   * Whether importlib is the import system: always, unless the JVM runs with {@code -Dkaa.importlib=false} (through
   * the launcher: {@code KAA_JAVA_OPTS=-Dkaa.importlib=false}), which leaves {@link SourceFallback} to import.
   */
  static boolean enabled() {
    return BuiltinModules.NAMES.containsAll(NEEDS) && !"false".equals(System.getProperty("kaa.importlib"));
  }

  /**
   * The names CPython's frozen importlib goes by in its code objects ({@code <frozen importlib._bootstrap>}), which
   * tracebacks show, and by which the import system knows its own frames to hide them ({@link ImportlibFrames}).
   */
  static final java.util.Map<String, String> FROZEN_NAMES = java.util.Map.of(
      "_frozen_importlib", "importlib._bootstrap", "_frozen_importlib_external", "importlib._bootstrap_external");

  static void install(Interpreter interp) {
    PyObject imp = interp.importer.importModule("_imp", null, null, 0);
    StartupTrace.mark("_imp");
    PyModule bootstrap = runBootstrap(interp);
    StartupTrace.mark("importlib-body");
    // CPython installs importlib before it sets sys._stdlib_dir, so _frozen_importlib's spec names no file
    PyDict sys = interp.sys.dict();
    PyObject stdlibDir = sys.getStr("_stdlib_dir");
    sys.remove(new PyStr("_stdlib_dir"));
    try {
      Abstract.call(Attributes.get(bootstrap, "_install"), interp.sys, imp);
    } finally {
      sys.put(new PyStr("_stdlib_dir"), stdlibDir);
    }
    StartupTrace.mark("_install");
    interp.importer.useImportlib(bootstrap);
    Abstract.call(Attributes.get(bootstrap, "_install_external_importers"));
    PyObject external = interp.modules.getStr("_frozen_importlib_external");
    Attributes.set(external, "MAGIC_NUMBER", new PyBytes(PycFile.MAGIC.clone()));
    long raw = 0;
    for (int i = PycFile.MAGIC.length - 1; i >= 0; i--) raw = raw << 8 | (PycFile.MAGIC[i] & 0xff);
    Attributes.set(external, "_RAW_MAGIC_NUMBER", PyInt.of(raw));
    StartupTrace.mark("external-importers");
    installZipimport(interp);
  }

  /**
   * {@code zipimport.zipimporter} first in {@code sys.path_hooks}, as CPython's start-up puts it (zip files on
   * {@code sys.path}); without it, imports from directories still work, so a failure only leaves it out.
   */
  private static void installZipimport(Interpreter interp) {
    try {
      PyObject zipimport = interp.importer.importModule("zipimport", null, null, 0);
      PyObject hooks = interp.sys.dict().getStr("path_hooks");
      Abstract.call(Attributes.get(hooks, "insert"), PyInt.of(0), Attributes.get(zipimport, "zipimporter"));
    } catch (dev.kaa.objects.PyException e) {
      // CPython says so only under -v
    }
  }

  /**
   * Runs {@code _bootstrap}'s frozen code as the module {@code _frozen_importlib} in {@code sys.modules}, where
   * importlib expects to find it, with the {@code __origname__} that {@code FrozenImporter._fix_up_module} (run by
   * {@code _install}) turns into its spec, as CPython's {@code PyImport_ImportFrozenModuleObject} leaves it.
   */
  private static PyModule runBootstrap(Interpreter interp) {
    Code code = interp.frozenModules().code("_frozen_importlib");
    StartupTrace.mark("importlib-read");
    if (code == null) throw Errors.of(ExceptionTypes.ImportError, "cannot read importlib._bootstrap");
    PyModule module = new PyModule("_frozen_importlib", dev.kaa.objects.PyNone.NONE, null);
    module.put("__builtins__", interp.builtins);
    module.put("__origname__", new PyStr(interp.frozenModules().origname("_frozen_importlib")));
    interp.modules.put(new PyStr("_frozen_importlib"), module);
    Eval.execModule(code, module.dict(), interp.builtinsDict());
    return module;
  }
}
