package dev.kaa.modules.hash;

import dev.kaa.objects.Abstract;
import dev.kaa.objects.Buffers;
import dev.kaa.objects.Errors;
import dev.kaa.objects.PyBytes;
import dev.kaa.objects.PyGetter;
import dev.kaa.objects.PyInt;
import dev.kaa.objects.PyMethod;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyStr;
import dev.kaa.objects.PyType;
import dev.kaa.runtime.Gil;

/**
 * A hash object of the built-in hash modules ({@code _md5}, {@code _sha1}, {@code _sha2}, {@code _sha3},
 * {@code _blake2}): update, digest, hexdigest, copy, name, digest_size, block_size. SHAKE's digest takes a length.
 */
final class PyHash extends PyObject {
  static final PyType TYPE = new PyType("_hashlib.HASH", PyType.IMMUTABLE, PyHash.class, PyType.OBJECT);

  private final Digest digest;

  PyHash(Digest digest) { this.digest = digest; }

  @Override public PyType type() { return TYPE; }

  /** A new hash object over {@code digest}, fed the optional initial data. */
  static PyHash of(Digest digest, PyObject data) {
    PyHash h = new PyHash(digest);
    if (data != null) h.update(data);
    return h;
  }

  static byte[] dataOf(PyObject data) {
    if (data instanceof PyStr) throw Errors.typeError("Strings must be encoded before hashing");
    byte[] bytes = Buffers.bytesOrNull(data);
    if (bytes == null) throw Errors.typeError("object supporting the buffer API required");
    return bytes;
  }

  /**
   * CPython's HASHLIB_GIL_MINSIZE: data this long is hashed with the GIL released (the digest then guarded by its
   * own lock, as CPython's hash objects are, since two threads may update one object at once).
   */
  static final int GIL_MINSIZE = 2048;

  @PyMethod void update(PyObject obj) {
    byte[] data = dataOf(obj);
    if (data.length < GIL_MINSIZE) {
      synchronized (digest) {
        digest.update(data);
      }
    } else {
      Gil.releaseDuring("hash.update", () -> {
        synchronized (digest) {
          digest.update(data);
        }
      });
    }
  }

  @PyMethod PyObject copy() {
    synchronized (digest) {
      return new PyHash(digest.copy());
    }
  }

  private byte[] bytes(PyObject length, String method) {
    if (digest instanceof Keccak k && digest.digestSize() == 0) {
      if (length == null) throw Errors.typeError("%s.%s() takes exactly one argument (0 given)", digest.name(), method);
      long n = Abstract.indexValue(length);
      if (n < 0) throw Errors.valueError("negative digest length");
      synchronized (digest) {
        return k.digest((int) n);
      }
    }
    synchronized (digest) {
      return digest.digest();
    }
  }

  @PyMethod(positionalOnly = 0) PyObject digest(@PyMethod.Opt PyObject length) { return new PyBytes(bytes(length, "digest")); }

  @PyMethod(positionalOnly = 0) PyObject hexdigest(@PyMethod.Opt PyObject length) {
    StringBuilder sb = new StringBuilder();
    for (byte b : bytes(length, "hexdigest")) sb.append(Character.forDigit((b >> 4) & 0xf, 16)).append(Character.forDigit(b & 0xf, 16));
    return new PyStr(sb.toString());
  }

  @PyGetter("name") PyObject name() { return new PyStr(digest.name()); }

  @PyGetter("digest_size") PyObject digestSize() { return PyInt.of(digest.digestSize()); }

  @PyGetter("block_size") PyObject blockSize() { return PyInt.of(digest.blockSize()); }

  @PyMethod("__repr__") PyObject repr() {
    return new PyStr(String.format("<%s _hashlib.HASH object @ 0x%x>", digest.name(), System.identityHashCode(this)));
  }
}
