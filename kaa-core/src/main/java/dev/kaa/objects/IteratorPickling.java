package dev.kaa.objects;

/**
 * The shapes of the built-in iterators' {@code __reduce__} and {@code __setstate__}, as CPython's: a live iterator over
 * a sequence is {@code (iter, (seq,), index)} and {@code __setstate__(index)} resumes it there (clipped to the
 * sequence); an exhausted one is {@code (iter, (empty,))}; one over a hash table is {@code (iter, (list of what is
 * left,))}. {@code iter} and {@code reversed} are the builtins module's, so pickles name them as CPython's do.
 */
final class IteratorPickling {
  private IteratorPickling() {}

  /** A name of the {@code builtins} module ({@code iter}, {@code reversed}). */
  static PyObject builtin(String name) { return Attributes.get(ModuleImport.importModule("builtins"), name); }

  /** {@code (iter, (seq,), index)}. */
  static PyObject resume(PyObject seq, long index) { return resume("iter", seq, index); }

  /** {@code (builtin, (seq,), index)}. */
  static PyObject resume(String builtin, PyObject seq, long index) {
    return PyTuple.of(builtin(builtin), PyTuple.of(seq), PyInt.of(index));
  }

  /** {@code (iter, (empty,))}: an exhausted iterator. */
  static PyObject exhausted(PyObject empty) { return PyTuple.of(builtin("iter"), PyTuple.of(empty)); }

  /** {@code (iter, (list,))}: the items an iterator has left, taken from a copy so the iterator itself is untouched. */
  static PyObject remaining(PyObject copy) { return exhausted(new PyList(Sequences.toArray(copy))); }

  /** The index that {@code __setstate__} receives: an int that fits in 64 bits. */
  static long index(PyObject state) {
    PyInt i = Abstract.index(state);
    if (!i.isLong()) throw Errors.overflowError("Python int too large to convert to C ssize_t");
    return i.longValue();
  }

  /** {@code index} clipped to {@code [low, high]}. */
  static int clip(long index, int low, int high) { return (int) Math.max(low, Math.min(high, index)); }
}
