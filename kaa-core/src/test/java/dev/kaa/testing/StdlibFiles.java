package dev.kaa.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The .py files of CPython 3.12's standard library (test/ included), in a stable order, for sweeps that check a stage
 * against CPython on real code: all of them with {@code -Dkaa.full=true}, else an evenly spread sample.
 */
public final class StdlibFiles {
  private StdlibFiles() {}

  /** True when the full sweep was asked for ({@code -Dkaa.full=true}). */
  public static boolean full() {
    return Boolean.getBoolean("kaa.full");
  }

  /** Every file when {@link #full()}, else every {@code step}-th one; empty when CPython is absent. */
  public static List<Path> select(int step) {
    List<Path> all = all();
    if (full()) return all;
    List<Path> sample = new ArrayList<>();
    for (int i = 0; i < all.size(); i += step) sample.add(all.get(i));
    return sample;
  }

  /** All the stdlib's .py files, sorted; empty when CPython 3.12 is not installed. */
  public static List<Path> all() {
    String exe = CPython.find();
    if (exe == null) return List.of();
    Path dir = Path.of(CPython.run("import sysconfig; print(sysconfig.get_paths()['stdlib'])", "").strip());
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(p -> p.toString().endsWith(".py") && !p.toString().contains("site-packages"))
          .sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
