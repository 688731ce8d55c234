package dev.kaa.modules.testcapi;

import dev.kaa.objects.Abstract;
import dev.kaa.objects.Errors;
import dev.kaa.objects.PyDict;
import dev.kaa.objects.PyInt;
import dev.kaa.objects.PyMethod;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyType;
import dev.kaa.objects.Special;
import dev.kaa.runtime.PyModule;
import java.util.Set;

/**
 * CPython's abstract sequence item protocol ({@code PySequence_GetItem}, {@code _SetItem}, {@code _DelItem}) over
 * Kaa's special methods: an integer index, made non-negative by adding {@code len(o)} when the type has
 * {@code __len__}, then the item method. CPython calls a type a sequence when it fills the sequence item slot: every
 * class defining the item method does, and so do the built-in types except the mappings, whose item method is
 * a mapping's only (dict and its subclasses, mappingproxy, re.Match).
 */
final class SequenceProtocol {
  private SequenceProtocol() {}

  /** Built-in types whose item methods CPython provides as a mapping's only. */
  private static final Set<String> MAPPING_ONLY = Set.of("dict", "mappingproxy", "Match");

  @PyMethod(value = "sequence_getitem", doc = "PySequence_GetItem(o, i).")
  static PyObject sequenceGetitem(PyModule self, PyObject o, PyObject i) {
    long index = Abstract.indexValue(i);
    return Abstract.getItem(o, slotIndex(o, index, Special.GETITEM, "does not support indexing"));
  }

  @PyMethod(value = "sequence_setitem", doc = "PySequence_SetItem(o, i, v).")
  static void sequenceSetitem(PyModule self, PyObject o, PyObject i, PyObject v) {
    long index = Abstract.indexValue(i);
    Abstract.setItem(o, slotIndex(o, index, Special.SETITEM, "does not support item assignment"), v);
  }

  @PyMethod(value = "sequence_delitem", doc = "PySequence_DelItem(o, i).")
  static void sequenceDelitem(PyModule self, PyObject o, PyObject i) {
    long index = Abstract.indexValue(i);
    Abstract.delItem(o, slotIndex(o, index, Special.DELITEM, "doesn't support item deletion"));
  }

  /**
   * The index the item method {@code s} receives: {@code index + len(o)} when negative and the type has
   * {@code __len__}. A class's method gets it as it is; a built-in type's sequence slot takes only indices in
   * {@code [0, len)}, so one still negative is passed as {@code len(o)}, which the method refuses with the type's
   * own IndexError instead of counting from the end a second time.
   */
  private static PyInt slotIndex(PyObject o, long index, Special s, String unsupported) {
    PyType owner = sequenceOwner(o, s, unsupported);
    if (index >= 0 || o.type().lookupSpecial(Special.LEN) == null) return PyInt.of(index);
    long length = Abstract.length(o);
    index += length;
    return PyInt.of(index < 0 && !owner.hasFlag(PyType.HEAPTYPE) ? length : index);
  }

  /** The class defining {@code o}'s item method {@code s}; CPython's TypeError unless it is a sequence's. */
  private static PyType sequenceOwner(PyObject o, Special s, String unsupported) {
    PyType t = o.type();
    if (t.lookupSpecial(s) == null) throw Errors.typeError("'%s' object %s", t.name(), unsupported);
    PyType owner = owner(t, s);
    if (o instanceof PyDict || !owner.hasFlag(PyType.HEAPTYPE) && MAPPING_ONLY.contains(owner.name())) {
      throw Errors.typeError("%s is not a sequence", t.name());
    }
    return owner;
  }

  /** The class along {@code t}'s MRO that defines {@code s}. */
  private static PyType owner(PyType t, Special s) {
    for (PyType c : t.mro()) {
      if (c.dictGet(s.pyName) != null) return c;
    }
    return t;
  }
}
