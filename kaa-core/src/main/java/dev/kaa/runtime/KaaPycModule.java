package dev.kaa.runtime;

import dev.kaa.bytecode.Code;
import dev.kaa.bytecode.PycFile;
import dev.kaa.objects.Abstract;
import dev.kaa.objects.Errors;
import dev.kaa.objects.PyBaseException;
import dev.kaa.objects.PyBool;
import dev.kaa.objects.PyException;
import dev.kaa.objects.PyList;
import dev.kaa.objects.PyMethod;
import dev.kaa.objects.PyNone;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyStr;
import dev.kaa.parse.Mode;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;

/**
 * {@code _kaa_pyc}: what Kaa's own {@code py_compile} and {@code compileall} (resources kaa/lib) need from Java
 * while Kaa has no {@code os}, {@code io} or {@code importlib} (issue 5): compiling a source file into a {@code .pyc}
 * of Kaa's bytecode ({@link PycFile}), the cache path of a source, whether a cache is current, and directory listings.
 */
final class KaaPycModule {
  private KaaPycModule() {}

  static final String NAME = "_kaa_pyc";

  static PyModule create(Interpreter interp) {
    PyModule m = new PyModule(NAME, new PyStr("Compiling sources to Kaa's .pyc files (py_compile, compileall)."),
        interp);
    m.addFunctions(KaaPycModule.class);
    return m;
  }

  /** {@code importlib.util.cache_from_source(path, optimization)}: optimisation level N (-1: the -O level). */
  @PyMethod("cache_from_source")
  static PyObject cacheFromSource(PyModule self, PyStr path, PyObject optimize) {
    return new PyStr(self.interpreter.importer.pycCache.cachePath(Path.of(path.value), level(self, optimize))
        .toString());
  }

  private static int level(PyModule self, PyObject optimize) {
    int level = (int) Abstract.indexValue(optimize);
    return level >= 0 ? level : self.interpreter.config.optimize();
  }

  /**
   * Compiles {@code file} (named {@code dfile} in its code) and writes {@code cfile} atomically; {@code mode} is 0
   * (timestamp), 1 (checked hash) or 2 (unchecked hash). Errors: OSError reading or writing, the compiler's own.
   */
  @PyMethod("compile_file")
  static void compileFile(PyModule self, PyStr file, PyStr cfile, PyStr dfile, PyObject optimize, PyObject mode) {
    Path source = path(file);
    byte[] text;
    long mtime, size;
    try {
      BasicFileAttributes stat = Files.readAttributes(source, BasicFileAttributes.class);
      mtime = stat.lastModifiedTime().to(TimeUnit.SECONDS);
      size = stat.size();
      text = Files.readAllBytes(source);
    } catch (IOException e) {
      throw osError(e, file);
    }
    PrintStream warnings = new PrintStream(self.interpreter.config.stderr(), true, StandardCharsets.UTF_8);
    Code code = Compiler.compile(text, dfile.value, Mode.EXEC, true, new WarningPrinter(warnings, text),
        level(self, optimize));
    byte[] pyc = switch ((int) Abstract.indexValue(mode)) {
      case 0 -> PycFile.timestamped(code, mtime, size);
      case 1 -> PycFile.hashed(code, text, true);
      default -> PycFile.hashed(code, text, false);
    };
    Path target = path(cfile);
    if (Files.isSymbolicLink(target) || Files.exists(target, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(target)) {
      String what = Files.isSymbolicLink(target) ? "is a symlink" : "is a non-regular file";
      throw Errors.of(dev.kaa.objects.ExceptionTypes.FileExistsError,
          "%s %s and will be changed into a regular one if import writes a byte-compiled file to it", cfile.value, what);
    }
    try {
      PycCache.writeAtomically(target, pyc);
    } catch (IOException e) {
      throw osError(e, cfile);
    }
  }

  /** Whether {@code cfile} is a timestamp pyc of this Kaa recording {@code file}'s modification time (compileall). */
  @PyMethod("is_current")
  static PyObject isCurrent(PyModule self, PyStr file, PyStr cfile) {
    try {
      long mtime = Files.getLastModifiedTime(path(file)).to(TimeUnit.SECONDS);
      byte[] data = Files.readAllBytes(path(cfile));
      PycFile.Header h = PycFile.readHeader(data);
      return PyBool.of(h != null && !h.hashBased() && h.mtime() == (mtime & 0xffffffffL));
    } catch (IOException | SecurityException e) {
      return PyBool.FALSE;
    }
  }

  /** The report of an exception without its traceback ({@code traceback.format_exception_only}, joined). */
  @PyMethod("format_exception_only")
  static PyObject formatExceptionOnly(PyModule self, PyBaseException e) {
    PyObject saved = e.traceback;
    e.traceback = null;
    try {
      return new PyStr(new TracebackPrinter(InterpreterFrames.INSTANCE).format(e));
    } finally {
      e.traceback = saved;
    }
  }

  /** The names in a directory, sorted ({@code sorted(os.listdir(path))}). */
  @PyMethod("listdir")
  static PyObject listdir(PyModule self, PyStr dir) {
    try (var entries = Files.list(path(dir))) {
      String[] names = entries.map(p -> p.getFileName().toString()).toArray(String[]::new);
      Arrays.sort(names);
      PyList out = new PyList();
      for (String n : names) out.add(new PyStr(n));
      return out;
    } catch (IOException e) {
      throw osError(e, dir);
    }
  }

  @PyMethod("isdir")
  static PyObject isdir(PyModule self, PyStr p) { return PyBool.of(Files.isDirectory(path(p))); }

  @PyMethod("isfile")
  static PyObject isfile(PyModule self, PyStr p) { return PyBool.of(Files.isRegularFile(path(p))); }

  @PyMethod("islink")
  static PyObject islink(PyModule self, PyStr p) { return PyBool.of(Files.isSymbolicLink(path(p))); }

  /** An environment variable, or None ({@code os.environ.get}). */
  @PyMethod("getenv")
  static PyObject getenv(PyModule self, PyStr name) {
    String v = System.getenv(name.value);
    return v == null ? PyNone.NONE : new PyStr(v);
  }

  private static Path path(PyStr p) {
    try {
      return Path.of(p.value);
    } catch (InvalidPathException e) {
      throw Errors.valueError("invalid path: %s", p.value);
    }
  }

  /** OSError as CPython's {@code open} raises it for {@code e}. */
  private static PyException osError(IOException e, PyStr filename) {
    if (e instanceof NoSuchFileException) return Errors.osError(2, "No such file or directory", filename);
    if (e instanceof AccessDeniedException) return Errors.osError(13, "Permission denied", filename);
    if (Files.isDirectory(Path.of(filename.value))) return Errors.osError(21, "Is a directory", filename);
    return Errors.osError(5, "Input/output error", filename);
  }
}
