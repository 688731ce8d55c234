package dev.kaa.modules.hash;

import dev.kaa.modules.operator.OperatorModule;
import dev.kaa.objects.Abstract;
import dev.kaa.objects.Buffers;
import dev.kaa.objects.Errors;
import dev.kaa.objects.ExceptionTypes;
import dev.kaa.objects.PyBytes;
import dev.kaa.objects.PyDict;
import dev.kaa.objects.PyInt;
import dev.kaa.objects.PyList;
import dev.kaa.objects.PyMethod;
import dev.kaa.objects.PyNone;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyStr;
import dev.kaa.objects.PyTuple;
import dev.kaa.objects.PyType;
import dev.kaa.runtime.Interpreter;
import dev.kaa.runtime.PyModule;

/**
 * {@code _hashlib}, the module CPython builds over OpenSSL, here over the JDK's digests ({@link Digests}): hash
 * objects by name and by {@code openssl_*} constructor, HMAC ({@code hmac.new} and {@code hmac.digest} run on
 * {@code hmac_new}/{@code hmac_digest}), PBKDF2 ({@code hashlib.pbkdf2_hmac}, which exists only when this module
 * does) and {@code compare_digest}. BLAKE2 stays with {@code _blake2}, as hashlib prefers it; a name Kaa lacks is
 * OpenSSL's UnsupportedDigestmodError, after which hashlib and hmac fall back to their other implementations.
 * No {@code scrypt}: hashlib then leaves it out, as with an OpenSSL without it.
 */
public final class HashlibModule {
  private HashlibModule() {}

  public static final String NAME = "_hashlib";

  /** {@code _hashlib.UnsupportedDigestmodError} (a ValueError), one per interpreter as a heap type. */
  static final class State {
    final PyType unsupported;

    State() {
      PyDict ns = new PyDict();
      ns.put(new PyStr("__module__"), new PyStr(NAME));
      unsupported = (PyType) Abstract.call(PyType.TYPE, new PyStr("UnsupportedDigestmodError"),
          PyTuple.of(ExceptionTypes.ValueError), ns);
    }
  }

  public static PyModule create(Interpreter interp) {
    PyModule m = new PyModule(NAME, new PyStr("OpenSSL interface for hashlib module"), interp);
    m.addFunctions(HashlibModule.class);
    m.put("HASH", PyHash.TYPE);
    m.put("HASHXOF", PyHash.TYPE);
    m.put("HMAC", PyHmac.TYPE);
    m.put("UnsupportedDigestmodError", state(m).unsupported);
    PyList names = new PyList();
    for (String n : Digests.NAMES) names.add(new PyStr(n));
    m.put("openssl_md_meth_names", Abstract.call(dev.kaa.objects.PyFrozenSet.TYPE, names));
    return m;
  }

  private static State state(PyModule m) { return m.interpreter().moduleState(State.class, i -> new State()); }

  /** The digest {@code name} names, or OpenSSL's UnsupportedDigestmodError. */
  private static Digest digest(PyModule m, String name) {
    Digest d = Digests.named(name);
    if (d == null) throw Errors.of(state(m).unsupported, "[digital envelope routines] unsupported");
    return d;
  }

  /** {@code digestmod} of hmac: a name, or one of this module's {@code openssl_*} constructors. */
  private static Digest digestmod(PyModule m, PyObject digestmod) {
    if (digestmod instanceof PyStr s) return digest(m, s.value);
    PyObject name = Abstract.getAttrOrNull(digestmod, "__name__");
    if (name instanceof PyStr s && s.value.startsWith("openssl_") && m.dict().getStr(s.value) == digestmod) {
      return digest(m, s.value.substring("openssl_".length()));
    }
    throw Errors.of(state(m).unsupported, "Unsupported digestmod %s", Abstract.str(digestmod).value);
  }

  /** A new hash object: {@code data} and its older name {@code string} are one argument. */
  private static PyObject hash(Digest d, PyObject data, PyObject string, String function) {
    if (data != null && string != null) {
      throw Errors.typeError("argument for %s() given by name ('string') and position (%d)", function,
          function.equals("new") ? 2 : 1);
    }
    return PyHash.of(d, data != null ? data : string);
  }

