package dev.kaa.modules.codecs;

import dev.kaa.objects.PyInt;
import dev.kaa.objects.PyMethod;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyType;
import java.util.HashMap;
import java.util.Map;

/**
 * {@code EncodingMap}: what {@code codecs.charmap_build(decoding_table)} makes, the inverse of a 256-character
 * decoding table (code point to byte), which {@code charmap_encode} reads without calling back into Python.
 */
final class EncodingMap extends PyObject {
  static final PyType TYPE = new PyType("EncodingMap", PyType.IMMUTABLE, EncodingMap.class, PyType.OBJECT);

  private final Map<Integer, Integer> bytes = new HashMap<>();

  /** Byte {@code i} decodes to the i-th code point of {@code table}; U+FFFE marks an undefined byte. */
  EncodingMap(String table) {
    int[] cps = table.codePoints().toArray();
    for (int i = 0; i < Math.min(cps.length, 256); i++) {
      if (cps[i] != 0xfffe) bytes.put(cps[i], i);
    }
  }

  @Override public PyType type() { return TYPE; }

  /** The byte {@code cp} encodes to, or -1. */
  int byteOf(int cp) {
    Integer b = bytes.get(cp);
    return b == null ? -1 : b;
  }

  @PyMethod("size") PyObject size() { return PyInt.of(bytes.size()); }
}
