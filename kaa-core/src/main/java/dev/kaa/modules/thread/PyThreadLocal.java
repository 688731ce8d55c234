package dev.kaa.modules.thread;

import dev.kaa.objects.Abstract;
import dev.kaa.objects.Errors;
import dev.kaa.objects.HeapInstance;
import dev.kaa.objects.PyDict;
import dev.kaa.objects.PyGetter;
import dev.kaa.objects.PyMethod;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyType;

/**
 * {@code _thread._local}: attributes that each thread sees its own of. The {@code __dict__} is the calling thread's
 * (a Java {@link ThreadLocal} per object); a thread that first touches it gets a new one, then {@code __init__} runs
 * again with the arguments the object was made with, as CPython does for subclasses.
 */
public class PyThreadLocal extends PyObject implements HeapInstance {
  public static final PyType TYPE = new PyType("_thread._local", PyType.IMMUTABLE | PyType.BASETYPE
      | PyType.WEAKREFABLE, PyThreadLocal.class, PyType.OBJECT);

  static {
    TYPE.setInstancesHaveDict();  // its own read-only __dict__ (per thread): subclasses add no other
  }

  private PyType type;
  private final PyObject[] slots;
  private final PyObject[] args;
  private final PyDict kwargs;
  private final ThreadLocal<PyDict> dicts = new ThreadLocal<>();

  private PyThreadLocal(PyType type, PyObject[] args, PyDict kwargs) {
    this.type = type;
    this.slots = HeapInstance.newSlots(type);
    this.args = args;
    this.kwargs = kwargs;
    dicts.set(new PyDict());
  }

  @Override public PyType type() { return type; }

  @Override public void setType(PyType t) { type = t; }

  @Override public PyObject[] slots() { return slots; }

  @Override public void setDict(PyDict d) { dicts.set(d); }

  /** This thread's attributes; made (and {@code __init__} run) on a thread's first use. */
  @Override public PyDict dict() {
    PyDict d = dicts.get();
    if (d == null) {
      d = new PyDict();
      dicts.set(d);
      PyObject init = type.lookup("__init__");
      if (init != null && init != PyType.OBJECT.lookup("__init__")) {
        PyObject[] all = new PyObject[args.length + 1];
        all[0] = this;
        System.arraycopy(args, 0, all, 1, args.length);
        Abstract.callWithKeywords(init, all, kwargs);
      }
    }
    return d;
  }

  @PyMethod(value = "__new__", kind = PyMethod.Kind.NEW)
  static PyObject make(PyType cls, @PyMethod.Star PyObject[] args, @PyMethod.KwArgs PyDict kwargs) {
    boolean withArgs = args.length > 0 || kwargs != null && kwargs.size() > 0;
    if (withArgs && cls.lookup("__init__") == PyType.OBJECT.lookup("__init__")) {
      throw Errors.typeError("Initialization arguments are not supported");
    }
    return new PyThreadLocal(cls, args, kwargs);
  }

  @PyGetter("__dict__") PyObject getDict() { return dict(); }
}
