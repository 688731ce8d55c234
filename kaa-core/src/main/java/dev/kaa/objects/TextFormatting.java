package dev.kaa.objects;

import dev.kaa.format.FormatFields;
import dev.kaa.format.PercentOperands;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * The runtime side of the formatting libraries: what {@code str % args}, {@code bytes % args}, {@code str.format} and
 * {@code format_map} ask about Python objects ({@link PercentOperands}, {@link FormatFields}), answered through the
 * object protocol.
 */
final class TextFormatting {
  private TextFormatting() {}

  static final PercentOperands<PyObject> OPERANDS = new PercentOperands<>() {
    @Override public List<PyObject> tupleItems(PyObject args) {
      return args instanceof PyTuple t ? Arrays.asList(t.items) : null;
    }

    @Override public boolean isMapping(PyObject args, boolean bytesFormat) {
      if (args instanceof PyTuple || args instanceof PyStr) return false;
      if (bytesFormat && (args instanceof PyBytes || args instanceof PyByteArray)) return false;
      return args.type().lookupSpecial(Special.GETITEM) != null;
    }

    @Override public PyObject getItem(PyObject mapping, String key, boolean bytesKey) {
      PyObject k = bytesKey ? new PyBytes(key.getBytes(StandardCharsets.ISO_8859_1)) : new PyStr(key);
      return Abstract.getItem(mapping, k);
    }

    @Override public String typeName(PyObject value) { return value.type().name(); }

    @Override public String str(PyObject value) { return Abstract.str(value).value; }

    @Override public String repr(PyObject value) { return Abstract.repr(value).value; }

    @Override public String ascii(PyObject value) { return PyStr.asciiEscape(Abstract.repr(value).value); }

    @Override public Number exactInt(PyObject value) { return value instanceof PyInt i ? i.number() : null; }

    @Override public Number index(PyObject value) {
      return value.type().lookupSpecial(Special.INDEX) != null ? Abstract.index(value).number() : null;
    }

    @Override public Number intOfNumber(PyObject value) {
      if (value instanceof PyFloat f) return truncate(f.value);
      if (value.type().lookupSpecial(Special.INT) != null) {
        PyObject r = Abstract.callSpecial(value, Special.INT);
        if (r instanceof PyInt i) return i.number();
        throw Errors.typeError("__int__ returned non-int (type %s)", r.type().name());
      }
      if (value.type().lookupSpecial(Special.INDEX) != null) return Abstract.index(value).number();
      return null;
    }

    @Override public Double toDouble(PyObject value) {
      if (value instanceof PyFloat f) return f.value;
      if (value instanceof PyInt i) return intToDouble(i);
      if (value.type().lookupSpecial(Special.FLOAT) != null) {
        PyObject r = Abstract.callSpecial(value, Special.FLOAT);
        if (r instanceof PyFloat f) return f.value;
        throw Errors.typeError("%s.__float__ returned non-float (type %s)", value.type().name(), r.type().name());
      }
      if (value.type().lookupSpecial(Special.INDEX) != null) return intToDouble(Abstract.index(value));
      return null;
    }

    @Override public String strValue(PyObject value) { return value instanceof PyStr s ? s.value : null; }

    @Override public byte[] bytesValue(PyObject value) {
      byte[] data = Buffers.bytesOrNull(value);
      if (data != null) return data;
      if (value.type().lookupSpecial(Special.BYTES) == null) return null;
      PyObject r = Abstract.callSpecial(value, Special.BYTES);
      if (r instanceof PyBytes b) return b.value;
      throw Errors.typeError("__bytes__ returned non-bytes (type %s)", r.type().name());
    }

    @Override public byte[] exactBytes(PyObject value) {
      if (value instanceof PyBytes b) return b.value;
      if (value instanceof PyByteArray b) return b.toByteArray();
      return null;
    }
  };

  /** {@code int(f)} for a float: truncation, with CPython's errors for infinities and NaN. */
  private static Number truncate(double f) {
    if (Double.isNaN(f)) throw Errors.valueError("cannot convert float NaN to integer");
    if (Double.isInfinite(f)) throw Errors.overflowError("cannot convert float infinity to integer");
    if (Math.abs(f) < 0x1p63) return (long) f;
    return new BigDecimal(f).toBigInteger();
  }

  private static double intToDouble(PyInt i) {
    if (i.isLong()) return i.longValue();
    BigInteger b = i.bigValue();
    double d = b.doubleValue();
    if (Double.isInfinite(d)) throw Errors.overflowError("int too large to convert to float");
    return d;
  }

  /** The field lookups of {@code format(*args, **kwargs)}: keywords from {@code kwargs} (null when none). */
  static FormatFields<PyObject> fields(PyDict kwargs) {
    return new Fields() {
      @Override public PyObject keyword(String name) {
        PyObject v = kwargs == null ? null : kwargs.getStr(name);
        if (v == null) throw Errors.keyError(new PyStr(name));
        return v;
      }
    };
  }

  /** The field lookups of {@code format_map(mapping)}: keywords are {@code mapping[name]}. */
  static FormatFields<PyObject> mapFields(PyObject mapping) {
    return new Fields() {
      @Override public PyObject keyword(String name) { return Abstract.getItem(mapping, new PyStr(name)); }
    };
  }

  private abstract static class Fields implements FormatFields<PyObject> {
    @Override public PyObject getAttribute(PyObject value, String name) { return Attributes.get(value, name); }

    @Override public PyObject getItem(PyObject value, long key) { return Abstract.getItem(value, PyInt.of(key)); }

    @Override public PyObject getItem(PyObject value, String key) { return Abstract.getItem(value, new PyStr(key)); }

    @Override public PyObject convert(PyObject value, char conversion) {
      return switch (conversion) {
        case 'r' -> Abstract.repr(value);
        case 'a' -> new PyStr(PyStr.asciiEscape(Abstract.repr(value).value));
        default -> Abstract.str(value);
      };
    }

    @Override public String format(PyObject value, String spec) { return Abstract.format(value, new PyStr(spec)).value; }
  }
}
