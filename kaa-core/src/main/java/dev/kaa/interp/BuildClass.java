package dev.kaa.interp;

import dev.kaa.objects.Abstract;
import dev.kaa.objects.Errors;
import dev.kaa.objects.PyBuiltinMethod;
import dev.kaa.objects.PyDict;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyStr;
import dev.kaa.objects.PyTuple;
import dev.kaa.objects.PyType;
import dev.kaa.objects.Special;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * {@code __build_class__(func, name, *bases, metaclass=None, **kwds)}: the class statement protocol. Resolves
 * {@code __mro_entries__}, picks the most derived metaclass, asks it to {@code __prepare__} the namespace, runs the
 * class body in that namespace, calls the metaclass, and checks the {@code __class__} cell the body returned (for
 * zero-argument {@code super()}) was set to the new class. builtins' {@code __build_class__} calls {@link #FUNCTION}.
 */
public final class BuildClass extends PyObject {
  public static final BuildClass FUNCTION = new BuildClass();

  private BuildClass() {}

  @Override public PyType type() { return PyBuiltinMethod.TYPE; }

  @Override public PyObject call(PyObject[] args, int from, int npos, String[] kwnames) {
    if (npos < 2) throw Errors.typeError("__build_class__: not enough arguments");
    if (!(args[from] instanceof PyFunction body)) throw Errors.typeError("__build_class__: func must be a function");
    if (!(args[from + 1] instanceof PyStr name)) throw Errors.typeError("__build_class__: name is not a string");
    PyTuple origBases = PyTuple.wrap(Arrays.copyOfRange(args, from + 2, from + npos));
    PyObject meta = null;
    List<String> kwNames = new ArrayList<>();
    List<PyObject> kwValues = new ArrayList<>();
    for (int k = 0; kwnames != null && k < kwnames.length; k++) {
      if (kwnames[k].equals("metaclass")) {
        meta = args[from + npos + k];
      } else {
        kwNames.add(kwnames[k]);
        kwValues.add(args[from + npos + k]);
      }
    }
    PyTuple bases = mroEntries(origBases);
    boolean isClass;
    if (meta == null) {
      meta = bases.size() == 0 ? PyType.TYPE : bases.get(0).type();
      isClass = true;
    } else {
      isClass = meta instanceof PyType;
    }
    if (isClass) meta = winner((PyType) meta, bases);

    PyObject prepare = Abstract.getAttrOrNull(meta, "__prepare__");
    PyObject ns = prepare == null ? new PyDict() : callWithKeywords(prepare, new PyObject[] {name, bases},
        kwNames, kwValues);
    if (ns.type().lookupSpecial(Special.GETITEM) == null && !(ns instanceof PyDict)) {
      throw Errors.typeError("%s.__prepare__() must return a mapping, not %s",
          isClass ? ((PyType) meta).name() : "<metaclass>", ns.type().name());
    }
    Frame f = new Frame(body.pycode, body.globals, body.builtins, ns, body);
    PyObject cell = Eval.run(ThreadState.current(), f);
    if (bases != origBases) Abstract.setItem(ns, new PyStr("__orig_bases__"), origBases);
    PyObject cls = callWithKeywords(meta, new PyObject[] {name, bases, ns}, kwNames, kwValues);
    if (cls instanceof PyType && cell instanceof PyCell c && c.contents != cls) {
      if (c.contents == null) {
        throw Errors.typeError("__class__ not set defining %s as %s. Was __classcell__ propagated to type.__new__?",
            Abstract.repr(name).value, Abstract.repr(cls).value);
      }
      throw Errors.typeError("__class__ set to %s defining %s as %s", Abstract.repr(c.contents).value,
          Abstract.repr(name).value, Abstract.repr(cls).value);
    }
    return cls;
  }

  /** PEP 560: a base that is not a class may stand for others through {@code __mro_entries__}. */
  private static PyTuple mroEntries(PyTuple bases) {
    List<PyObject> out = null;
    for (int i = 0; i < bases.size(); i++) {
      PyObject b = bases.get(i);
      PyObject meth = b instanceof PyType ? null : Abstract.getAttrOrNull(b, "__mro_entries__");
      if (meth == null) {
        if (out != null) out.add(b);
        continue;
      }
      if (out == null) out = new ArrayList<>(Arrays.asList(bases.toArray()).subList(0, i));
      PyObject entries = meth.call1(bases);
      if (!(entries instanceof PyTuple t)) throw Errors.typeError("__mro_entries__ must return a tuple");
      out.addAll(Arrays.asList(t.toArray()));
    }
    return out == null ? bases : PyTuple.wrap(out.toArray(new PyObject[0]));
  }

  /** The most derived of the metaclass and the bases' types; a conflict is CPython's TypeError. */
  private static PyType winner(PyType meta, PyTuple bases) {
    PyType winner = meta;
    for (int i = 0; i < bases.size(); i++) {
      PyType t = bases.get(i).type();
      if (winner.isSubtypeOf(t)) continue;
      if (t.isSubtypeOf(winner)) {
        winner = t;
        continue;
      }
      throw Errors.typeError("metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass "
          + "of the metaclasses of all its bases");
    }
    return winner;
  }

  private static PyObject callWithKeywords(PyObject f, PyObject[] positional, List<String> names,
                                           List<PyObject> values) {
    PyObject[] all = Arrays.copyOf(positional, positional.length + values.size());
    for (int i = 0; i < values.size(); i++) all[positional.length + i] = values.get(i);
    return f.call(all, 0, positional.length, names.isEmpty() ? null : names.toArray(new String[0]));
  }

  @Override public String toString() { return "<built-in function __build_class__>"; }
}
