package dev.kaa.runtime;

import dev.kaa.bytecode.Code;
import dev.kaa.bytecode.MarshalInput;
import dev.kaa.bytecode.PycFile;
import dev.kaa.objects.Abstract;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyStr;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * The {@code __pycache__} of imported modules (docs/pyc.md): a module's code comes from
 * {@code __pycache__/NAME.kaa-312.pyc} when that file is current (same magic, and the source's mtime and size, or its
 * hash, as recorded: PEP 552), else from compiling the source, after which the file is written for next time. A stale,
 * truncated or corrupt file is simply recompiled and replaced; a directory that cannot be written is no error.
 * Writes go to a private temporary file renamed over the target, so a process racing us, or reading meanwhile, sees
 * the old file or the new one, never half of one. Honours {@code sys.dont_write_bytecode} and
 * {@code sys.pycache_prefix}.
 */
final class PycCache {
  private final Interpreter interp;
  /** Modules compiled from source, and modules loaded from their cache: what the tests count. */
  private int compiled, loadedFromCache;

  PycCache(Interpreter interp) { this.interp = interp; }

  /** A module's code and its cache file ({@code __cached__}). */
  record Loaded(Code code, Path cachePath) {}

  /** Compiles a module's source (the importer's compiler, with its warnings). */
  interface SourceCompiler {
    Code compile(byte[] source);
  }

  int compiledCount() { return compiled; }

  int loadedFromCacheCount() { return loadedFromCache; }

  /**
   * The code of the module in {@code source} (named {@code filename} in its code objects), compiled as an import
   * compiles it (warnings to stderr) when not cached.
   */
  Loaded load(Path source, String filename) throws IOException {
    return load(source, filename, bytes -> compileImported(bytes, filename));
  }

  /** {@code source} compiled as an import compiles it: its warnings to stderr. */
  private Code compileImported(byte[] source, String filename) {
    java.io.PrintStream warnings = new java.io.PrintStream(interp.config.stderr(), true,
        java.nio.charset.StandardCharsets.UTF_8);
    return Compiler.compile(source, filename, dev.kaa.parse.Mode.EXEC, true, new WarningPrinter(warnings, source),
        interp.config.optimize());
  }

  /** The code of the module in {@code source} (named {@code filename} in its code objects). */
  Loaded load(Path source, String filename, SourceCompiler compiler) throws IOException {
    // -O: NAME.kaa-312.opt-1.pyc
    return load(source, filename, compiler, cachePath(source, interp.config.optimize()), !dontWriteBytecode(), null);
  }

  /**
   * The code of a frozen module's {@code source}, kept in Kaa's own {@code frozen} cache: written whatever
   * {@code sys.dont_write_bytecode} says, and a file older than the build not used ({@link FrozenCodeCache}).
   */
  Loaded loadFrozen(Path source, String filename, FrozenCodeCache frozen) throws IOException {
    return load(source, filename, bytes -> compileImported(bytes, filename), frozen.file(source, interp.config.optimize()), true,
        frozen);
  }

