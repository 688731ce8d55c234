package dev.kaa.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * CPython's importlib as Kaa's import system (docs/imports.md), without site: the finders CPython installs, a module
 * loaded by {@code SourceFileLoader} with its pyc, and a failed import's traceback without importlib's frames.
 * Runs when the build has the built-in modules importlib needs (the switch is turned on for these interpreters only).
 */
class ImportlibBootstrapTest {
  @TempDir Path dir;

  private String run(String program) { return run(program, Map.of()); }

  private String run(String program, Map<String, String> xoptions) {
    assumeTrue(BuiltinModules.NAMES.containsAll(ImportlibBootstrap.NEEDS), "a built-in module importlib needs is missing");
    assumeTrue(StdlibLocator.locate().directory() != null, "no standard library");
    SysFlags d = SysFlags.DEFAULT;
    SysFlags noSite = new SysFlags(d.debug(), d.inspect(), d.interactive(), d.optimize(), d.dontWriteBytecode(),
        d.noUserSite(), 1, d.ignoreEnvironment(), d.verbose(), d.bytesWarning(), d.quiet(), d.hashRandomization(),
        d.isolated(), d.devMode(), d.utf8Mode(), d.warnDefaultEncoding(), d.safePath(), d.intMaxStrDigits());
    Startup s = Startup.DEFAULT;
    Startup startup = new Startup(s.origArgv(), s.pathAfterFirst(), noSite, s.warnoptions(), xoptions,
        s.unbuffered(), s.stdoutLineBuffered(), s.ioEncoding(), s.ioErrors());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Interpreter interp;
    String previous = System.setProperty("kaa.importlib", "true");
    try {
      interp = new Interpreter(new Interpreter.Config(List.of("-c"), dir.toString(), "kaa",
          new ByteArrayInputStream(new byte[0]), out, out, startup));
    } finally {
      if (previous == null) System.clearProperty("kaa.importlib");
      else System.setProperty("kaa.importlib", previous);
    }
    ProgramRunner.run(interp, program.getBytes(StandardCharsets.UTF_8), "<string>", false);
    return out.toString(StandardCharsets.UTF_8);
  }

  /** {@code -X frozen_modules=off}: only the import system's own modules stay frozen, as in CPython. */
  @Test void frozenModulesOffLeavesOnlyTheImportSystemFrozen() {
    assertEquals("SourceFileLoader FrozenImporter ['_frozen_importlib', '_frozen_importlib_external', 'zipimport']\n",
        run("import os, zipimport, _imp\nprint(type(os.__loader__).__name__, zipimport.__loader__.__name__, "
            + "_imp._frozen_module_names())\n", Map.of("frozen_modules", "off")));
    assertEquals("FrozenImporter\n", run("import os\nprint(os.__loader__.__name__)\n"));
  }

  @Test void theFindersAreCPythons() {
    assertEquals("['BuiltinImporter', 'FrozenImporter', 'PathFinder'] FileFinder\n"
        + "ModuleSpec(name='_frozen_importlib', loader=<class '_frozen_importlib.FrozenImporter'>, origin='frozen')\n",
        run("import sys, _frozen_importlib\nprint([f.__name__ for f in sys.meta_path], "
            + "sys.path_hooks[-1].__qualname__.split('.')[0])\nprint(_frozen_importlib.__spec__)\n"));
  }

  @Test void aModuleIsLoadedWithItsPyc() throws IOException {
    Files.writeString(dir.resolve("mod.py"), "X = 1\n");
    assertEquals("SourceFileLoader True 1\n", run("import mod\nprint(type(mod.__loader__).__name__, "
        + "mod.__cached__.endswith('__pycache__/mod.kaa-312.pyc'), mod.X)\n"));
    assertEquals(true, Files.isRegularFile(dir.resolve("__pycache__/mod.kaa-312.pyc")));
  }

  @Test void aFailedImportHidesImportlibsFrames() throws IOException {
    Files.writeString(dir.resolve("bad.py"), "1/0\n");
    assertEquals("Traceback (most recent call last):\n  File \"<string>\", line 1, in <module>\n"
        + "ModuleNotFoundError: No module named 'nosuch'\n", run("import nosuch\n"));
    String failed = run("import bad\n");
    assertEquals("Traceback (most recent call last):\n  File \"<string>\", line 1, in <module>\n"
        + "  File \"" + dir.resolve("bad.py") + "\", line 1, in <module>\n    1/0\n    ~^~\n"
        + "ZeroDivisionError: division by zero\n", failed);
  }

  /**
   * {@code -X importtime}: CPython's header, then a line per module found and loaded (a failed one too), nested
   * imports indented under the module importing them, which comes after them; self time is cumulative time less the
   * nested imports'.
   */
  @Test void importTimeReportsEachModuleLoaded() throws IOException {
    Files.createDirectories(dir.resolve("pkg"));
    Files.writeString(dir.resolve("pkg/__init__.py"), "from . import sub\n");
    Files.writeString(dir.resolve("pkg/sub.py"), "X = 1\n");
    Map<String, String> importTime = new HashMap<>();
    importTime.put("importtime", null);
    String out = run("import pkg\nimport pkg\ntry:\n    import nosuch\nexcept ImportError:\n    pass\n", importTime);
    List<String> lines = out.lines().toList();
    assertEquals("import time: self [us] | cumulative | imported package", lines.get(0));
    Pattern line = Pattern.compile("import time: ([ \\d]{9}) \\| ([ \\d]{10}) \\| (.*)");
    List<String> names = new java.util.ArrayList<>();
    long[] cumulative = new long[lines.size()];
    for (int i = 1; i < lines.size(); i++) {
      Matcher m = line.matcher(lines.get(i));
      assertTrue(m.matches(), lines.get(i));
      long self = Long.parseLong(m.group(1).strip());
      cumulative[i] = Long.parseLong(m.group(2).strip());
      assertTrue(self <= cumulative[i], lines.get(i));
      names.add(m.group(3));
    }
    int n = names.size();  // after the start-up's own (zipimport, as in CPython's report)
    assertEquals(List.of("  pkg.sub", "pkg", "nosuch"), names.subList(n - 3, n));
    assertTrue(cumulative[n - 1] >= cumulative[n - 2], out);
  }
}
