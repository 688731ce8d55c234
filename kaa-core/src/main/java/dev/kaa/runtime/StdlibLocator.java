package dev.kaa.runtime;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Finds CPython 3.12's pure-Python standard library, which Kaa uses unchanged and never ships (DESIGN.md §1.5):
 * {@code KAA_STDLIB}; else the answer remembered from an earlier run; else what an installed {@code python3.12}
 * says ({@code sysconfig.get_path('stdlib')}); else the usual install locations, pyenv's included. Asking
 * {@code python3.12} starts a process, so its answer is remembered in Kaa's cache directory and checked again each run.
 */
public final class StdlibLocator {
  private StdlibLocator() {}

  /** The standard library's directory, or null; {@link #tried()} then says where Kaa looked. */
  public record Result(Path directory, List<String> tried) {}

  private static volatile Result found;  // a fact about the machine, the same for every interpreter of the process

  /** Where the standard library is (searched once per process). */
  public static Result locate() {
    Result r = found;
    if (r == null) found = r = search(System.getenv());
    return r;
  }

  /** The line an import failure adds when there is no standard library: where Kaa looked, and how to say where. */
  static String notFoundLine(Result r) {
    return "(Kaa found no CPython 3.12 standard library; tried: " + String.join(", ", r.tried())
        + "; set KAA_STDLIB to its directory)";
  }

  /** A directory holding CPython's standard library: its {@code os.py} and the import system's source. */
  static boolean isStdlib(Path dir) {
    return Files.isRegularFile(dir.resolve("os.py")) && Files.isRegularFile(dir.resolve("importlib/_bootstrap.py"));
  }

  static Result search(java.util.Map<String, String> env) {
    List<String> tried = new ArrayList<>();
    String explicit = env.get("KAA_STDLIB");
    if (explicit != null && !explicit.isEmpty()) {
      Path dir = Path.of(explicit).toAbsolutePath().normalize();
      if (isStdlib(dir)) return new Result(dir, tried);
      tried.add("KAA_STDLIB=" + explicit + " (no os.py and importlib/_bootstrap.py there)");
    }
    Path remembered = rememberedFile();
    Path dir = readRemembered(remembered);
    if (dir != null) return new Result(dir, tried);
    dir = askPython(tried);
    if (dir == null) dir = usualLocations(env, tried);
    if (dir != null) remember(remembered, dir);
    return new Result(dir, tried);
  }

  private static Path rememberedFile() {
    String xdg = System.getenv("XDG_CACHE_HOME");
    Path cache = xdg != null && !xdg.isEmpty() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
    return cache.resolve("kaa").resolve("stdlib-location");
  }

  private static Path readRemembered(Path file) {
    try {
      Path dir = Path.of(Files.readString(file, StandardCharsets.UTF_8).strip());
      return isStdlib(dir) ? dir : null;
    } catch (IOException | RuntimeException absentOrStale) {
      return null;
    }
  }

  private static void remember(Path file, Path dir) {
    try {
      Files.createDirectories(file.getParent());
      Path tmp = Files.createTempFile(file.getParent(), "stdlib-location", ".tmp");
      Files.writeString(tmp, dir + "\n", StandardCharsets.UTF_8);
      Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
          java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException | RuntimeException unwritable) {
      // not remembering only costs the next run the same search
    }
  }

  private static Path askPython(List<String> tried) {
    String question = "import sys, sysconfig; print(sysconfig.get_path('stdlib') if sys.version_info[:2] == (3, 12) else '')";
    try {
      Process p = new ProcessBuilder("python3.12", "-I", "-c", question)
          .redirectError(ProcessBuilder.Redirect.DISCARD).start();
      p.getOutputStream().close();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
      if (p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0 && !out.isEmpty() && isStdlib(Path.of(out))) {
        return Path.of(out);
      }
      tried.add("python3.12 -c \"...sysconfig.get_path('stdlib')\" (answered '" + out + "')");
    } catch (IOException e) {
      tried.add("python3.12 on PATH (none)");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      tried.add("python3.12 on PATH (interrupted)");
    }
    return null;
  }

  private static Path usualLocations(java.util.Map<String, String> env, List<String> tried) {
    List<Path> candidates = new ArrayList<>();
    String home = System.getProperty("user.home");
    String pyenvRoot = env.getOrDefault("PYENV_ROOT", home + "/.pyenv");
    candidates.addAll(versionsUnder(Path.of(pyenvRoot, "versions")));
    for (String prefix : List.of("/usr/local", "/usr", "/opt/homebrew", "/Library/Frameworks/Python.framework/Versions/3.12")) {
      candidates.add(Path.of(prefix, "lib", "python3.12"));
    }
    for (Path c : candidates) {
      if (isStdlib(c)) return c;
      tried.add(c.toString());
    }
    return null;
  }

  /** {@code ROOT/3.12.x/lib/python3.12}, newest first. */
  private static List<Path> versionsUnder(Path root) {
    List<Path> out = new ArrayList<>();
    try (DirectoryStream<Path> versions = Files.newDirectoryStream(root, "3.12*")) {
      for (Path v : versions) out.add(v.resolve("lib").resolve("python3.12"));
    } catch (IOException | RuntimeException none) {
      out.add(root.resolve("3.12.*").resolve("lib").resolve("python3.12"));
    }
    out.sort(java.util.Comparator.comparing(Path::toString).reversed());
    return out;
  }
}
