package dev.kaa.format;

import dev.kaa.objects.Errors;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * Splits a {@code str.format} string into chunks, lazily, as {@code _string.formatter_parser} yields them: literal text
 * up to a replacement field, then the field's name, format spec and conversion. Errors are raised when the chunk that
 * holds them is reached, so a field before a stray brace is formatted (and may fail) first, as in CPython.
 */
public final class FormatStringParser implements Iterator<FormatStringParser.Chunk> {
  /**
   * One chunk: {@code literal} (braces unescaped), then a field or none ({@code fieldName} null). {@code formatSpec} is
   * "" when absent; {@code conversion} the code point after '!', or -1; {@code specHasFields} when the spec holds '{'.
   */
  public record Chunk(String literal, String fieldName, String formatSpec, int conversion, boolean specHasFields) {}

  private final String text;
  private int pos;

  public FormatStringParser(String text) {
    this.text = text;
  }

  @Override public boolean hasNext() {
    return pos < text.length();
  }

  @Override public Chunk next() {
    if (!hasNext()) throw new NoSuchElementException();
    int start = pos;
    char c = 0;
    while (pos < text.length()) {
      c = text.charAt(pos++);
      if (c == '{' || c == '}') break;
    }
    boolean brace = c == '{' || c == '}';
    boolean atEnd = pos >= text.length();
    if (c == '}' && (atEnd || text.charAt(pos) != '}')) {
      throw Errors.valueError("Single '}' encountered in format string");
    }
    if (atEnd && c == '{') throw Errors.valueError("Single '{' encountered in format string");
    if (!brace) return new Chunk(text.substring(start, pos), null, null, -1, false);
    if (text.charAt(pos) == c) {  // a doubled brace is one literal brace, ending this chunk
      pos++;
      return new Chunk(text.substring(start, pos - 1), null, null, -1, false);
    }
    String literal = text.substring(start, pos - 1);
    return field(literal);
  }

  /** Parses a replacement field after its '{'. */
  private Chunk field(String literal) {
    int nameStart = pos;
    char c = 0;
    scan:
    while (pos < text.length()) {
      c = text.charAt(pos++);
      switch (c) {
        case '{' -> throw Errors.valueError("unexpected '{' in field name");
        case '[' -> {
          while (pos < text.length() && text.charAt(pos) != ']') pos++;
        }
        case '}', ':', '!' -> {
          break scan;
        }
        default -> { }
      }
    }
    String name = text.substring(nameStart, c == '}' || c == ':' || c == '!' ? pos - 1 : pos);
    if (c != '!' && c != ':') {
      if (c != '}') throw Errors.valueError("expected '}' before end of string");
      return new Chunk(literal, name, "", -1, false);
    }
    int conversion = -1;
    if (c == '!') {
      if (pos >= text.length()) throw Errors.valueError("end of string while looking for conversion specifier");
      conversion = text.codePointAt(pos);
      pos += Character.charCount(conversion);
      if (pos < text.length()) {
        char after = text.charAt(pos++);
        if (after == '}') return new Chunk(literal, name, "", conversion, false);
        if (after != ':') throw Errors.valueError("expected ':' after conversion specifier");
      }
    }
    int specStart = pos;
    int depth = 1;
    boolean hasFields = false;
    while (pos < text.length()) {
      char s = text.charAt(pos++);
      if (s == '{') {
        hasFields = true;
        depth++;
      } else if (s == '}' && --depth == 0) {
        return new Chunk(literal, name, text.substring(specStart, pos - 1), conversion, hasFields);
      }
    }
    throw Errors.valueError("unmatched '{' in format spec");
  }
}
