package dev.kaa.modules.random;

import dev.kaa.objects.Abstract;
import dev.kaa.objects.Errors;
import dev.kaa.objects.PyDict;
import dev.kaa.objects.PyFloat;
import dev.kaa.objects.PyInt;
import dev.kaa.objects.PyMethod;
import dev.kaa.objects.PyNone;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyTuple;
import dev.kaa.objects.PyType;
import dev.kaa.objects.SubclassableObject;
import java.math.BigInteger;
import java.security.SecureRandom;

/**
 * {@code _random.Random}: CPython's generator state and its four primitives (random, seed, getstate/setstate,
 * getrandbits); {@code random.Random} subclasses it in Python and builds everything else on them.
 */
final class PyRandom extends SubclassableObject {
  static final PyType TYPE = new PyType("_random.Random", PyType.IMMUTABLE | PyType.BASETYPE, PyRandom.class,
      PyType.OBJECT);

  private final MersenneTwister mt = new MersenneTwister();

  private PyRandom(PyType type) { super(type); }

  /** As 3.12: {@code __new__} takes any arguments (for subclasses); {@code __init__} seeds. */
  @PyMethod(value = "__new__", kind = PyMethod.Kind.NEW)
  static PyObject make(PyType cls, @PyMethod.Star PyObject[] args, @PyMethod.KwArgs PyDict kwargs) {
    PyRandom r = new PyRandom(cls);
    r.mt.seed(new int[0]);  // a valid state until __init__ seeds it
    return r;
  }

  @PyMethod("__init__") void init(@PyMethod.Star PyObject[] args, @PyMethod.KwArgs PyDict kwargs) {
    if (kwargs != null && kwargs.size() > 0) throw Errors.typeError("Random() takes no keyword arguments");
    if (args.length > 1) throw Errors.typeError("Random() requires 0 or 1 argument");
    seed(args.length == 1 ? args[0] : null);
  }

  @PyMethod PyObject random() { return new PyFloat(mt.nextDouble()); }

  /**
   * Seeds from None (fresh entropy), an int (its absolute value's 32-bit words) or any hashable object (its hash).
   * random.Random.seed turns str and bytes into ints before calling this.
   */
  @PyMethod void seed(@PyMethod.Opt PyObject n) {
    if (n == null || n == PyNone.NONE) {
      int[] key = new int[MersenneTwister.N];
      byte[] bytes = new byte[4 * key.length];
      new SecureRandom().nextBytes(bytes);
      for (int i = 0; i < key.length; i++) {
        key[i] = (bytes[4 * i] & 0xff) | (bytes[4 * i + 1] & 0xff) << 8 | (bytes[4 * i + 2] & 0xff) << 16
            | (bytes[4 * i + 3] & 0xff) << 24;
      }
      mt.seed(key);
      return;
    }
    BigInteger v = n instanceof PyInt i ? i.bigValue().abs()
        : BigInteger.valueOf(Abstract.hash(n)).and(BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE));
    int[] key = new int[Math.max(1, (v.bitLength() + 31) / 32)];
    for (int i = 0; i < key.length; i++) key[i] = v.shiftRight(32 * i).intValue();
    if (v.signum() == 0) key = new int[0];
    mt.seed(key);
  }

  @PyMethod PyObject getstate() {
    PyObject[] items = new PyObject[MersenneTwister.N + 1];
    for (int i = 0; i < MersenneTwister.N; i++) items[i] = PyInt.of(mt.state[i] & 0xffffffffL);
    items[MersenneTwister.N] = PyInt.of(mt.index);
    return PyTuple.wrap(items);
  }

  @PyMethod void setstate(PyObject state) {
    if (!(state instanceof PyTuple t)) throw Errors.typeError("state vector must be a tuple");
    if (t.size() != MersenneTwister.N + 1) throw Errors.valueError("state vector is the wrong size");
    int[] words = new int[MersenneTwister.N];
    for (int i = 0; i < words.length; i++) words[i] = (int) unsignedLong(t.get(i));
    long index = Abstract.indexValue(Abstract.index(t.get(MersenneTwister.N)));
    if (index < 0 || index > MersenneTwister.N) throw Errors.valueError("invalid state");
    System.arraycopy(words, 0, mt.state, 0, words.length);
    mt.index = (int) index;
  }

  /** C's PyLong_AsUnsignedLong: a non-negative int of at most 64 bits. */
  private static long unsignedLong(PyObject o) {
    if (!(o instanceof PyInt i)) throw Errors.typeError("an integer is required");
    if (i.signum() < 0) throw Errors.overflowError("can't convert negative value to unsigned int");
    if (i.bigValue().bitLength() > 64) {
      throw Errors.overflowError("Python int too large to convert to C unsigned long");
    }
    return i.bigValue().longValue();
  }

  @PyMethod PyObject getrandbits(PyObject k) {
    long bits = Abstract.indexValue(Abstract.index(k));
    if (bits < 0) throw Errors.valueError("number of bits must be non-negative");
    if (bits == 0) return PyInt.ZERO;
    if (bits <= 32) return PyInt.of((mt.next32() & 0xffffffffL) >>> (32 - bits));
    if (bits > Integer.MAX_VALUE - 32) throw Errors.overflowError("getrandbits() bits too large");
    int words = (int) ((bits - 1) / 32 + 1);
    byte[] bigEndian = new byte[4 * words + 1];  // a leading zero byte keeps it positive
    for (int w = 0; w < words; w++, bits -= 32) {
      int r = mt.next32();
      if (bits < 32) r >>>= 32 - bits;
      int at = bigEndian.length - 4 * (w + 1);
      bigEndian[at] = (byte) (r >>> 24);
      bigEndian[at + 1] = (byte) (r >>> 16);
      bigEndian[at + 2] = (byte) (r >>> 8);
      bigEndian[at + 3] = (byte) r;
    }
    return PyInt.of(new BigInteger(bigEndian));
  }
}
