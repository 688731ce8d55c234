package dev.kaa.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Kaa's own Python modules (DESIGN.md §1.5: {@code dis} and the like, which CPython writes in Python over its own
 * bytecode): resources of kaa-core under {@code kaa/lib}, on {@code sys.path} before the standard library. The importer, the .pyc
 * cache, {@code -m} and tracebacks' source lines want ordinary files: run from the build's classes directory they
 * are; run from the jar, they are copied once into {@code ~/.cache/kaa/lib-FINGERPRINT}, named after their content so that
 * a new build gets a new directory and two first runs racing agree (each copies into a private directory and renames
 * it into place).
 */
final class KaaLib {
  private KaaLib() {}

  private static final String RESOURCE = "kaa/lib/";
  private static Path directory;
  private static boolean searched;

  /**
   * The directory of Kaa's own modules, the entry of {@code sys.path} just before the standard library's so that they
   * shadow CPython's; null when they cannot be had as files.
   */
  static synchronized Path directory() {
    if (!searched) {
      directory = remembered();
      if (directory == null) {
        URL url = KaaLib.class.getClassLoader().getResource(RESOURCE + "dis.py");  // every build has its own dis
        directory = url == null ? null : locate(url);
        if (directory != null) remember(directory);
      }
      searched = true;
    }
    return directory;
  }

  /**
   * Where the copy of this jar's modules is, as remembered beside the jar ({@code kaa-lib.path}, newer than the jar),
   * or null. Finding it in the jar (the class loader's resource lookup, then the jar's central directory) cost each
   * start ~4.5% of its main thread.
   */
  private static Path remembered() {
    Path note = note();
    if (note == null) return null;
    try {
      if (Files.getLastModifiedTime(note).compareTo(Files.getLastModifiedTime(jar())) <= 0) return null;
      Path dir = Path.of(Files.readString(note, StandardCharsets.UTF_8));
      return dir.startsWith(cacheHome()) && Files.isRegularFile(dir.resolve("dis.py")) ? dir : null;
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /** Notes {@code dir} beside the jar for the next start; quietly nothing when it cannot be written. */
  private static void remember(Path dir) {
    Path note = note();
    if (note != null && dir.startsWith(cacheHome())) {
      PycCache.writeQuietly(note, dir.toString().getBytes(StandardCharsets.UTF_8));
    }
  }

  /** The note beside the jar Kaa runs from; null when Kaa runs from a class directory. */
  private static Path note() {
    Path jar = jar();
    return jar == null ? null : jar.resolveSibling("kaa-lib.path");
  }

  /** The jar Kaa's classes come from, or null. */
  private static Path jar() {
    try {
      java.security.CodeSource source = KaaLib.class.getProtectionDomain().getCodeSource();
      if (source == null || !source.getLocation().getProtocol().equals("file")) return null;
      Path where = Path.of(source.getLocation().toURI());
      return Files.isRegularFile(where) ? where : null;
    } catch (URISyntaxException | RuntimeException e) {
      return null;
    }
  }

  /** Where the modules are as files, or null when they cannot be had (Kaa then runs without its own modules). */
  private static Path locate(URL anyModule) {
    try {
      return switch (anyModule.getProtocol()) {
        case "file" -> Path.of(anyModule.toURI()).getParent();
        case "jar" -> {
          JarURLConnection connection = (JarURLConnection) anyModule.openConnection();
          connection.setUseCaches(false);
          try (JarFile jar = connection.getJarFile()) {
            yield copyOut(jar);
          }
        }
        default -> null;
      };
    } catch (IOException | URISyntaxException | RuntimeException unavailable) {
      return null;
    }
  }

  private static Path copyOut(JarFile jar) throws IOException {
    List<JarEntry> entries = new ArrayList<>();
    for (JarEntry e : jar.stream().toList()) {
      if (!e.isDirectory() && e.getName().startsWith(RESOURCE)) entries.add(e);
    }
    Path target = cacheHome().resolve("kaa").resolve("lib-" + fingerprint(entries));
    if (Files.isDirectory(target)) return target;
    Files.createDirectories(target.getParent());
    Path mine = Files.createTempDirectory(target.getParent(), target.getFileName() + ".");
    for (JarEntry e : entries) {
      Path p = mine.resolve(e.getName().substring(RESOURCE.length()));
      Files.createDirectories(p.getParent());
      try (InputStream in = jar.getInputStream(e)) {
        Files.copy(in, p);
      }
    }
    try {
      Files.move(mine, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException lostTheRace) {
      deleteTree(mine);
      if (!Files.isDirectory(target)) throw lostTheRace;
    }
    return target;
  }

  /**
   * The modules' identity from the jar's central directory alone (names, sizes, CRC-32s), so that a start which finds
   * the copy in place inflates and hashes nothing: reading and hashing every module cost each start ~5% of its
   * main-thread time. A changed module keeps its size and CRC with odds of one in four billion.
   */
  static String fingerprint(List<JarEntry> entries) {
    long h = 0xcbf29ce484222325L;  // FNV-1a over the names, sizes and CRCs, in name order
    List<JarEntry> sorted = new ArrayList<>(entries);
    sorted.sort((a, b) -> a.getName().compareTo(b.getName()));
    for (JarEntry e : sorted) {
      for (byte b : e.getName().getBytes(StandardCharsets.UTF_8)) h = (h ^ (b & 0xff)) * 0x100000001b3L;
      for (long v : new long[] {e.getSize(), e.getCrc()}) {
        for (int i = 0; i < 8; i++) h = (h ^ (v >>> 8 * i & 0xff)) * 0x100000001b3L;
      }
    }
    return HexFormat.of().toHexDigits(h);
  }

  private static Path cacheHome() {
    String xdg = System.getenv("XDG_CACHE_HOME");
    return xdg != null && !xdg.isEmpty() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
  }

  private static void deleteTree(Path root) throws IOException {
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
    }
  }
}
