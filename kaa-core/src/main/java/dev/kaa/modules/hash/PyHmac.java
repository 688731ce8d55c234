package dev.kaa.modules.hash;

import dev.kaa.objects.PyBytes;
import dev.kaa.objects.PyGetter;
import dev.kaa.objects.PyInt;
import dev.kaa.objects.PyMethod;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyStr;
import dev.kaa.objects.PyType;
import java.util.HexFormat;

/** {@code _hashlib.HMAC}: what {@code hmac.new(key, msg, "sha256")} runs on. */
final class PyHmac extends PyObject {
  static final PyType TYPE = new PyType("_hashlib.HMAC", PyType.IMMUTABLE, PyHmac.class, PyType.OBJECT);

  private final Hmac hmac;

  PyHmac(Hmac hmac) { this.hmac = hmac; }

  @Override public PyType type() { return TYPE; }

  @PyMethod(positionalOnly = 0) void update(PyObject msg) { hmac.update(PyHash.dataOf(msg)); }

  @PyMethod PyObject copy() { return new PyHmac(hmac.copy()); }

  @PyMethod PyObject digest() { return new PyBytes(hmac.digest()); }

  @PyMethod PyObject hexdigest() { return new PyStr(HexFormat.of().formatHex(hmac.digest())); }

  @PyGetter("name") PyObject name() { return new PyStr("hmac-" + hmac.name()); }

  @PyGetter("digest_size") PyObject digestSize() { return PyInt.of(hmac.digestSize()); }

  @PyGetter("block_size") PyObject blockSize() { return PyInt.of(hmac.blockSize()); }

  @PyMethod("__repr__") PyObject repr() {
    return new PyStr(String.format("<%s HMAC object @ 0x%x>", hmac.name(), System.identityHashCode(this)));
  }
}
