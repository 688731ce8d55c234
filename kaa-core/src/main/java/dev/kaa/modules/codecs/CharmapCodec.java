package dev.kaa.modules.codecs;

import dev.kaa.objects.Abstract;
import dev.kaa.objects.CodecErrors;
import dev.kaa.objects.Errors;
import dev.kaa.objects.ExceptionTypes;
import dev.kaa.objects.PyBytes;
import dev.kaa.objects.PyDict;
import dev.kaa.objects.PyException;
import dev.kaa.objects.PyInt;
import dev.kaa.objects.PyNone;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyStr;
import java.io.ByteArrayOutputStream;

/**
 * The {@code charmap} codec behind the stdlib's table-driven encodings ({@code cp1252}, {@code koi8_r}, ...):
 * decoding through a 256-character table or any mapping of byte to str/code point/None, encoding through an
 * {@link EncodingMap} or any mapping of code point to byte/bytes/None. What a mapping lacks, or maps to None or U+FFFE,
 * is undefined: "character maps to &lt;undefined&gt;".
 */
final class CharmapCodec {
  private CharmapCodec() {}

  private static final String UNDEFINED = "character maps to <undefined>";

  static String decode(byte[] data, String errors, PyObject mapping) {
    StringBuilder out = new StringBuilder(data.length);
    String table = mapping instanceof PyStr s ? s.value : null;
    int[] cps = table == null ? null : table.codePoints().toArray();
    for (int pos = 0; pos < data.length; ) {
      int b = data[pos] & 0xff;
      String decoded = cps != null ? (b < cps.length && cps[b] != 0xfffe ? Character.toString(cps[b]) : null)
          : decodeByMapping(mapping, b);
      if (decoded != null) {
        out.append(decoded);
        pos++;
        continue;
      }
      CodecErrors.Replacement r = CodecErrors.decoding(errors, "charmap", data, pos, pos + 1, UNDEFINED);
      out.append(r.text());
      pos = r.resume();
    }
    return out.toString();
  }

  /** {@code mapping[b]} as text, or null when undefined. */
  private static String decodeByMapping(PyObject mapping, int b) {
    PyObject value;
    try {
      value = Abstract.getItem(mapping, PyInt.of(b));
    } catch (PyException e) {
      if (e.matches(ExceptionTypes.LookupError)) return null;
      throw e;
    }
    if (value == PyNone.NONE) return null;
    if (value instanceof PyInt) {
      long cp = Abstract.indexValue(value);
      if (cp < 0 || cp > 0x10ffff) throw Errors.typeError("character mapping must be in range(0x110000)");
      return cp == 0xfffe ? null : Character.toString((int) cp);
    }
    if (value instanceof PyStr s) return s.value.equals("\ufffe") ? null : s.value;
    throw Errors.typeError("character mapping must return integer, None or str");
  }

  static byte[] encode(String s, String errors, PyObject mapping) {
    int[] cps = s.codePoints().toArray();
    ByteArrayOutputStream out = new ByteArrayOutputStream(cps.length);
    for (int i = 0; i < cps.length; ) {
      if (encodeOne(cps[i], mapping, out)) {
        i++;
        continue;
      }
      int end = i + 1;
      while (end < cps.length && !encodable(cps[end], mapping)) end++;
      CodecErrors.Replacement r = CodecErrors.encoding(errors, "charmap", cps, i, end, UNDEFINED);
      if (r.bytes() != null) {
        out.writeBytes(r.bytes());
      } else {
        int[] replacement = r.text().codePoints().toArray();
        for (int cp : replacement) {
          if (!encodeOne(cp, mapping, out)) throw CodecErrors.encodeError("charmap", cps, i, end, UNDEFINED);
        }
      }
      i = r.resume();
    }
    return out.toByteArray();
  }

  private static boolean encodable(int cp, PyObject mapping) {
    return encodeOne(cp, mapping, new ByteArrayOutputStream());
  }

  /** Writes what {@code cp} maps to; false when it is undefined. */
  private static boolean encodeOne(int cp, PyObject mapping, ByteArrayOutputStream out) {
    if (mapping instanceof EncodingMap m) {
      int b = m.byteOf(cp);
      if (b < 0) return false;
      out.write(b);
      return true;
    }
    PyObject value;
    try {
      value = Abstract.getItem(mapping, PyInt.of(cp));
    } catch (PyException e) {
      if (e.matches(ExceptionTypes.LookupError)) return false;
      throw e;
    }
    if (value == PyNone.NONE) return false;
    if (value instanceof PyInt) {
      long b = Abstract.indexValue(value);
      if (b < 0 || b > 255) throw Errors.typeError("character mapping must be in range(256)");
      out.write((int) b);
      return true;
    }
    if (value instanceof PyBytes bytes) {
      out.writeBytes(bytes.value);
      return true;
    }
    throw Errors.typeError("character mapping must return integer, bytes or None, not %s", value.type().name());
  }

  /** {@code charmap_build}'s answer when the table is not a plain 256-character one: a dict, as CPython. */
  static PyObject inverse(String table) {
    PyDict d = new PyDict();
    int[] cps = table.codePoints().toArray();
    for (int i = 0; i < cps.length; i++) d.put(PyInt.of(cps[i]), PyInt.of(i));
    return d;
  }
}