  /**
   * The code of {@code source} from the pyc {@code cache} when current, else compiled (and then written to
   * {@code cache} when {@code write}); {@code build}, when not null, also refuses a file older than Kaa's build.
   */
  private Loaded load(Path source, String filename, SourceCompiler compiler, Path cache, boolean write,
                      FrozenCodeCache build) throws IOException {
    BasicFileAttributes stat = Files.readAttributes(source, BasicFileAttributes.class);
    long mtime = stat.lastModifiedTime().to(TimeUnit.SECONDS);
    long size = stat.size();
    byte[] sourceBytes = null;
    PycFile.Header previous = null;
    byte[] data = build == null || fromBuild(cache, build) ? readQuietly(cache) : null;
    PycFile.Header header = data == null ? null : PycFile.readHeader(data);
    if (header != null) {
      boolean current;
      if (header.invalidation() == PycFile.Invalidation.TIMESTAMP) {
        current = PycFile.matchesSource(header, mtime, size);
      } else if (header.invalidation() == PycFile.Invalidation.CHECKED_HASH) {
        sourceBytes = Files.readAllBytes(source);
        current = header.hash() == PycFile.sourceHash(sourceBytes);
      } else {
        current = true;
      }
      if (current) {
        try {
          Code code = PycFile.code(data, filename);
          loadedFromCache++;
          return new Loaded(code, cache);
        } catch (MarshalInput.BadData e) {
          // a damaged file: compiled again below and replaced
        }
      }
      previous = header;
    }
    if (sourceBytes == null) sourceBytes = Files.readAllBytes(source);
    Code code = compiler.compile(sourceBytes);
    compiled++;
    if (write) {
      // a stale hash-based file is replaced by a hash-based one, as CPython does
      byte[] pyc = previous != null && previous.hashBased()
          ? PycFile.hashed(code, sourceBytes, previous.checkSource()) : PycFile.timestamped(code, mtime, size);
      writeQuietly(cache, pyc);
    }
    return new Loaded(code, cache);
  }

  /** Whether {@code cache} exists and was written by this build of Kaa or later. */
  private static boolean fromBuild(Path cache, FrozenCodeCache build) {
    try {
      return build.fromThisBuild(Files.getLastModifiedTime(cache).toMillis());
    } catch (IOException | SecurityException e) {
      return false;
    }
  }

  private boolean dontWriteBytecode() {
    PyObject flag = interp.sys.dict().getStr("dont_write_bytecode");
    return flag != null && Abstract.isTrue(flag);
  }

  /**
   * Where the cache of {@code source} lives: {@code __pycache__} beside it, or under {@code sys.pycache_prefix} at
   * the source directory's absolute path (CPython's {@code importlib.util.cache_from_source}).
   */
  /** At optimisation level N ({@code -O}), {@code NAME.kaa-312.opt-N.pyc}. */
  Path cachePath(Path source, int optimize) {
    PyObject prefix = interp.sys.dict().getStr("pycache_prefix");
    if (prefix instanceof PyStr p && !p.value.isEmpty()) return underPrefix(Path.of(p.value), source, optimize);
    return source.resolveSibling("__pycache__").resolve(PycFile.cacheFileName(source.getFileName().toString(),
        optimize));
  }

  /** The cache file of {@code source} under {@code prefix}, at the source directory's absolute path. */
  static Path underPrefix(Path prefix, Path source, int optimize) {
    Path dir = source.toAbsolutePath().getParent();
    Path relative = dir.getRoot() == null ? dir : dir.getRoot().relativize(dir);
    return prefix.resolve(relative).resolve(PycFile.cacheFileName(source.getFileName().toString(), optimize));
  }

  private static byte[] readQuietly(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException | SecurityException e) {
      return null;
    }
  }

  /** {@link #writeAtomically}, any failure ignored: the cache is an optimisation, never an error. */
  static void writeQuietly(Path target, byte[] data) {
    try {
      writeAtomically(target, data);
    } catch (IOException | SecurityException | UnsupportedOperationException e) {
      // unwritable directory, full disk, a file where the directory should be...: no cache this time
    }
  }

  /**
   * Writes {@code data} to a new private file in the target's directory, then renames it over the target in one step.
   * Two processes writing at once each rename a complete file; the last rename wins. A failure leaves the target as
   * it was (and no temporary file behind).
   */
  static void writeAtomically(Path target, byte[] data) throws IOException {
    Path parent = target.toAbsolutePath().getParent();
    Files.createDirectories(parent);
    Path tmp = parent.resolve(target.getFileName() + "." + Long.toHexString(ThreadLocalRandom.current().nextLong()));
    boolean moved = false;
    try {
      try (OutputStream out = Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
        out.write(data);
      }
      Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      moved = true;
    } finally {
      if (!moved) Files.deleteIfExists(tmp);
    }
  }
}
