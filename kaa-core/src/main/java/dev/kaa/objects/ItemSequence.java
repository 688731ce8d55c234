package dev.kaa.objects;

/**
 * A built-in sequence whose items are read by position (tuple, list): what {@link Sequences}' shared algorithms need.
 * {@link #size()} is re-read at every step, since Python code run by a comparison may shrink a list under them.
 */
interface ItemSequence {
  int size();

  PyObject get(int i);
}
