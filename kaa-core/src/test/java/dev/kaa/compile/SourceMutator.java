package dev.kaa.compile;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Makes hostile front-end inputs from real source, deterministically from a seed: small edits of characters, tokens and
 * lines (which give the near-miss programs real typos make), truncations, deep nesting of every construct that nests,
 * random bytes and broken encodings.
 */
final class SourceMutator {
  /** Characters that matter to the tokenizer and parser; edits favour them. */
  private static final String SIGNIFICANT = "()[]{}:;,.=+-*/%@<>!&|^~'\"\\#\n\t \f\r0123456789_abcxyzfrbuFRBU";
  private static final String[] WORDS = {
    "if", "else", "elif", "for", "while", "def", "class", "lambda", "return", "yield", "await", "async", "with", "as",
    "try", "except", "except*", "finally", "import", "from", "global", "nonlocal", "del", "pass", "break", "continue",
    "match", "case", "type", "not", "and", "or", "in", "is", "None", "True", "__debug__", "*", "**", ":=", "->", "...",
    "f'{", "}", "'''", "\\", "\n", "\n    ", "\t", ";", ",", "@", "print(", ")", "[", "]", "{", "x", "1", "1j", "0x",
    "1e", "1_", "b'\\xff'", "r'\\'", "u''", "'\\N{", "#", "# coding: latin-1\n"
  };

  private final Random random;

  SourceMutator(long seed) {
    random = new Random(seed);
  }

  /** One input: usually an edited window of {@code source}, sometimes a generated extreme. */
  byte[] next(String source) {
    int kind = random.nextInt(100);
    if (kind < 4) return deepNesting();
    if (kind < 6) return randomBytes();
    if (kind < 10) return badEncoding(window(source));
    String text = window(source);
    int edits = 1 + random.nextInt(3);
    for (int i = 0; i < edits; i++) text = edit(text);
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /**
   * A run of up to 40 whole lines starting at a top-level line, so each input is small, its error is local, and it is
   * not rejected at once for starting indented.
   */
  private String window(String source) {
    String[] lines = source.split("\n", -1);
    int from = random.nextInt(lines.length);
    while (from > 0 && (lines[from].isEmpty() || Character.isWhitespace(lines[from].charAt(0)))) from--;
    int to = Math.min(lines.length, from + 1 + random.nextInt(40));
    return String.join("\n", List.of(lines).subList(from, to)) + "\n";
  }

  private String edit(String text) {
    if (text.isEmpty()) return pick(WORDS);
    int at = random.nextInt(text.length());
    return switch (random.nextInt(9)) {
      case 0 -> text.substring(0, at) + text.substring(at + 1);
      case 1 -> text.substring(0, at) + SIGNIFICANT.charAt(random.nextInt(SIGNIFICANT.length())) + text.substring(at);
      case 2 -> at + 1 < text.length()
          ? text.substring(0, at) + text.charAt(at + 1) + text.charAt(at) + text.substring(at + 2) : text;
      case 3 -> text.substring(0, at);
      case 4 -> text.substring(0, at) + pick(WORDS) + text.substring(at);
      case 5 -> deleteToken(text, at);
      case 6 -> swapTokens(text);
      case 7 -> lineEdit(text);
      default -> text.substring(0, at) + (char) random.nextInt(0x3000) + text.substring(at);
    };
  }

  private String deleteToken(String text, int at) {
    int start = at;
    while (start > 0 && Character.isJavaIdentifierPart(text.charAt(start - 1))) start--;
    int end = at;
    while (end < text.length() && Character.isJavaIdentifierPart(text.charAt(end))) end++;
    if (end == start) end = Math.min(text.length(), start + 1);
    return text.substring(0, start) + text.substring(end);
  }

  private String swapTokens(String text) {
    String[] parts = text.split(" ", -1);
    if (parts.length < 2) return text;
    int i = random.nextInt(parts.length);
    int j = random.nextInt(parts.length);
    String t = parts[i];
    parts[i] = parts[j];
    parts[j] = t;
    return String.join(" ", parts);
  }

  private String lineEdit(String text) {
    List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
    int i = random.nextInt(lines.size());
    switch (random.nextInt(4)) {
      case 0 -> lines.remove(i);
      case 1 -> lines.add(i, lines.get(i));
      case 2 -> lines.set(i, " ".repeat(1 + random.nextInt(8)) + lines.get(i));
      default -> lines.set(i, "\t" + lines.get(i).stripLeading());
    }
    return String.join("\n", lines);
  }

  /** Nesting past every limit: brackets, operators, blocks, f-strings, lambdas, calls, attributes. */
  private byte[] deepNesting() {
    int n = switch (random.nextInt(4)) {
      case 0 -> 50 + random.nextInt(200);
      case 1 -> 190 + random.nextInt(20);
      case 2 -> 1000 + random.nextInt(5000);
      default -> 50_000 + random.nextInt(100_000);
    };
    String text = switch (random.nextInt(12)) {
      case 0 -> "(".repeat(n) + ")".repeat(n);
      case 1 -> "x = " + "[".repeat(n) + "1" + "]".repeat(n);
      case 2 -> "-".repeat(n) + "1";
      case 3 -> "not ".repeat(n) + "x";
      case 4 -> "lambda: ".repeat(n) + "1";
      case 5 -> "f" + ".a".repeat(n);
      case 6 -> "f" + "()".repeat(n);
      case 7 -> "1" + "+1".repeat(n);
      case 8 -> blocks(Math.min(n, 400));
      case 9 -> "f'{".repeat(Math.min(n, 300)) + "1" + "}'".repeat(Math.min(n, 300));
      case 10 -> "{1: ".repeat(n) + "1" + "}".repeat(n);
      default -> "(".repeat(n);
    };
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private String blocks(int depth) {
    StringBuilder out = new StringBuilder();
    String[] heads = {"if x:", "for x in y:", "while x:", "with x:", "try:", "def f():", "class C:"};
    for (int i = 0; i < depth; i++) out.append(" ".repeat(i)).append(pick(heads)).append('\n');
    return out.append(" ".repeat(depth)).append("pass\n").toString();
  }

  private byte[] randomBytes() {
    byte[] bytes = new byte[random.nextInt(200)];
    random.nextBytes(bytes);
    return bytes;
  }

  /** Encoding trouble: cookies naming bogus or mismatched codecs, BOMs, invalid UTF-8, NUL bytes. */
  private byte[] badEncoding(String text) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] body = text.getBytes(StandardCharsets.UTF_8);
    switch (random.nextInt(7)) {
      case 0 -> out.writeBytes("# -*- coding: no-such-codec -*-\n".getBytes(StandardCharsets.US_ASCII));
      case 1 -> out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
      case 2 -> {
        out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        out.writeBytes("# coding: latin-1\n".getBytes(StandardCharsets.US_ASCII));
      }
      case 3 -> out.writeBytes("#!/usr/bin/env python\n# vim: set fileencoding=latin-1 :\n"
          .getBytes(StandardCharsets.US_ASCII));
      default -> { }
    }
    int at = body.length == 0 ? 0 : random.nextInt(body.length);
    out.write(body, 0, at);
    byte[][] spoilers = {{(byte) 0xFF}, {(byte) 0xC3}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {0}, {(byte) 0xE9},
        {(byte) 0xF0, (byte) 0x9F}};
    out.writeBytes(spoilers[random.nextInt(spoilers.length)]);
    out.write(body, at, body.length - at);
    return out.toByteArray();
  }

  private String pick(String[] options) {
    return options[random.nextInt(options.length)];
  }
}
