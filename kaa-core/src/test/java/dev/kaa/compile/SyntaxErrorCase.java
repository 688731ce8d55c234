package dev.kaa.compile;

import dev.kaa.parse.Mode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One program of the syntax-error corpus ({@code src/test/resources/syntax-errors/*.txt}, format in that folder's
 * README.md) with CPython's verdict: the warnings it emits, then {@code ok} or the error. The source is a {@code String}
 * ({@code compile(str)}) or, with the {@code bytes} option, a {@code byte[]} ({@code compile(bytes)}).
 */
record SyntaxErrorCase(String id, String text, byte[] bytes, Mode mode, List<String> verdict) {

  /** Every case of one category file, in file order. */
  static List<SyntaxErrorCase> read(Path file) {
    String category = file.getFileName().toString().replaceFirst("\\.txt$", "");
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<SyntaxErrorCase> cases = new ArrayList<>();
    int i = 0;
    while (i < lines.size() && !lines.get(i).startsWith("### ")) i++;
    while (i < lines.size()) {
      String[] head = lines.get(i).substring(4).trim().split(" +");
      int j = i + 1;
      while (j < lines.size() && !lines.get(j).startsWith("=> ") && !lines.get(j).startsWith("### ")) j++;
      List<String> verdict = new ArrayList<>();
      int k = j;
      while (k < lines.size() && lines.get(k).startsWith("=> ")) verdict.add(lines.get(k++).substring(3));
      if (verdict.isEmpty()) throw new IllegalStateException(file + ":" + (i + 1) + ": case without a verdict");
      cases.add(of(category + "/" + head[0], List.of(head).subList(1, head.length), lines.subList(i + 1, j), verdict));
      i = k;
      while (i < lines.size() && lines.get(i).isEmpty()) i++;
    }
    return cases;
  }

  private static SyntaxErrorCase of(String id, List<String> options, List<String> sourceLines, List<String> verdict) {
    String source = String.join("\n", sourceLines) + (options.contains("noeol") ? "" : "\n");
    Mode mode = Mode.EXEC;
    for (String option : options) {
      if (option.startsWith("mode=")) mode = Mode.valueOf(option.substring(5).toUpperCase());
    }
    boolean escaped = options.contains("escaped");
    if (options.contains("bytes")) {
      return new SyntaxErrorCase(id, null, escaped ? unescapeToBytes(source) : source.getBytes(StandardCharsets.UTF_8),
          mode, verdict);
    }
    return new SyntaxErrorCase(id, escaped ? unescape(source) : source, null, mode, verdict);
  }

  /** The {@code escaped} option: backslash followed by t, n, r, f, v, 0, a backslash, xHH or uHHHH (hex digits). */
  static String unescape(String s) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c != '\\') {
        out.append(c);
        continue;
      }
      char e = s.charAt(++i);
      int width = e == 'x' ? 2 : e == 'u' ? 4 : 0;
      if (width > 0) {
        out.appendCodePoint(Integer.parseInt(s.substring(i + 1, i + 1 + width), 16));
        i += width;
      } else {
        out.append(simpleEscape(e));
      }
    }
    return out.toString();
  }

  /** As {@link #unescape}, for a bytes source: {@code \xHH} is the raw byte, everything else UTF-8. */
  static byte[] unescapeToBytes(String s) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int plain = 0;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) != '\\') continue;
      out.writeBytes(s.substring(plain, i).getBytes(StandardCharsets.UTF_8));
      char e = s.charAt(i + 1);
      if (e == 'x') {
        out.write(Integer.parseInt(s.substring(i + 2, i + 4), 16));
        i += 3;
      } else if (e == 'u') {
        out.writeBytes(Character.toString(Integer.parseInt(s.substring(i + 2, i + 6), 16))
            .getBytes(StandardCharsets.UTF_8));
        i += 5;
      } else {
        out.write(simpleEscape(e));
        i += 1;
      }
      plain = i + 1;
    }
    out.writeBytes(s.substring(plain).getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }

  private static char simpleEscape(char e) {
    return switch (e) {
      case '\\' -> '\\';
      case 't' -> '\t';
      case 'n' -> '\n';
      case 'r' -> '\r';
      case 'f' -> '\f';
      case 'v' -> (char) 0x0b;
      case '0' -> '\0';
      default -> throw new IllegalArgumentException("unknown escape \\" + e);
    };
  }

  /** The source as the case file shows it, for failure messages. */
  String sourceForDisplay() {
    return text != null ? text : new String(bytes, StandardCharsets.ISO_8859_1);
  }
}