  @PyMethod(value = "new", positionalOnly = 0, doc = "Return a new hash object using the named algorithm.\n\n"
      + "An optional string argument may be provided and will be\nautomatically hashed.\n\n"
      + "The MD5 and SHA1 algorithms are always supported.")
  static PyObject newHash(PyModule self, PyObject name, @PyMethod.Opt PyObject data,
                          @PyMethod.KwOnly @PyMethod.Opt PyObject usedforsecurity,
                          @PyMethod.KwOnly @PyMethod.Opt PyObject string) {
    if (!(name instanceof PyStr s)) throw Errors.typeError("name must be a string");
    return hash(digest(self, s.value), data, string, "new");
  }

  private static PyObject constructor(PyModule self, String name, PyObject data, PyObject string) {
    return hash(digest(self, name), data, string, "openssl_" + name);
  }

  @PyMethod(value = "openssl_md5", positionalOnly = 0) static PyObject md5(PyModule self, @PyMethod.Opt PyObject data,
      @PyMethod.KwOnly @PyMethod.Opt PyObject usedforsecurity, @PyMethod.KwOnly @PyMethod.Opt PyObject string) {
    return constructor(self, "md5", data, string);
  }

  @PyMethod(value = "openssl_sha1", positionalOnly = 0) static PyObject sha1(PyModule self, @PyMethod.Opt PyObject data,
      @PyMethod.KwOnly @PyMethod.Opt PyObject usedforsecurity, @PyMethod.KwOnly @PyMethod.Opt PyObject string) {
    return constructor(self, "sha1", data, string);
  }

  @PyMethod(value = "openssl_sha224", positionalOnly = 0) static PyObject sha224(PyModule self,
      @PyMethod.Opt PyObject data, @PyMethod.KwOnly @PyMethod.Opt PyObject usedforsecurity,
      @PyMethod.KwOnly @PyMethod.Opt PyObject string) {
    return constructor(self, "sha224", data, string);
  }

  @PyMethod(value = "openssl_sha256", positionalOnly = 0) static PyObject sha256(PyModule self,
      @PyMethod.Opt PyObject data, @PyMethod.KwOnly @PyMethod.Opt PyObject usedforsecurity,
      @PyMethod.KwOnly @PyMethod.Opt PyObject string) {
    return constructor(self, "sha256", data, string);
  }

  @PyMethod(value = "openssl_sha384", positionalOnly = 0) static PyObject sha384(PyModule self,
      @PyMethod.Opt PyObject data, @PyMethod.KwOnly @PyMethod.Opt PyObject usedforsecurity,
      @PyMethod.KwOnly @PyMethod.Opt PyObject string) {
    return constructor(self, "sha384", data, string);
  }

  @PyMethod(value = "openssl_sha512", positionalOnly = 0) static PyObject sha512(PyModule self,
      @PyMethod.Opt PyObject data, @PyMethod.KwOnly @PyMethod.Opt PyObject usedforsecurity,
      @PyMethod.KwOnly @PyMethod.Opt PyObject string) {
    return constructor(self, "sha512", data, string);
  }

  @PyMethod(value = "openssl_sha3_224", positionalOnly = 0) static PyObject sha3224(PyModule self,
      @PyMethod.Opt PyObject data, @PyMethod.KwOnly @PyMethod.Opt PyObject usedforsecurity,
      @PyMethod.KwOnly @PyMethod.Opt PyObject string) {
    return constructor(self, "sha3_224", data, string);
  }

  @PyMethod(value = "openssl_sha3_256", positionalOnly = 0) static PyObject sha3256(PyModule self,
      @PyMethod.Opt PyObject data, @PyMethod.KwOnly @PyMethod.Opt PyObject usedforsecurity,
      @PyMethod.KwOnly @PyMethod.Opt PyObject string) {
    return constructor(self, "sha3_256", data, string);
  }

  @PyMethod(value = "openssl_sha3_384", positionalOnly = 0) static PyObject sha3384(PyModule self,
      @PyMethod.Opt PyObject data, @PyMethod.KwOnly @PyMethod.Opt PyObject usedforsecurity,
      @PyMethod.KwOnly @PyMethod.Opt PyObject string) {
    return constructor(self, "sha3_384", data, string);
  }

  @PyMethod(value = "openssl_sha3_512", positionalOnly = 0) static PyObject sha3512(PyModule self,
      @PyMethod.Opt PyObject data, @PyMethod.KwOnly @PyMethod.Opt PyObject usedforsecurity,
      @PyMethod.KwOnly @PyMethod.Opt PyObject string) {
    return constructor(self, "sha3_512", data, string);
  }

