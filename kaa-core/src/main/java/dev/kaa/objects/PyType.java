package dev.kaa.objects;

import java.util.ArrayList;
import java.util.List;

/**
 * A Python class. This is the seed of the type object: name, bases and the C3 method resolution order, which is all
 * the exception hierarchy needs today. Attribute dictionaries, slots and the type call come with the interpreter.
 *
 * <p>Built-in types are shared between interpreters (they are immutable, as in CPython: {@code int.x = 1} fails);
 * everything mutable lives in an interpreter instance.
 */
public class PyType extends PyObject {
  public static final PyType OBJECT = new PyType("object");
  public static final PyType TYPE = new PyType("type", OBJECT);

  private final String name;
  private final PyType[] bases;
  private final PyType[] mro;

  private PyType(String name) {
    this.name = name;
    this.bases = new PyType[0];
    this.mro = new PyType[] {this};
  }

  public PyType(String name, PyType... bases) {
    this.name = name;
    this.bases = bases.clone();
    this.mro = C3.linearize(this, this.bases);
  }

  @Override public PyType type() { return TYPE; }

  /** {@code __name__}. */
  public String name() { return name; }

  /** {@code __bases__}. */
  public List<PyType> bases() { return List.of(bases); }

  /** {@code __mro__}. */
  public List<PyType> mro() { return List.of(mro); }

  /** {@code issubclass(self, other)} for real subclassing (no {@code __subclasscheck__}). */
  public boolean isSubtypeOf(PyType other) {
    if (this == other) return true;
    for (PyType t : mro) if (t == other) return true;
    return false;
  }

  @Override public String toString() { return "<class '" + name + "'>"; }

  /** C3 linearization; a type whose bases admit none raises CPython's TypeError. */
  static final class C3 {
    private C3() {}

    static PyType[] linearize(PyType self, PyType[] bases) {
      List<List<PyType>> seqs = new ArrayList<>();
      for (PyType b : bases) seqs.add(new ArrayList<>(List.of(b.mro)));
      seqs.add(new ArrayList<>(List.of(bases)));
      List<PyType> out = new ArrayList<>();
      out.add(self);
      while (true) {
        seqs.removeIf(List::isEmpty);
        if (seqs.isEmpty()) return out.toArray(new PyType[0]);
        PyType next = null;
        for (List<PyType> s : seqs) {
          PyType head = s.get(0);
          boolean inTail = false;
          for (List<PyType> t : seqs) if (t.indexOf(head) > 0) { inTail = true; break; }
          if (!inTail) { next = head; break; }
        }
        if (next == null) {
          java.util.Set<String> heads = new java.util.LinkedHashSet<>();
          for (List<PyType> s : seqs) heads.add(s.get(0).name);
          throw Errors.typeError("Cannot create a consistent method resolution order (MRO) for bases %s",
              String.join(", ", heads));
        }
        out.add(next);
        for (List<PyType> s : seqs) if (s.get(0) == next) s.remove(0);
      }
    }
  }
}
