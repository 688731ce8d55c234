package dev.kaa.objects.typing;

import dev.kaa.objects.Abstract;
import dev.kaa.objects.Errors;
import dev.kaa.objects.PyNone;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyStr;
import dev.kaa.objects.PyTuple;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * What the typing objects ask of the {@code typing} module, as CPython's C ones do: its helper functions
 * ({@code _generic_class_getitem}, {@code _typevar_subst}, {@code Union}...) once the module has been imported, and the
 * name of the module calling a constructor ({@code TypeVar('T').__module__}). The {@code _typing} module installs the
 * lookups; before that (PEP 695 syntax without typing), the objects keep their own behaviour.
 */
public final class TypingHelpers {
  private TypingHelpers() {}

  private static BiFunction<String, Boolean, PyObject> typingAttribute = (name, load) -> null;
  private static Supplier<PyObject> callerModule = () -> PyNone.NONE;

  /**
   * {@code attribute.apply(name, load)}: {@code typing.<name>}, importing typing when {@code load} and it is not
   * imported yet, else null then.
   */
  public static void install(BiFunction<String, Boolean, PyObject> attribute, Supplier<PyObject> caller) {
    typingAttribute = attribute;
    callerModule = caller;
  }

  /** {@code typing.<name>}, or null while typing is not imported. */
  static PyObject get(String name) { return typingAttribute.apply(name, false); }

  /** Calls {@code typing.<name>(args)}, importing typing if needed, as CPython's C code does. */
  static PyObject call(String name, PyObject... args) {
    PyObject f = typingAttribute.apply(name, true);
    if (f == null) throw Errors.internal("typing." + name + " is needed but typing cannot be imported");
    return Abstract.call(f, args);
  }

  /** {@code typing._type_check(arg, message)} when typing is imported; None stays None. */
  static PyObject typeCheck(PyObject arg, String message) {
    if (arg == PyNone.NONE || get("_type_check") == null) return arg;
    return call("_type_check", arg, new PyStr(message));
  }

  /** {@code typing.Union[left, right]}: what {@code |} makes of a type variable. */
  static PyObject union(PyObject left, PyObject right) {
    PyObject union = typingAttribute.apply("Union", true);
    if (union == null) throw Errors.internal("typing.Union is needed but typing cannot be imported");
    return Abstract.getItem(union, PyTuple.of(left, right));
  }

  /** The {@code __name__} of the module whose code is calling. */
  static PyObject callerModule() { return callerModule.get(); }

  /** "Cannot subclass an instance of TypeVar": what {@code class A(T)} says. */
  static PyObject noSubclass(String kind) {
    throw Errors.typeError("Cannot subclass an instance of %s", kind);
  }

  /** The variance prefix of a type variable's repr. */
  static String variance(boolean infer, boolean covariant, boolean contravariant) {
    return infer ? "" : covariant ? "+" : contravariant ? "-" : "~";
  }
}
