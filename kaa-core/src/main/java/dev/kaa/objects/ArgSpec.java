package dev.kaa.objects;

import java.util.List;

/**
 * The Python signature of a built-in function or method, as {@link ArgParser} needs it.
 *
 * @param name       {@code __name__}
 * @param qualname   {@code __qualname__} ("list.append"; "len" for a module function)
 * @param params     parameter names: positional ones first, then keyword-only ones
 * @param posOnly    how many leading parameters are positional-only
 * @param positional how many parameters may be given by position
 * @param required   how many parameters must be given: the leading positional ones, then keyword-only ones without
 *                   {@link PyMethod.Opt} are not supported (CPython's built-ins have none that matter)
 * @param star       whether extra positional arguments are collected ({@code *args})
 * @param kwargs     whether keywords naming no parameter are collected ({@code **kwargs})
 * @param style      which of CPython's argument-error wordings the function uses
 * @param isNew      a type's {@code __new__}: CPython parses those from an args tuple, never as METH_O/METH_NOARGS
 * @param callName   how CPython's generic call paths name the function in their errors ("takes no arguments",
 *                   "takes exactly one argument", "takes no keyword arguments"): {@code _PyObject_FunctionStr}'s
 *                   "math.sqrt" for a function of a module other than builtins, else the qualname
 */
public record ArgSpec(String name, String qualname, List<String> params, int posOnly, int positional, int required,
                      boolean star, boolean kwargs, Style style, boolean isNew, String callName) {
  /**
   * CPython words argument errors by how the C function parses its arguments; a built-in must say which, so its
   * errors read the same as CPython's.
   */
  public enum Style {
    /** Argument Clinic, the default: "insert expected 2 arguments, got 1", "split() takes at most 2 arguments". */
    CLINIC,
    /** PyArg_ParseTuple: "count() takes at least 1 argument (0 given)". */
    LEGACY,
    /** Special-method wrappers ({@code (1).__add__()}): "expected 1 argument, got 0". */
    SLOT
  }

  /**
   * The name argument errors give the function: a type's {@code __init__} parsed by Argument Clinic is named after
   * its type, as CPython's ({@code BufferedReader() takes at most 2 arguments (4 given)}).
   */
  public String errorName() { return style == Style.CLINIC && name.equals("__init__") ? callName : name; }

  /**
   * Number of values the parser hands to the Java method: one per parameter, plus the {@code *args} array, plus the
   * {@code **kwargs} dict.
   */
  public int slots() { return params.size() + (star ? 1 : 0) + (kwargs ? 1 : 0); }

  /**
   * {@code __text_signature__}, the Argument Clinic form that {@code inspect.signature} parses: {@code selfName}
   * ({@code $self}, {@code $type}, {@code $module}; null for none) first, positional-only ones before a {@code /}. Null (no
   * signature, as CPython's for such built-ins) when a parameter is optional: the Java method applies its default
   * itself, so there is no default value to show.
   */
  public String textSignature(String selfName) {
    if (required < positional || params.size() > positional) return null;
    List<String> parts = new java.util.ArrayList<>();
    if (selfName != null) parts.add(selfName);
    for (int i = 0; i < positional; i++) {
      if (i == posOnly) parts.add("/");
      parts.add(params.get(i));
    }
    if (posOnly == positional) parts.add("/");
    if (star) parts.add("*args");
    if (kwargs) parts.add("**kwargs");
    return "(" + String.join(", ", parts) + ")";
  }

  /** Whether any keyword argument can bind (to a parameter or to {@code **kwargs}). */
  public boolean takesKeywords() { return posOnly < params.size() || kwargs; }

  /** No parameters at all: CPython's METH_NOARGS. */
  public boolean isNoArgs() { return params.isEmpty() && !star && !kwargs && !isNew; }

  /** Exactly one required positional-only parameter: CPython's METH_O. */
  public boolean isSingleArg() {
    return params.size() == 1 && posOnly == 1 && required == 1 && !star && !kwargs && !isNew;
  }
}
