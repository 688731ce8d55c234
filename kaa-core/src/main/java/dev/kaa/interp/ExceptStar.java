package dev.kaa.interp;

import dev.kaa.objects.Abstract;
import dev.kaa.objects.Attributes;
import dev.kaa.objects.Errors;
import dev.kaa.objects.ExceptionTypes;
import dev.kaa.objects.PyBaseException;
import dev.kaa.objects.PyBaseExceptionGroup;
import dev.kaa.objects.PyBool;
import dev.kaa.objects.PyBuiltinMethod;
import dev.kaa.objects.PyList;
import dev.kaa.objects.PyNone;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyStr;
import dev.kaa.objects.PyTuple;
import dev.kaa.objects.PyType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * {@code except*} (PEP 654): splitting the exception group an {@code except* T} clause sees into the part it
 * handles and the rest ({@code CHECK_EG_MATCH}), and, after the clauses ran, working out what to raise from the
 * original group and what the clauses raised or re-raised ({@code PREP_RERAISE_STAR}), as CPython does.
 */
final class ExceptStar {
  private ExceptStar() {}

  /** {@code eg type -> rest match}: match None when nothing matched (then rest is eg). */
  static void checkEgMatch(ThreadState ts, PyObject[] s, int sp) {
    PyObject eg = s[sp - 2], type = s[sp - 1];
    checkType(type);
    PyObject match, rest;
    if (eg == PyNone.NONE) {
      match = PyNone.NONE;
      rest = PyNone.NONE;
    } else if (Abstract.isInstance(eg, type)) {
      if (eg instanceof PyBaseExceptionGroup) {
        match = eg;
      } else {
        PyBaseException wrapped = PyBaseException.create(ExceptionTypes.BaseExceptionGroup, new PyStr(""),
            PyTuple.of(eg));
        wrapped.traceback = ((PyBaseException) eg).traceback;
        match = wrapped;
      }
      rest = PyNone.NONE;
    } else if (eg instanceof PyBaseExceptionGroup) {
      PyTuple pair = (PyTuple) Attributes.get(eg, "split").call1(type);
      match = pair.get(0);
      rest = pair.get(1);
    } else {
      match = PyNone.NONE;
      rest = eg;
    }
    s[sp - 2] = rest;
    s[sp - 1] = match;
    if (match != PyNone.NONE) ts.excInfo.value = (PyBaseException) match;
  }

  private static void checkType(PyObject type) {
    if (type instanceof PyTuple t) {
      for (int i = 0; i < t.size(); i++) checkType(t.get(i));
      return;
    }
    if (!(type instanceof PyType c) || !c.isSubtypeOf(ExceptionTypes.BaseException)) {
      throw Errors.typeError("catching classes that do not inherit from BaseException is not allowed");
    }
    if (c.isSubtypeOf(ExceptionTypes.BaseExceptionGroup)) {
      throw Errors.typeError("catching ExceptionGroup with except* is not allowed. Use except instead.");
    }
  }

  /**
   * What leaves a try/except* statement: None, or the exceptions the clauses raised (new ones as they are, the
   * re-raised ones as the part of the original group they came from), combined into one group when several.
   */
  static PyObject prepReraiseStar(PyObject orig, PyObject excsObject) {
    PyList excs = (PyList) excsObject;
    if (excs.size() == 0) return PyNone.NONE;
    if (!(orig instanceof PyBaseExceptionGroup)) return excs.get(0);
    List<PyObject> raised = new ArrayList<>(), reraised = new ArrayList<>();
    for (int i = 0; i < excs.size(); i++) {
      PyObject e = excs.get(i);
      if (e == PyNone.NONE) continue;
      (sameMetadata(e, orig) ? reraised : raised).add(e);
    }
    PyObject reraisedGroup = PyNone.NONE;
    if (!reraised.isEmpty()) {
      Set<PyObject> leaves = Collections.newSetFromMap(new IdentityHashMap<>());
      for (PyObject e : reraised) collectLeaves(e, leaves);
      PyObject keep = new PyObject() {
        @Override public PyType type() { return PyBuiltinMethod.TYPE; }

        @Override public PyObject call(PyObject[] args, int from, int npos, String[] kwnames) {
          return PyBool.of(leaves.contains(args[from]));
        }
      };
      reraisedGroup = ((PyTuple) Attributes.get(orig, "split").call1(keep)).get(0);
    }
    if (raised.isEmpty()) return reraisedGroup;
    if (reraisedGroup != PyNone.NONE) raised.add(reraisedGroup);
    if (raised.size() == 1) return raised.get(0);
    return PyBaseException.create(ExceptionTypes.BaseExceptionGroup, new PyStr(""),
        new PyList(raised.toArray(new PyObject[0])));
  }

  private static void collectLeaves(PyObject e, Set<PyObject> leaves) {
    if (e instanceof PyBaseExceptionGroup g) {
      PyTuple t = g.exceptions();
      for (int i = 0; i < t.size(); i++) collectLeaves(t.get(i), leaves);
    } else {
      leaves.add(e);
    }
  }

  /** A clause re-raised (part of) the original when the exception carries the original's notes and chain links. */
  private static boolean sameMetadata(PyObject e, PyObject orig) {
    PyBaseException a = (PyBaseException) e, b = (PyBaseException) orig;
    return Abstract.getAttrOrNull(a, "__notes__") == Abstract.getAttrOrNull(b, "__notes__")
        && a.traceback == b.traceback && a.cause == b.cause && a.context == b.context;
  }
}
