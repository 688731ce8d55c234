package dev.kaa.modules.pyexpat;

import dev.kaa.objects.Abstract;
import dev.kaa.objects.Attributes;
import dev.kaa.objects.Errors;
import dev.kaa.objects.PyBytes;
import dev.kaa.objects.PyStr;

/**
 * pyexpat's handler for encodings expat does not know: Python's codec decodes the 256 byte values, and a codec that
 * does not give one character each is refused ("multi-byte encodings are not supported"); a byte it cannot decode is
 * an invalid token where it appears.
 */
final class UnknownEncoding {
  private UnknownEncoding() {}

  static char[] table(String name) {
    byte[] all = new byte[256];
    for (int i = 0; i < 256; i++) all[i] = (byte) i;
    PyStr decoded = Abstract.str(Abstract.call(Attributes.get(new PyBytes(all), "decode"), new PyStr(name),
        new PyStr("replace")));
    String t = decoded.value;
    if (t.length() != 256) throw Errors.valueError("multi-byte encodings are not supported");
    return t.toCharArray();
  }
}
