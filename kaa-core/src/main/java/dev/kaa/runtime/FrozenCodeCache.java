package dev.kaa.runtime;

import java.io.File;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;

/**
 * Where the frozen modules' code ({@link FrozenModules}) is kept between runs: Kaa's own directory, beside
 * {@code kaa-core.jar} ({@code frozen/}, then the source's absolute path, as {@code sys.pycache_prefix} lays files
 * out). CPython compiles its frozen modules into its binary, so neither {@code -B} nor
 * {@code PYTHONDONTWRITEBYTECODE} nor a read-only standard library makes its start compile them; Kaa's are compiled
 * from the standard library found at run time, and through {@code __pycache__} alone every start of such an
 * environment compiled importlib, {@code site} and {@code os} again (docs/performance.md, session 10). A file here is
 * Kaa's build product, as the AOT cache is: written whatever those settings say, and current only while newer than the
 * jar (a rebuilt Kaa may compile differently) and while its pyc header matches the source.
 */
final class FrozenCodeCache {
  private final Path dir;
  /** The jar's modification time (ms): files older than it were written by another build. */
  private final long builtAt;

  FrozenCodeCache(Path dir, long builtAt) {
    this.dir = dir;
    this.builtAt = builtAt;
  }

  /**
   * The cache beside the jar Kaa runs from, or null: Kaa runs from a class directory (a build in progress, the unit
   * tests), or the jar's directory cannot be written (an installation Kaa's user does not own).
   */
  static FrozenCodeCache besideJar() {
    try {
      CodeSource source = FrozenCodeCache.class.getProtectionDomain().getCodeSource();
      URL location = source == null ? null : source.getLocation();
      if (location == null || !location.getProtocol().equals("file")) return null;
      File jar = new File(URI.create(location.toString()));
      File home = jar.getParentFile();
      if (!jar.isFile() || home == null || !Files.isWritable(home.toPath())) return null;
      return new FrozenCodeCache(home.toPath().resolve("frozen"), jar.lastModified());
    } catch (RuntimeException e) {  // a malformed location, a security manager: no cache, as before
      return null;
    }
  }

  /** The cache file of {@code source} at optimisation level {@code optimize}. */
  Path file(Path source, int optimize) { return PycCache.underPrefix(dir, source, optimize); }

  /** Whether a file last modified at {@code modified} (ms) was written by this build or later. */
  boolean fromThisBuild(long modified) { return modified >= builtAt; }
}
