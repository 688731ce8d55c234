package dev.kaa.format;

import dev.kaa.format.JavaValues.Namespace;
import dev.kaa.format.JavaValues.Tuple;
import dev.kaa.objects.Errors;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;

/** {@link FormatFields} over {@link JavaValues}' stand-ins, with {@code kwargs} as the keyword arguments. */
record JavaFields(Map<String, Object> kwargs) implements FormatFields<Object> {
  @Override public Object keyword(String name) {
    if (!kwargs.containsKey(name)) throw Errors.keyError("%s", JavaValues.reprOf(name));
    return kwargs.get(name);
  }

  @Override public Object getAttribute(Object value, String name) {
    if (value instanceof Namespace n && n.attributes().containsKey(name)) return n.attributes().get(name);
    throw Errors.attributeError("'%s' object has no attribute '%s'", JavaValues.INSTANCE.typeName(value), name);
  }

  @Override public Object getItem(Object value, long key) {
    if (value instanceof Map<?, ?> m) {
      if (!m.containsKey(key)) throw Errors.keyError("%d", key);
      return m.get(key);
    }
    List<?> items = value instanceof Tuple t ? t.items() : value instanceof List<?> l ? l : null;
    if (items != null) {
      if (key >= items.size()) throw Errors.indexError("%s index out of range", JavaValues.INSTANCE.typeName(value));
      return items.get((int) key);
    }
    if (value instanceof String s) {
      int[] cp = s.codePoints().toArray();
      if (key >= cp.length) throw Errors.indexError("string index out of range");
      return Character.toString(cp[(int) key]);
    }
    throw notSubscriptable(value);
  }

  @Override public Object getItem(Object value, String key) {
    if (value instanceof Map<?, ?> m) {
      if (!m.containsKey(key)) throw Errors.keyError("%s", JavaValues.reprOf(key));
      return m.get(key);
    }
    if (value instanceof Tuple || value instanceof List) {
      throw Errors.typeError("%s indices must be integers or slices, not str", JavaValues.INSTANCE.typeName(value));
    }
    if (value instanceof String) throw Errors.typeError("string indices must be integers, not 'str'");
    throw notSubscriptable(value);
  }

  private static RuntimeException notSubscriptable(Object value) {
    return Errors.typeError("'%s' object is not subscriptable", JavaValues.INSTANCE.typeName(value));
  }

  @Override public Object convert(Object value, char conversion) {
    return switch (conversion) {
      case 's' -> JavaValues.INSTANCE.str(value);
      case 'r' -> JavaValues.reprOf(value);
      default -> JavaValues.INSTANCE.ascii(value);
    };
  }

  @Override public String format(Object value, String spec) {
    if (value instanceof Boolean b) return spec.isEmpty() ? (b ? "True" : "False") : IntFormat.format(b ? 1 : 0, spec, "bool");
    if (value instanceof Long l) return IntFormat.format(l, spec);
    if (value instanceof BigInteger big) return IntFormat.format(big, spec);
    if (value instanceof Double d) return FloatFormat.format(d, spec);
    if (value instanceof String s) return StrFormat.format(s, spec);
    if (!spec.isEmpty()) {
      throw Errors.typeError("unsupported format string passed to %s.__format__", JavaValues.INSTANCE.typeName(value));
    }
    return JavaValues.INSTANCE.str(value);
  }
}
