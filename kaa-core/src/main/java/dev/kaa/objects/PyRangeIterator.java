package dev.kaa.objects;

import java.math.BigInteger;

/**
 * The iterators of range, forward and reversed: {@code range_iterator} counting in a long when the whole walk fits in
 * 64 bits, else {@code longrange_iterator} with ints of any size, as CPython chooses between them.
 */
abstract class PyRangeIterator extends PyObject implements IterNext {
  static PyObject over(PyInt first, PyInt step, PyInt length) {
    if (first.isLong() && step.isLong() && length.isLong()) {
      BigInteger last = first.bigValue().add(step.bigValue().multiply(length.bigValue()));
      if (last.bitLength() < 64) return new Small(first.longValue(), step.longValue(), length.longValue());
    }
    return new Big(first.bigValue(), step.bigValue(), length.bigValue());
  }

  /** {@code range_iterator}. */
  static final class Small extends PyRangeIterator {
    static final PyType TYPE = new PyType("range_iterator", PyType.IMMUTABLE, Small.class, PyType.OBJECT);

    private long next;
    private final long step;
    private long remaining;

    Small(long first, long step, long length) {
      this.next = first;
      this.step = step;
      this.remaining = length;
    }

    @Override public PyType type() { return TYPE; }

    @Override public PyObject iterNext() {
      if (remaining <= 0) return null;
      remaining--;
      long v = next;
      next += step;
      return PyInt.of(v);
    }

    @PyMethod("__iter__") PyObject iter() { return this; }

    @PyMethod("__next__") PyObject next() { return IterNext.nextOrStop(this); }

    @PyMethod("__length_hint__") PyObject lengthHint() { return PyInt.of(Math.max(0, remaining)); }
  }

  /** {@code longrange_iterator}. */
  static final class Big extends PyRangeIterator {
    static final PyType TYPE = new PyType("longrange_iterator", PyType.IMMUTABLE, Big.class, PyType.OBJECT);

    private BigInteger next;
    private final BigInteger step;
    private BigInteger remaining;

    Big(BigInteger first, BigInteger step, BigInteger length) {
      this.next = first;
      this.step = step;
      this.remaining = length;
    }

    @Override public PyType type() { return TYPE; }

    @Override public PyObject iterNext() {
      if (remaining.signum() <= 0) return null;
      remaining = remaining.subtract(BigInteger.ONE);
      BigInteger v = next;
      next = next.add(step);
      return PyInt.of(v);
    }

    @PyMethod("__iter__") PyObject iter() { return this; }

    @PyMethod("__next__") PyObject next() { return IterNext.nextOrStop(this); }

    @PyMethod("__length_hint__") PyObject lengthHint() { return PyInt.of(remaining.max(BigInteger.ZERO)); }
  }
}
