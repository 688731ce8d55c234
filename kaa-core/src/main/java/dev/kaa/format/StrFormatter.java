package dev.kaa.format;

import dev.kaa.objects.Errors;
import java.util.Iterator;
import java.util.List;

/**
 * {@code str.format(*args, **kwargs)} and {@code str.format_map(mapping)}: each field is looked up (first part, then
 * its accessors), converted, its spec expanded (one level of nested fields), and formatted. Automatic ({@code {}}) and
 * manual ({@code {0}}) numbering may not be mixed; nested specs share the numbering of the whole string.
 */
public final class StrFormatter<V> {
  private static final int MAX_DEPTH = 2;

  private final List<V> args;  // null for format_map, which has no positional arguments
  private final FormatFields<V> fields;
  private Numbering numbering = Numbering.NONE;
  private int nextAuto;

  private enum Numbering { NONE, AUTOMATIC, MANUAL }

  private StrFormatter(List<V> args, FormatFields<V> fields) {
    this.args = args;
    this.fields = fields;
  }

  /** {@code format.format(*args, **kwargs)}; keyword lookups go to {@code fields}. */
  public static <V> String format(String format, List<V> args, FormatFields<V> fields) {
    return new StrFormatter<>(args, fields).build(format, MAX_DEPTH);
  }

  /** {@code format.format_map(mapping)}; keyword lookups go to {@code fields}, positional fields are an error. */
  public static <V> String formatMap(String format, FormatFields<V> fields) {
    return new StrFormatter<>(null, fields).build(format, MAX_DEPTH);
  }

  private String build(String format, int depth) {
    if (depth <= 0) throw Errors.valueError("Max string recursion exceeded");
    StringBuilder out = new StringBuilder(format.length() + 16);
    FormatStringParser parser = new FormatStringParser(format);
    while (parser.hasNext()) {
      FormatStringParser.Chunk chunk = parser.next();
      out.append(chunk.literal());
      if (chunk.fieldName() == null) continue;
      V value = lookUp(new FieldName(chunk.fieldName()));
      if (chunk.conversion() >= 0) value = fields.convert(value, conversion(chunk.conversion()));
      String spec = chunk.specHasFields() ? build(chunk.formatSpec(), depth - 1) : chunk.formatSpec();
      out.append(fields.format(value, spec));
    }
    return out.toString();
  }

  private V lookUp(FieldName name) {
    Object first = name.first();
    boolean numeric = name.firstIsEmpty() || first instanceof Long;
    if (numeric) {
      if (numbering == Numbering.NONE) numbering = name.firstIsEmpty() ? Numbering.AUTOMATIC : Numbering.MANUAL;
      if (numbering == Numbering.MANUAL && name.firstIsEmpty()) {
        throw Errors.valueError("cannot switch from manual field specification to automatic field numbering");
      }
      if (numbering == Numbering.AUTOMATIC && !name.firstIsEmpty()) {
        throw Errors.valueError("cannot switch from automatic field numbering to manual field specification");
      }
    }
    V value;
    if (numeric) {
      long index = name.firstIsEmpty() ? nextAuto++ : (Long) first;
      if (args == null) throw Errors.valueError("Format string contains positional fields");
      if (index >= args.size()) {
        throw Errors.indexError("Replacement index %d out of range for positional args tuple", index);
      }
      value = args.get((int) index);
    } else {
      value = fields.keyword((String) first);
    }
    for (Iterator<FieldName.Accessor> rest = name.rest(); rest.hasNext(); ) {
      FieldName.Accessor accessor = rest.next();
      if (accessor.isAttribute()) {
        value = fields.getAttribute(value, (String) accessor.key());
      } else if (accessor.key() instanceof Long index) {
        value = fields.getItem(value, index);
      } else {
        value = fields.getItem(value, (String) accessor.key());
      }
    }
    return value;
  }

  private static char conversion(int c) {
    if (c == 'r' || c == 's' || c == 'a') return (char) c;
    if (c > 32 && c < 127) throw Errors.valueError("Unknown conversion specifier %s", (char) c);
    throw Errors.valueError("Unknown conversion specifier \\x%x", c);
  }
}
