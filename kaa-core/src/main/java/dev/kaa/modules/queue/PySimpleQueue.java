package dev.kaa.modules.queue;

import dev.kaa.modules.posix.Interruptible;
import dev.kaa.modules.posix.OsErrors;
import dev.kaa.objects.Abstract;
import dev.kaa.objects.Errors;
import dev.kaa.objects.PyBool;
import dev.kaa.objects.PyDict;
import dev.kaa.objects.PyFloat;
import dev.kaa.objects.PyGenericAlias;
import dev.kaa.objects.PyInt;
import dev.kaa.objects.PyMethod;
import dev.kaa.objects.PyNone;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyType;
import dev.kaa.objects.SubclassableObject;
import java.io.IOException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * {@code _queue.SimpleQueue}: an unbounded FIFO queue for threads, on a Java {@link LinkedBlockingQueue} (safe
 * whatever the GIL does); {@code get} blocks until an item arrives or the timeout passes, then raises
 * {@code _queue.Empty}.
 */
final class PySimpleQueue extends SubclassableObject {
  static final PyType TYPE = new PyType("_queue.SimpleQueue", PyType.IMMUTABLE | PyType.BASETYPE,
      PySimpleQueue.class, PyType.OBJECT);

  private final LinkedBlockingQueue<PyObject> items = new LinkedBlockingQueue<>();

  private PySimpleQueue(PyType type) { super(type); }

  @PyMethod(value = "__new__", kind = PyMethod.Kind.NEW)
  static PyObject make(PyType cls, @PyMethod.Star PyObject[] args, @PyMethod.KwArgs PyDict kwargs) {
    if (args.length > 0) throw Errors.typeError("SimpleQueue() takes no positional arguments");
    if (kwargs != null && kwargs.size() > 0) throw Errors.typeError("SimpleQueue() takes no keyword arguments");
    return new PySimpleQueue(cls);
  }

  @PyMethod(value = "__class_getitem__", kind = PyMethod.Kind.CLASS)
  static PyObject classGetItem(PyType cls, PyObject item) { return PyGenericAlias.classGetItem(cls, item); }

  @PyMethod(positionalOnly = 0)
  void put(PyObject item, @PyMethod.Opt PyObject block, @PyMethod.Opt PyObject timeout) { items.add(item); }

  @PyMethod(value = "put_nowait", positionalOnly = 0) void putNowait(PyObject item) { items.add(item); }

  @PyMethod(positionalOnly = 0) PyObject get(@PyMethod.Opt PyObject block, @PyMethod.Opt PyObject timeout) {
    boolean blocking = block == null || Abstract.isTrue(block);
    long nanos = -1;
    if (blocking && timeout != null && timeout != PyNone.NONE) {
      double seconds;
      if (timeout instanceof PyFloat f) seconds = f.value;
      else if (timeout instanceof PyInt) seconds = Abstract.indexValue(timeout);
      else throw Errors.typeError("'%s' object cannot be interpreted as an integer", timeout.type().name());
      if (seconds < 0) throw Errors.valueError("'timeout' must be a non-negative number");
      nanos = (long) Math.min(seconds * 1e9, Long.MAX_VALUE);
    }
    PyObject item = blocking ? take(nanos) : items.poll();
    if (item == null) throw dev.kaa.objects.PyException.withArgs(QueueModule.EMPTY);
    return item;
  }

  /** The next item, waiting at most {@code nanos} (forever when negative); null when none came. */
  private PyObject take(long nanos) {
    try {
      return Interruptible.poll("SimpleQueue.get", nanos, n -> items.poll(n, TimeUnit.NANOSECONDS));
    } catch (IOException e) {
      throw OsErrors.of(e);
    }
  }

  @PyMethod("get_nowait") PyObject getNowait() {
    PyObject item = items.poll();
    if (item == null) throw dev.kaa.objects.PyException.withArgs(QueueModule.EMPTY);
    return item;
  }

  @PyMethod PyObject empty() { return PyBool.of(items.isEmpty()); }

  @PyMethod PyObject qsize() { return PyInt.of(items.size()); }
}
