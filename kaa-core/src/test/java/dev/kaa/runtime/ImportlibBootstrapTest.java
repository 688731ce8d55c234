package dev.kaa.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * CPython's importlib as Kaa's import system (docs/imports.md), without site: the finders CPython installs, a module
 * loaded by {@code SourceFileLoader} with its pyc, and a failed import's traceback without importlib's frames.
 * Runs when the build has the built-in modules importlib needs (the switch is turned on for these interpreters only).
 */
class ImportlibBootstrapTest {
  @TempDir Path dir;

  private String run(String program) {
    assumeTrue(BuiltinModules.NAMES.containsAll(ImportlibBootstrap.NEEDS), "a built-in module importlib needs is missing");
    assumeTrue(StdlibLocator.locate().directory() != null, "no standard library");
    SysFlags d = SysFlags.DEFAULT;
    SysFlags noSite = new SysFlags(d.debug(), d.inspect(), d.interactive(), d.optimize(), d.dontWriteBytecode(),
        d.noUserSite(), 1, d.ignoreEnvironment(), d.verbose(), d.bytesWarning(), d.quiet(), d.hashRandomization(),
        d.isolated(), d.devMode(), d.utf8Mode(), d.warnDefaultEncoding(), d.safePath(), d.intMaxStrDigits());
    Startup s = Startup.DEFAULT;
    Startup startup = new Startup(s.origArgv(), s.pathAfterFirst(), noSite, s.warnoptions(), s.xoptions(),
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
}
