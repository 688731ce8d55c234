package dev.kaa.modules.sre;

import dev.kaa.objects.Abstract;
import dev.kaa.objects.Buffers;
import dev.kaa.objects.Errors;
import dev.kaa.objects.PyBytes;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyStr;
import dev.kaa.strings.PyStrIndex;
import java.util.Arrays;

/**
 * The string a pattern runs on: its code points (bytes as 0..255) for the engine, and the original object, whose
 * slices are the groups Python sees (a str's substrings, a bytes' bytes, a bytearray's or memoryview's own slices).
 */
final class SreSubject {
  final PyObject object;
  final boolean isBytes;
  final int[] text;
  /** A bytes-like subject's bytes (null for a str). */
  private final byte[] bytes;

  private SreSubject(PyObject object, boolean isBytes, int[] text, byte[] bytes) {
    this.object = object;
    this.isBytes = isBytes;
    this.text = text;
    this.bytes = bytes;
  }

  int length() { return text.length; }

  /** The subject {@code object} for {@code pattern}, with CPython's errors for the wrong kind of string. */
  static SreSubject of(PyObject object, PyPattern pattern) {
    SreSubject s = of(object);
    if (pattern.isBytes == 0 && s.isBytes) throw Errors.typeError("cannot use a string pattern on a bytes-like object");
    if (pattern.isBytes == 1 && !s.isBytes) throw Errors.typeError("cannot use a bytes pattern on a string-like object");
    return s;
  }

  static SreSubject of(PyObject object) {
    if (object instanceof PyStr str) return new SreSubject(object, false, codePoints(str), null);
    byte[] data = Buffers.bytesOrNull(object);
    if (data == null) throw Errors.typeError("expected string or bytes-like object, got '%s'", object.type().name());
    int[] text = new int[data.length];
    for (int i = 0; i < data.length; i++) text[i] = data[i] & 0xff;
    return new SreSubject(object, true, text, data);
  }

  private static int[] codePoints(PyStr str) {
    String s = str.value;
    PyStrIndex index = str.index();
    if (!index.isBmp()) return s.codePoints().toArray();
    int[] text = new int[s.length()];
    for (int i = 0; i < text.length; i++) text[i] = s.charAt(i);
    return text;
  }

  /**
   * {@code object[start:end]} as CPython's {@code getslice}: a str's substring, or bytes for any bytes-like subject;
   * the object itself when it is all of an exact str or bytes.
   */
  PyObject slice(int start, int end) {
    if (object instanceof PyStr str) {
      if (start == 0 && end == text.length && str.type() == PyStr.TYPE) return object;
      PyStrIndex index = str.index();
      return new PyStr(index.isBmp() ? str.value.substring(start, end) : index.substring(start, end));
    }
    if (start == 0 && end == text.length && object.type() == PyBytes.TYPE) return object;
    return new PyBytes(Arrays.copyOfRange(bytes, start, end));
  }

  /** Clamps {@code pos}/{@code endpos} into [0, length] as CPython does. */
  int clamp(PyObject value, int dflt) {
    if (value == null) return dflt;
    long v = Abstract.indexValue(value);
    return (int) Math.max(0, Math.min(v, text.length));
  }
}
