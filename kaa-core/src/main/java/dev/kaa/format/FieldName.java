package dev.kaa.format;

import dev.kaa.objects.Errors;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * A replacement field's name, {@code first(.attr|[key])*}, as {@code _string.formatter_field_name_split} splits it:
 * {@code first} is an index when it is all decimal digits, else a name ("" when omitted); the accessors are read lazily,
 * so a malformed one is reported only after the lookups before it, as in CPython.
 */
public final class FieldName {
  /** An accessor: {@code .name} (attribute) or {@code [key]} (item; key is a Long when all digits, else a String). */
  public record Accessor(boolean isAttribute, Object key) {}

  private final String text;
  private final int firstEnd;

  public FieldName(String text) {
    this.text = text;
    int end = 0;
    while (end < text.length() && text.charAt(end) != '.' && text.charAt(end) != '[') end++;
    this.firstEnd = end;
  }

  /** The part before the first '.' or '[': a Long index when it is all decimal digits, else the String. */
  public Object first() {
    String first = text.substring(0, firstEnd);
    long index = integer(first);
    return index < 0 ? first : (Object) index;
  }

  /** True when the first part is omitted: automatic numbering supplies the index. */
  public boolean firstIsEmpty() {
    return firstEnd == 0;
  }

  /** The accessors after the first part, parsed as they are read. */
  public Iterator<Accessor> rest() {
    return new Iterator<>() {
      private int pos = firstEnd;

      @Override public boolean hasNext() {
        return pos < text.length();
      }

      @Override public Accessor next() {
        if (!hasNext()) throw new NoSuchElementException();
        char c = text.charAt(pos++);
        int start = pos;
        Accessor accessor;
        if (c == '.') {
          while (pos < text.length() && text.charAt(pos) != '.' && text.charAt(pos) != '[') pos++;
          accessor = new Accessor(true, text.substring(start, pos));
        } else if (c == '[') {
          while (pos < text.length() && text.charAt(pos) != ']') pos++;
          if (pos >= text.length()) throw Errors.valueError("Missing ']' in format string");
          String key = text.substring(start, pos++);
          long index = integer(key);
          accessor = new Accessor(false, index < 0 ? key : (Object) index);
        } else {
          throw Errors.valueError("Only '.' or '[' may follow ']' in format field specifier");
        }
        if (accessor.key().equals("")) throw Errors.valueError("Empty attribute in format string");
        return accessor;
      }
    };
  }

  /** The value of a string of decimal digits (any script), or -1 when it is empty or holds anything else. */
  static long integer(String s) {
    if (s.isEmpty()) return -1;
    int[] cp = s.codePoints().toArray();
    for (int c : cp) {
      if (FormatSpec.digitValue(c) < 0) return -1;
    }
    return FormatSpec.decimal(cp, 0, cp.length);
  }
}
