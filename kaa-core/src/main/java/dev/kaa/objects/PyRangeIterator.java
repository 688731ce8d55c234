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

  /** {@code (iter, (range of what is left,), None)}, as CPython 3.12 pickles both kinds. */
  static PyObject pickled(PyRange left) {
    return PyTuple.of(IteratorPickling.builtin("iter"), PyTuple.of(left), PyNone.NONE);
  }

  /** {@code range_iterator}. Compiled code takes its items unboxed ({@link #hasNext}, {@link #nextLong}). */
  public static final class Small extends PyRangeIterator {
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
      return hasNext() ? PyInt.of(nextLong()) : null;
    }

    public boolean hasNext() { return remaining > 0; }

    /** The next item, when {@link #hasNext}. */
    public long nextLong() {
      remaining--;
      long v = next;
      next += step;
      return v;
    }

    @PyMethod("__iter__") PyObject iter() { return this; }

    @PyMethod("__next__") PyObject next() { return IterNext.nextOrStop(this); }

    @PyMethod("__length_hint__") PyObject lengthHint() { return PyInt.of(Math.max(0, remaining)); }

    @PyMethod("__reduce__") PyObject reduce() {
      return pickled(PyRange.of(next, next + remaining * step, step));
    }

    /** Skips {@code state} items, clipped to what is left. */
    @PyMethod("__setstate__") void setState(PyObject state) {
      PyInt n = Abstract.index(state);
      if (!n.isLong()) throw Errors.overflowError("Python int too large to convert to C long");
      long skip = Math.max(0, Math.min(remaining, n.longValue()));
      next += skip * step;
      remaining -= skip;
    }
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

    @PyMethod("__reduce__") PyObject reduce() {
      return pickled(PyRange.of(next, next.add(remaining.multiply(step)), step));
    }

    /** Skips {@code state} items, clipped to what is left. */
    @PyMethod("__setstate__") void setState(PyObject state) {
      BigInteger skip = Abstract.index(state).bigValue().max(BigInteger.ZERO).min(remaining);
      next = next.add(skip.multiply(step));
      remaining = remaining.subtract(skip);
    }
  }
}