  @PyMethod(value = "openssl_shake_128", positionalOnly = 0) static PyObject shake128(PyModule self,
      @PyMethod.Opt PyObject data, @PyMethod.KwOnly @PyMethod.Opt PyObject usedforsecurity,
      @PyMethod.KwOnly @PyMethod.Opt PyObject string) {
    return constructor(self, "shake_128", data, string);
  }

  @PyMethod(value = "openssl_shake_256", positionalOnly = 0) static PyObject shake256(PyModule self,
      @PyMethod.Opt PyObject data, @PyMethod.KwOnly @PyMethod.Opt PyObject usedforsecurity,
      @PyMethod.KwOnly @PyMethod.Opt PyObject string) {
    return constructor(self, "shake_256", data, string);
  }

  /** An HMAC over a digest that has a fixed size (SHAKE has none: OpenSSL refuses it with no reason given). */
  private static Hmac hmac(PyModule self, PyObject key, PyObject digestmod) {
    byte[] k = Buffers.required(key);
    Digest d = digestmod(self, digestmod);
    if (d.digestSize() == 0) throw Errors.valueError("no reason supplied");
    return Hmac.of(d, k);
  }

  @PyMethod(value = "hmac_new", positionalOnly = 0, doc = "Return a new hmac object.")
  static PyObject hmacNew(PyModule self, PyObject key, @PyMethod.Opt PyObject msg, @PyMethod.Opt PyObject digestmod) {
    if (digestmod == null || digestmod == PyNone.NONE) {
      throw Errors.typeError("Missing required parameter 'digestmod'.");
    }
    Hmac h = hmac(self, key, digestmod);
    if (msg != null && msg != PyNone.NONE) h.update(PyHash.dataOf(msg));
    return new PyHmac(h);
  }

  @PyMethod(value = "hmac_digest", positionalOnly = 0, doc = "Single-shot HMAC.")
  static PyObject hmacDigest(PyModule self, PyObject key, PyObject msg, PyObject digest) {
    Hmac h = hmac(self, key, digest);
    h.update(Buffers.required(msg));
    return new PyBytes(h.digest());
  }

  @PyMethod(value = "pbkdf2_hmac", positionalOnly = 0, doc = "Password based key derivation function 2 (PKCS #5 v2.0)"
      + " with HMAC as pseudorandom function.")
  static PyObject pbkdf2Hmac(PyModule self, PyObject hash_name, PyObject password, PyObject salt, PyObject iterations,
                             @PyMethod.Opt PyObject dklen) {
    if (!(hash_name instanceof PyStr name)) {
      throw Errors.typeError("pbkdf2_hmac() argument 'hash_name' must be str, not %s", hash_name.type().name());
    }
    byte[] p = Buffers.required(password), s = Buffers.required(salt);
    long rounds = Abstract.indexValue(iterations);
    if (rounds < 1) throw Errors.valueError("iteration value must be greater than 0.");
    if (rounds > Integer.MAX_VALUE) throw Errors.overflowError("iteration value is too great.");
    Digest d = digest(self, name.value);
    long length = dklen == null || dklen == PyNone.NONE ? d.digestSize() : Abstract.indexValue(dklen);
    if (length < 1) throw Errors.valueError("key length must be greater than 0.");
    if (length > Integer.MAX_VALUE) throw Errors.overflowError("key length is too great.");
    return new PyBytes(Hmac.of(d, p).pbkdf2(s, (int) rounds, (int) length));
  }

  @PyMethod(value = "compare_digest", doc = "Return 'a == b'.\n\nThis function uses an approach designed to prevent\n"
      + "timing analysis, making it appropriate for cryptography.\n\na and b must both be of the same type: either "
      + "str (ASCII only),\nor any bytes-like object.\n\nNote: If a and b are of different lengths, or if an error "
      + "occurs,\na timing attack could theoretically reveal information about the\ntypes and lengths of a and b--but "
      + "not their values.")
  static PyObject compareDigest(PyModule self, PyObject a, PyObject b) { return OperatorModule.compareDigest(a, b); }

  @PyMethod(value = "get_fips_mode", doc = "Determine the OpenSSL FIPS mode of operation.")
  static PyObject getFipsMode(PyModule self) { return PyInt.of(0); }
}
