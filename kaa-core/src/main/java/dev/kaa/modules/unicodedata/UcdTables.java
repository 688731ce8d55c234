package dev.kaa.modules.unicodedata;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.InflaterInputStream;

/**
 * The Unicode 15.0 properties that neither the JDK (another Unicode version) nor {@code dev.kaa.strings.Unicode}
 * give: bidirectional class, combining class, East Asian width, mirrored, decomposition. They are read once from the
 * resource {@code ucd15.bin}, written by {@code scripts/unicodedata15-tables.py} from python3.12's own answers, and
 * never change after (shared by all interpreters).
 */
final class UcdTables {
  /** Runs of code points sharing one non-default value of a property, sorted: found by binary search. */
  private record Runs(String absent, int[] starts, int[] ends, String[] values) {
    String get(int cp) {
      int i = Arrays.binarySearch(starts, cp);
      if (i < 0) i = -i - 2;
      return i >= 0 && cp <= ends[i] ? values[i] : absent;
    }
  }

  static final UcdTables TABLES = load();

  private final Map<String, Runs> runs = new HashMap<>();
  private final Map<Integer, String> decompositions = new HashMap<>();

  String property(String name, int cp) { return runs.get(name).get(cp); }

  String decomposition(int cp) { return decompositions.getOrDefault(cp, ""); }

  private static UcdTables load() {
    try (InputStream raw = UcdTables.class.getResourceAsStream("ucd15.bin")) {
      if (raw == null) throw new IllegalStateException("resource dev/kaa/modules/unicodedata/ucd15.bin is missing");
      ByteArrayOutputStream text = new ByteArrayOutputStream();
      new InflaterInputStream(raw).transferTo(text);
      return parse(text.toString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IllegalStateException("reading ucd15.bin", e);
    }
  }

  private static UcdTables parse(String text) {
    UcdTables t = new UcdTables();
    String section = null, absent = null;
    List<String[]> lines = new ArrayList<>();
    for (String line : (text + "@end -\n").split("\n")) {
      if (line.startsWith("@")) {
        if (section != null && !section.equals("decomposition")) t.runs.put(section, runsOf(absent, lines));
        String[] head = line.substring(1).split(" ", 2);
        section = head[0];
        absent = head[1];
        lines.clear();
      } else if (section.equals("decomposition")) {
        String[] f = line.split(" ", 2);
        t.decompositions.put(Integer.parseInt(f[0], 16), f[1]);
      } else {
        lines.add(line.split(" ", 3));
      }
    }
    return t;
  }

  private static Runs runsOf(String absent, List<String[]> lines) {
    int n = lines.size();
    int[] starts = new int[n], ends = new int[n];
    String[] values = new String[n];
    for (int i = 0; i < n; i++) {
      String[] f = lines.get(i);
      starts[i] = Integer.parseInt(f[0], 16);
      ends[i] = Integer.parseInt(f[1], 16);
      values[i] = f[2].intern();
    }
    return new Runs(absent, starts, ends, values);
  }
}
