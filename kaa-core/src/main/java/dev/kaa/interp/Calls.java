package dev.kaa.interp;

import dev.kaa.objects.Abstract;
import dev.kaa.objects.Errors;
import dev.kaa.objects.PyBuiltinMethod;
import dev.kaa.objects.PyDict;
import dev.kaa.objects.PyException;
import dev.kaa.objects.PyList;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyStr;
import dev.kaa.objects.PySuper;
import dev.kaa.objects.PyTuple;
import dev.kaa.objects.PyType;
import dev.kaa.objects.Special;
import java.util.ArrayList;
import java.util.List;

/** The call instructions beyond plain {@code CALL}: {@code f(*args, **kwargs)}, {@code **} merging, MAKE_FUNCTION. */
final class Calls {
  private Calls() {}

  /**
   * {@code CALL} of anything but a Python function. {@code super()} with no arguments takes them from the frame that
   * calls it (its {@code __class__} cell and first argument), which is this one, as CPython's super_init does.
   */
  static PyObject call(Frame f, PyObject callable, PyObject[] args, int from, int npos, String[] kwnames) {
    if (callable == PySuper.TYPE && npos == 0 && kwnames == null) return callable.call(Frames.superArgs(f), 0, 2, null);
    return callable.call(args, from, npos, kwnames);
  }

  /**
   * RETURN of a function the eval loop called in place: pops its frame and leaves {@code result} where the caller's
   * CALL puts it (the caller's saved stack pointer counts that slot).
   */
  static Frame returnTo(ThreadState ts, Frame callee, PyObject result) {
    Frame caller = callee.back;
    ts.leave(callee);
    caller.localsplus[caller.sp - 1] = result;
    caller.callTop = 0;
    return caller;
  }

  /** {@code NULL callable args_tuple [kwargs_dict] -> result}. */
  static PyObject callEx(PyObject callable, PyObject args, PyObject kwargs) {
    PyTuple positional = args instanceof PyTuple t && args.getClass() == PyTuple.class ? t : starArgs(callable, args);
    PyObject[] posItems = positional.toArray();
    if (kwargs == null || kwargs instanceof PyDict d && d.size() == 0) {
      return callable.call(posItems, 0, posItems.length, null);
    }
    PyDict kw = (PyDict) kwargs;
    PyObject[] all = new PyObject[posItems.length + kw.size()];
    System.arraycopy(posItems, 0, all, 0, posItems.length);
    String[] names = new String[kw.size()];
    int[] i = {0};
    kw.forEach((k, v) -> {
      if (!(k instanceof PyStr s)) throw Errors.typeError("keywords must be strings");
      names[i[0]] = s.value;
      all[posItems.length + i[0]++] = v;
    });
    return callable.call(all, 0, posItems.length, names);
  }

  /** The positional arguments of {@code f(*x)} when x is not already a tuple. */
  private static PyTuple starArgs(PyObject callable, PyObject args) {
    PyType t = args.type();
    if (t.lookupSpecial(Special.ITER) == null && t.lookupSpecial(Special.GETITEM) == null) {
      throw Errors.typeError("%s argument after * must be an iterable, not %s", describe(callable), t.name());
    }
    PyList l = new PyList();
    Ops.listExtend(l, args);
    return PyTuple.wrap(l.toArray());
  }

  /** {@code f(**m)}: merges m into the call's keyword dict; a repeated key is an error naming the callable. */
  static void dictMerge(PyDict into, PyObject update, PyObject callable) {
    List<PyObject[]> entries = new ArrayList<>();
    if (update instanceof PyDict d && PyDict.iteratesAsDict(d)) {
      d.forEach((k, v) -> entries.add(new PyObject[] {k, v}));
    } else {
      PyObject keys = Abstract.getAttrOrNull(update, "keys");
      if (keys == null) {
        throw Errors.typeError("%s argument after ** must be a mapping, not %s", describe(callable),
            update.type().name());
      }
      for (PyObject k : PyDict.mappingKeys(keys)) entries.add(new PyObject[] {k, Abstract.getItem(update, k)});
    }
    for (PyObject[] e : entries) {
      if (into.get(e[0]) != null) {
        if (!(e[0] instanceof PyStr)) throw Errors.typeError("keywords must be strings");
        throw Errors.typeError("%s got multiple values for keyword argument '%s'", describe(callable),
            ((PyStr) e[0]).value);
      }
      into.put(e[0], e[1]);
    }
  }

  /** How CPython names a callable in call errors ({@code _PyObject_FunctionStr}): {@code module.qualname()}. */
  static String describe(PyObject callable) {
    if (callable instanceof PyBuiltinMethod m && m.self == null) return m.function.spec().qualname() + "()";
    PyObject qualname;
    try {
      qualname = Abstract.getAttrOrNull(callable, "__qualname__");
    } catch (PyException e) {
      qualname = null;
    }
    if (!(qualname instanceof PyStr q)) return Abstract.str(callable).value;
    PyObject module = Abstract.getAttrOrNull(callable, "__module__");
    if (module instanceof PyStr m && !m.value.equals("builtins")) return m.value + "." + q.value + "()";
    return q.value + "()";
  }

  /** {@code [defaults] [kwdefaults] [annotations] [closure] code -> function}; returns the new stack pointer. */
  static int makeFunction(Frame f, PyObject[] s, int sp, int flags) {
    PyCode code = (PyCode) s[--sp];
    PyCell[] closure = NO_CELLS;
    if ((flags & 8) != 0) {
      PyTuple cells = (PyTuple) s[--sp];
      closure = new PyCell[cells.size()];
      for (int i = 0; i < closure.length; i++) closure[i] = (PyCell) cells.get(i);
    }
    PyObject annotations = (flags & 4) != 0 ? s[--sp] : null;
    PyDict kwdefaults = (flags & 2) != 0 ? (PyDict) s[--sp] : null;
    PyTuple defaults = (flags & 1) != 0 ? (PyTuple) s[--sp] : null;
    PyFunction fn = new PyFunction(code, f.globals, f.builtins, closure);
    fn.defaults = defaults;
    fn.kwdefaults = kwdefaults;
    fn.annotations = annotations;
    s[sp++] = fn;
    return sp;
  }

  private static final PyCell[] NO_CELLS = new PyCell[0];
}
