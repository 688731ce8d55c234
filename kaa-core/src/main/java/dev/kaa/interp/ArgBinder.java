package dev.kaa.interp;

import dev.kaa.bytecode.Code;
import dev.kaa.bytecode.CodeFlags;
import dev.kaa.objects.Errors;
import dev.kaa.objects.PyDict;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyStr;
import dev.kaa.objects.PyTuple;
import java.util.ArrayList;
import java.util.List;

/**
 * Binds a call's arguments (vectorcall shape: positional values, then one value per keyword name) to a new frame's
 * parameter slots, as CPython's {@code initialize_locals}: positional, then {@code *args}, then keywords (with
 * {@code **kwargs} taking the unknown ones), then defaults — raising CPython's exact TypeErrors in CPython's order.
 */
final class ArgBinder {
  private ArgBinder() {}

  static void bind(PyFunction fn, PyObject[] slots, PyObject[] args, int from, int npos, String[] kwnames) {
    Code co = fn.code;
    int argCount = co.argCount, kwOnly = co.kwOnlyArgCount, total = argCount + kwOnly;
    boolean varargs = co.hasFlag(CodeFlags.VARARGS), varkw = co.hasFlag(CodeFlags.VARKEYWORDS);
    PyDict kwdict = null;
    if (varkw) {
      kwdict = new PyDict();
      slots[total + (varargs ? 1 : 0)] = kwdict;
    }
    int n = Math.min(npos, argCount);
    for (int i = 0; i < n; i++) slots[i] = args[from + i];
    if (varargs) {
      PyObject[] extra = new PyObject[Math.max(0, npos - n)];
      System.arraycopy(args, from + n, extra, 0, extra.length);
      slots[total] = PyTuple.wrap(extra);
    }
    if (kwnames != null) {
      for (int k = 0; k < kwnames.length; k++) {
        String name = kwnames[k];
        PyObject value = args[from + npos + k];
        int slot = parameterSlot(co, name);
        if (slot < 0) {
          if (kwdict == null) throw unexpectedKeyword(fn, name, kwnames);
          kwdict.put(new PyStr(name), value);
        } else if (slots[slot] != null) {
          throw Errors.typeError("%s() got multiple values for argument '%s'", fn.qualname, name);
        } else {
          slots[slot] = value;
        }
      }
    }
    if (npos > argCount && !varargs) throw tooManyPositional(fn, npos, slots);
    if (npos < argCount) {
      PyTuple defaults = fn.defaults;
      int ndefaults = defaults == null ? 0 : defaults.size();
      int firstDefault = argCount - ndefaults;
      for (int i = npos; i < firstDefault; i++) {
        if (slots[i] == null) throw missingPositional(fn, slots, i, firstDefault);
      }
      for (int i = Math.max(npos, firstDefault); i < argCount; i++) {
        if (slots[i] == null) slots[i] = defaults.get(i - firstDefault);
      }
    }
    if (kwOnly > 0) {
      List<String> missing = null;
      for (int i = argCount; i < total; i++) {
        if (slots[i] != null) continue;
        String name = co.varnames.get(i);
        PyObject d = fn.kwdefaults == null ? null : fn.kwdefaults.getStr(name);
        if (d != null) {
          slots[i] = d;
        } else {
          if (missing == null) missing = new ArrayList<>();
          missing.add(name);
        }
      }
      if (missing != null) throw missingArguments(fn, missing, "keyword-only");
    }
  }

  /** The slot of the parameter a keyword argument names (positional-only ones excluded), or -1. */
  private static int parameterSlot(Code co, String name) {
    int total = co.argCount + co.kwOnlyArgCount;
    for (int i = co.posOnlyArgCount; i < total; i++) if (co.varnames.get(i).equals(name)) return i;
    return -1;
  }

  private static RuntimeException unexpectedKeyword(PyFunction fn, String name, String[] kwnames) {
    Code co = fn.code;
    List<String> posOnly = new ArrayList<>();
    for (String k : kwnames) {
      for (int i = 0; i < co.posOnlyArgCount; i++) {
        if (co.varnames.get(i).equals(k)) posOnly.add(k);
      }
    }
    if (!posOnly.isEmpty()) {
      return Errors.typeError("%s() got some positional-only arguments passed as keyword arguments: '%s'",
          fn.qualname, String.join(", ", posOnly));
    }
    return Errors.typeError("%s() got an unexpected keyword argument '%s'", fn.qualname, name);
  }

  private static RuntimeException tooManyPositional(PyFunction fn, int given, PyObject[] slots) {
    Code co = fn.code;
    int ndefaults = fn.defaults == null ? 0 : fn.defaults.size();
    int kwonlyGiven = 0;
    for (int i = co.argCount; i < co.argCount + co.kwOnlyArgCount; i++) if (slots[i] != null) kwonlyGiven++;
    String sig;
    boolean plural;
    if (ndefaults > 0) {
      sig = "from " + (co.argCount - ndefaults) + " to " + co.argCount;
      plural = true;
    } else {
      sig = Integer.toString(co.argCount);
      plural = co.argCount != 1;
    }
    String kwonlySig = kwonlyGiven == 0 ? ""
        : String.format(" positional argument%s (and %d keyword-only argument%s)", given != 1 ? "s" : "",
            kwonlyGiven, kwonlyGiven != 1 ? "s" : "");
    return Errors.typeError("%s() takes %s positional argument%s but %d%s %s given", fn.qualname, sig,
        plural ? "s" : "", given, kwonlySig, given == 1 && kwonlyGiven == 0 ? "was" : "were");
  }

  /** The parameters from {@code first} below {@code firstDefault} that no argument filled. */
  private static RuntimeException missingPositional(PyFunction fn, PyObject[] slots, int first, int firstDefault) {
    List<String> missing = new ArrayList<>();
    for (int i = first; i < firstDefault; i++) if (slots[i] == null) missing.add(fn.code.varnames.get(i));
    return missingArguments(fn, missing, "positional");
  }

  private static RuntimeException missingArguments(PyFunction fn, List<String> names, String kind) {
    StringBuilder b = new StringBuilder();
    int n = names.size();
    for (int i = 0; i < n; i++) {
      if (i > 0) b.append(n == 2 ? " and " : i == n - 1 ? ", and " : ", ");
      b.append('\'').append(names.get(i)).append('\'');
    }
    return Errors.typeError("%s() missing %d required %s argument%s: %s", fn.qualname, n, kind, n == 1 ? "" : "s", b);
  }
}
