package dev.kaa.objects;

import java.util.ArrayList;
import java.util.List;

/**
 * The type variables of a {@code types.GenericAlias} and their substitution, {@code tuple[T, T][int]}, as CPython's
 * built-in generic aliases do it: the variables are the arguments that can be substituted ({@code __typing_subst__}:
 * TypeVar, ParamSpec) and the variables of the arguments that have some ({@code list[T]} in {@code dict[str,
 * list[T]]}), each once, in order of appearance. Substitution asks each variable to prepare the arguments first
 * ({@code __typing_prepare_subst__}: a TypeVarTuple takes a run of them), then replaces each argument by its
 * {@code __typing_subst__} of the matching item, or subscripts an argument that has variables with their items.
 */
final class GenericAliasSubstitution {
  private GenericAliasSubstitution() {}

  /** {@code __parameters__} of an alias with arguments {@code args}. */
  static PyTuple parameters(PyTuple args) {
    List<PyObject> params = new ArrayList<>();
    for (int i = 0; i < args.size(); i++) {
      PyObject arg = args.get(i);
      if (arg instanceof PyType) continue;
      if (Abstract.getAttrOrNull(arg, "__typing_subst__") != null) {
        addOnce(params, arg);
      } else if (Abstract.getAttrOrNull(arg, "__parameters__") instanceof PyTuple inner) {
        for (int j = 0; j < inner.size(); j++) addOnce(params, inner.get(j));
      }
    }
    return PyTuple.wrap(params.toArray(new PyObject[0]));
  }

  private static void addOnce(List<PyObject> params, PyObject p) {
    for (PyObject q : params) if (q == p) return;
    params.add(p);
  }

  /** {@code alias[item]}: a new alias of the same origin with the variables replaced. */
  static PyObject substitute(PyGenericAlias alias, PyTuple params, PyObject item) {
    int nparams = params.size();
    if (nparams == 0) throw Errors.typeError("%s is not a generic class", Abstract.repr(alias).value);
    PyTuple items = unpackedTuples(item instanceof PyTuple t ? t : PyTuple.of(item));
    for (int i = 0; i < nparams; i++) {
      PyObject prepare = Abstract.getAttrOrNull(params.get(i), "__typing_prepare_subst__");
      if (prepare != null) {
        PyObject prepared = prepare.call2(alias, items);
        items = unpackedTuples(prepared instanceof PyTuple t ? t : PyTuple.of(prepared));
      }
    }
    if (items.size() != nparams) {
      throw Errors.typeError("Too %s arguments for %s; actual %d, expected %d", items.size() > nparams ? "many" : "few",
          Abstract.repr(alias).value, items.size(), nparams);
    }
    List<PyObject> newArgs = new ArrayList<>();
    for (int i = 0; i < alias.args.size(); i++) {
      PyObject arg = alias.args.get(i);
      if (arg instanceof PyType) {
        newArgs.add(arg);
        continue;
      }
      boolean unpack = isUnpackedTypeVarTuple(arg);
      PyObject subst = Abstract.getAttrOrNull(arg, "__typing_subst__");
      arg = subst != null ? subst.call1(items.get(indexOf(params, arg))) : substituteInside(arg, params, items);
      if (unpack && arg instanceof PyTuple t) {
        for (int j = 0; j < t.size(); j++) newArgs.add(t.get(j));
      } else {
        newArgs.add(arg);
      }
    }
    return alias.withArgs(PyTuple.wrap(newArgs.toArray(new PyObject[0])));
  }

  /** An argument with variables of its own ({@code list[T]}), subscripted with the items for them. */
  private static PyObject substituteInside(PyObject arg, PyTuple params, PyTuple items) {
    if (!(Abstract.getAttrOrNull(arg, "__parameters__") instanceof PyTuple inner) || inner.size() == 0) return arg;
    List<PyObject> subItems = new ArrayList<>();
    for (int i = 0; i < inner.size(); i++) {
      PyObject p = inner.get(i);
      int at = indexOf(params, p);
      if (at < 0) {
        subItems.add(p);
        continue;
      }
      PyObject value = items.get(at);
      if (p.type().lookup("__iter__") != null && value instanceof PyTuple run) {  // a TypeVarTuple takes a run
        for (int j = 0; j < run.size(); j++) subItems.add(run.get(j));
      } else {
        subItems.add(value);
      }
    }
    PyObject key = subItems.size() == 1 ? subItems.get(0) : PyTuple.wrap(subItems.toArray(new PyObject[0]));
    return Abstract.getItem(arg, key);
  }

  /** The items with each {@code *tuple[X, Y]} (not {@code *tuple[X, ...]}) spliced in. */
  private static PyTuple unpackedTuples(PyTuple items) {
    List<PyObject> out = new ArrayList<>();
    boolean changed = false;
    for (int i = 0; i < items.size(); i++) {
      PyObject it = items.get(i);
      PyObject inner = it instanceof PyType ? null : Abstract.getAttrOrNull(it, "__typing_unpacked_tuple_args__");
      if (inner instanceof PyTuple t && !(t.size() > 0 && t.get(t.size() - 1).type().name().equals("ellipsis"))) {
        for (int j = 0; j < t.size(); j++) out.add(t.get(j));
        changed = true;
      } else {
        out.add(it);
      }
    }
    return changed ? PyTuple.wrap(out.toArray(new PyObject[0])) : items;
  }

  private static boolean isUnpackedTypeVarTuple(PyObject arg) {
    if (arg instanceof PyType) return false;
    PyObject flag = Abstract.getAttrOrNull(arg, "__typing_is_unpacked_typevartuple__");
    return flag != null && Abstract.isTrue(flag);
  }

  private static int indexOf(PyTuple params, PyObject p) {
    for (int i = 0; i < params.size(); i++) if (params.get(i) == p) return i;
    return -1;
  }
}
