package dev.kaa.format;

/**
 * What {@code str.format} and {@code format_map} ({@link StrFormatter}) need from the runtime's values, {@code V}: the
 * lookups a field name makes, the three conversions and {@code format(value, spec)}. Each raises the runtime's own
 * errors (AttributeError, KeyError, a type's {@code __format__} refusing a spec) as PyExceptions.
 */
public interface FormatFields<V> {
  /** {@code kwargs[name]} for {@code format}, {@code mapping[name]} for {@code format_map}; KeyError when missing. */
  V keyword(String name);

  V getAttribute(V value, String name);

  /** {@code value[key]} with an int key. */
  V getItem(V value, long key);

  /** {@code value[key]} with a str key. */
  V getItem(V value, String key);

  /** {@code str(value)}, {@code repr(value)} or {@code ascii(value)} for the conversion 's', 'r' or 'a'. */
  V convert(V value, char conversion);

  /** {@code format(value, spec)}. */
  String format(V value, String spec);
}
