package dev.kaa.modules.hash;

import dev.kaa.objects.PyInt;
import dev.kaa.objects.PyMethod;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyStr;
import dev.kaa.runtime.Interpreter;
import dev.kaa.runtime.PyModule;

/**
 * The built-in hash modules hashlib builds on, CPython's names: {@code _md5}, {@code _sha1}, {@code _sha2} and
 * {@code _sha3} over the JDK's digests (SHAKE over {@link Keccak}), {@code _blake2} over {@link Blake2}. Each
 * constructor takes the initial data and ignores {@code usedforsecurity}, as CPython's do.
 */
public final class HashModules {
  private HashModules() {}

  public static final String MD5 = "_md5", SHA1 = "_sha1", SHA2 = "_sha2", SHA3 = "_sha3", BLAKE2 = "_blake2";

  /** The module {@code name} (one of this class's names). */
  public static PyModule create(String name, Interpreter interp) {
    PyModule m = new PyModule(name, new PyStr(name.substring(1) + " hash algorithms"), interp);
    m.addFunctions(switch (name) {
      case MD5 -> Md5.class;
      case SHA1 -> Sha1.class;
      case SHA2 -> Sha2.class;
      case SHA3 -> Sha3.class;
      default -> Blake2Functions.class;
    });
    if (name.equals(BLAKE2)) {
      Object[][] constants = {{"BLAKE2B_MAX_DIGEST_SIZE", 64}, {"BLAKE2B_MAX_KEY_SIZE", 64},
          {"BLAKE2B_PERSON_SIZE", 16}, {"BLAKE2B_SALT_SIZE", 16}, {"BLAKE2S_MAX_DIGEST_SIZE", 32},
          {"BLAKE2S_MAX_KEY_SIZE", 32}, {"BLAKE2S_PERSON_SIZE", 8}, {"BLAKE2S_SALT_SIZE", 8}};
      for (Object[] c : constants) m.put((String) c[0], PyInt.of((Integer) c[1]));
    }
    if (name.equals(SHA3)) m.put("implementation", new PyStr("kaa"));
    return m;
  }

  static final class Md5 {
    private Md5() {}

    @PyMethod(positionalOnly = 0) static PyObject md5(PyModule self, @PyMethod.Opt PyObject string,
        @PyMethod.KwOnly @PyMethod.Opt PyObject usedforsecurity) {
      return PyHash.of(Digests.named("md5"), string);
    }
  }

  static final class Sha1 {
    private Sha1() {}

    @PyMethod(positionalOnly = 0) static PyObject sha1(PyModule self, @PyMethod.Opt PyObject string,
        @PyMethod.KwOnly @PyMethod.Opt PyObject usedforsecurity) {
      return PyHash.of(Digests.named("sha1"), string);
    }
  }

  static final class Sha2 {
    private Sha2() {}

    @PyMethod(positionalOnly = 0) static PyObject sha224(PyModule self, @PyMethod.Opt PyObject string,
        @PyMethod.KwOnly @PyMethod.Opt PyObject usedforsecurity) {
      return PyHash.of(Digests.named("sha224"), string);
    }

    @PyMethod(positionalOnly = 0) static PyObject sha256(PyModule self, @PyMethod.Opt PyObject string,
        @PyMethod.KwOnly @PyMethod.Opt PyObject usedforsecurity) {
      return PyHash.of(Digests.named("sha256"), string);
    }

    @PyMethod(positionalOnly = 0) static PyObject sha384(PyModule self, @PyMethod.Opt PyObject string,
        @PyMethod.KwOnly @PyMethod.Opt PyObject usedforsecurity) {
      return PyHash.of(Digests.named("sha384"), string);
    }

    @PyMethod(positionalOnly = 0) static PyObject sha512(PyModule self, @PyMethod.Opt PyObject string,
        @PyMethod.KwOnly @PyMethod.Opt PyObject usedforsecurity) {
      return PyHash.of(Digests.named("sha512"), string);
    }
  }

  static final class Sha3 {
    private Sha3() {}

    private static PyObject sha3(int bits, PyObject data) { return PyHash.of(Digests.sha3(bits), data); }

    private static PyObject shake(int bits, PyObject data) { return PyHash.of(Digests.shake(bits), data); }

    @PyMethod("sha3_224") static PyObject sha3224(PyModule self, @PyMethod.Opt PyObject data,
        @PyMethod.KwOnly @PyMethod.Opt PyObject usedforsecurity) {
      return sha3(224, data);
    }

    @PyMethod("sha3_256") static PyObject sha3256(PyModule self, @PyMethod.Opt PyObject data,
        @PyMethod.KwOnly @PyMethod.Opt PyObject usedforsecurity) {
      return sha3(256, data);
    }

    @PyMethod("sha3_384") static PyObject sha3384(PyModule self, @PyMethod.Opt PyObject data,
        @PyMethod.KwOnly @PyMethod.Opt PyObject usedforsecurity) {
      return sha3(384, data);
    }

    @PyMethod("sha3_512") static PyObject sha3512(PyModule self, @PyMethod.Opt PyObject data,
        @PyMethod.KwOnly @PyMethod.Opt PyObject usedforsecurity) {
      return sha3(512, data);
    }

    @PyMethod("shake_128") static PyObject shake128(PyModule self, @PyMethod.Opt PyObject data,
        @PyMethod.KwOnly @PyMethod.Opt PyObject usedforsecurity) {
      return shake(128, data);
    }

    @PyMethod("shake_256") static PyObject shake256(PyModule self, @PyMethod.Opt PyObject data,
        @PyMethod.KwOnly @PyMethod.Opt PyObject usedforsecurity) {
      return shake(256, data);
    }
  }
}
