package dev.kaa.format;

import dev.kaa.objects.Errors;
import dev.kaa.text.FloatRepr;
import dev.kaa.text.StrRepr;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Python values as plain Java objects for the formatting tests, standing in for the object model: Long/BigInteger int,
 * Boolean bool, Double float, String str, {@link Bytes} bytes, {@link Tuple} tuple, List list, Map dict,
 * {@link Namespace} SimpleNamespace, null None.
 * Gives their str/repr/ascii, their Python source (for the oracle) and the {@link PercentOperands} view.
 */
final class JavaValues implements PercentOperands<Object> {
  static final JavaValues INSTANCE = new JavaValues();

  record Tuple(List<Object> items) {}

  /** A {@code types.SimpleNamespace}: an object with attributes. */
  record Namespace(Map<String, Object> attributes) {}

  record Bytes(byte[] data) {
    @Override public boolean equals(Object o) {
      return o instanceof Bytes b && Arrays.equals(data, b.data);
    }

    @Override public int hashCode() {
      return Arrays.hashCode(data);
    }
  }

  /** Python source that evaluates to {@code v}. */
  static String source(Object v) {
    if (v instanceof Double d) {
      if (d.isNaN()) return "float('nan')";
      if (d.isInfinite()) return d > 0 ? "float('inf')" : "float('-inf')";
      return "(" + FloatRepr.repr(d) + ")";
    }
    if (v instanceof Tuple t) return sources("(", t.items, ")");
    if (v instanceof Namespace n) {
      List<String> parts = new ArrayList<>();
      n.attributes.forEach((k, x) -> parts.add(k + "=" + source(x)));
      return "types.SimpleNamespace(" + String.join(", ", parts) + ")";
    }
    if (v instanceof List<?> l) return sources("[", l, "]");
    if (v instanceof Map<?, ?> m) {
      List<String> parts = new ArrayList<>();
      m.forEach((k, x) -> parts.add(source(k) + ": " + source(x)));
      return "{" + String.join(", ", parts) + "}";
    }
    return reprOf(v);
  }

  private static String sources(String open, List<?> items, String close) {
    StringBuilder s = new StringBuilder(open);
    for (Object item : items) s.append(source(item)).append(", ");
    return s.append(close).toString();
  }

  static String reprOf(Object v) {
    if (v == null) return "None";
    if (v instanceof Boolean b) return b ? "True" : "False";
    if (v instanceof Double d) return FloatRepr.repr(d);
    if (v instanceof String s) return StrRepr.repr(s);
    if (v instanceof Bytes b) return StrRepr.bytesRepr(b.data);
    if (v instanceof Tuple t) return t.items.size() == 1 ? "(" + reprOf(t.items.get(0)) + ",)" : join("(", t.items, ")");
    if (v instanceof List<?> l) return join("[", l, "]");
    if (v instanceof Namespace n) {
      List<String> parts = new ArrayList<>();
      n.attributes.forEach((k, x) -> parts.add(k + "=" + reprOf(x)));
      return "namespace(" + String.join(", ", parts) + ")";
    }
    if (v instanceof Map<?, ?> m) {
      List<String> parts = new ArrayList<>();
      m.forEach((k, x) -> parts.add(reprOf(k) + ": " + reprOf(x)));
      return "{" + String.join(", ", parts) + "}";
    }
    return v.toString();
  }

  private static String join(String open, List<?> items, String close) {
    List<String> parts = new ArrayList<>();
    for (Object item : items) parts.add(reprOf(item));
    return open + String.join(", ", parts) + close;
  }

  @Override public List<Object> tupleItems(Object args) {
    return args instanceof Tuple t ? t.items : null;
  }

  @Override public boolean isMapping(Object args, boolean bytesFormat) {
    if (args instanceof Tuple || args instanceof String) return false;
    if (args instanceof Bytes) return !bytesFormat;
    return args instanceof Map || args instanceof List;
  }

  @Override public Object getItem(Object mapping, String key, boolean bytesKey) {
    Object k = bytesKey ? new Bytes(key.getBytes(StandardCharsets.ISO_8859_1)) : key;
    if (mapping instanceof Map<?, ?> m) {
      if (!m.containsKey(k)) throw Errors.keyError("%s", reprOf(k));
      return m.get(k);
    }
    String what = mapping instanceof Bytes ? "byte" : typeName(mapping);
    throw Errors.typeError("%s indices must be integers or slices, not %s", what, typeName(k));
  }

  @Override public String typeName(Object v) {
    if (v == null) return "NoneType";
    if (v instanceof Boolean) return "bool";
    if (v instanceof Long || v instanceof BigInteger) return "int";
    if (v instanceof Double) return "float";
    if (v instanceof String) return "str";
    if (v instanceof Bytes) return "bytes";
    if (v instanceof Tuple) return "tuple";
    if (v instanceof List) return "list";
    if (v instanceof Namespace) return "types.SimpleNamespace";
    return "dict";
  }

  @Override public String str(Object v) {
    return v instanceof String s ? s : reprOf(v);
  }

  @Override public String repr(Object v) {
    return reprOf(v);
  }

  @Override public String ascii(Object v) {
    StringBuilder out = new StringBuilder();
    reprOf(v).codePoints().forEach(c -> {
      if (c < 0x80) out.append((char) c);
      else if (c < 0x100) out.append(String.format("\\x%02x", c));
      else if (c < 0x10000) out.append(String.format("\\u%04x", c));
      else out.append(String.format("\\U%08x", c));
    });
    return out.toString();
  }

  @Override public Number exactInt(Object v) {
    if (v instanceof Boolean b) return b ? 1L : 0L;
    return v instanceof Long || v instanceof BigInteger ? (Number) v : null;
  }

  @Override public Number index(Object v) {
    return exactInt(v);
  }

  @Override public Number intOfNumber(Object v) {
    if (v instanceof Double d) {
      if (d.isInfinite()) throw Errors.overflowError("cannot convert float infinity to integer");
      if (d.isNaN()) throw Errors.valueError("cannot convert float NaN to integer");
      return new java.math.BigDecimal(d).toBigInteger();
    }
    return exactInt(v);
  }

  @Override public Double toDouble(Object v) {
    if (v instanceof Double d) return d;
    Number n = exactInt(v);
    if (n == null) return null;
    double d = n instanceof BigInteger big ? big.doubleValue() : n.longValue();
    if (Double.isInfinite(d)) throw Errors.overflowError("int too large to convert to float");
    return d;
  }

  @Override public String strValue(Object v) {
    return v instanceof String s ? s : null;
  }

  @Override public byte[] bytesValue(Object v) {
    return v instanceof Bytes b ? b.data : null;
  }

  @Override public byte[] exactBytes(Object v) {
    return bytesValue(v);
  }
}
