package dev.kaa.objects;

import java.util.Arrays;

/**
 * Matches a call's arguments (positional values, then one value per keyword name: the vectorcall shape) to a built-in's
 * parameters, with CPython's errors in the wording of the function's {@link ArgSpec.Style}. The result has one slot per
 * parameter (null where an optional one was omitted) and, with {@code *args}, the extra positional values last.
 */
public final class ArgParser {
  private ArgParser() {}

  private static final PyObject[] NONE = new PyObject[0];

  public static Object[] parse(ArgSpec spec, PyObject[] args, int from, int npos, String[] kwnames) {
    int nkw = kwnames == null ? 0 : kwnames.length;
    int nparams = spec.params().size();
    boolean keywordsAllowed = spec.takesKeywords();
    if (nkw > 0 && !keywordsAllowed) {
      throw spec.style() == ArgSpec.Style.SLOT
          ? Errors.typeError("wrapper %s() takes no keyword arguments", spec.name())
          : Errors.typeError("%s() takes no keyword arguments",
              spec.style() == ArgSpec.Style.LEGACY ? spec.qualname() : spec.callName());  // _PyArg_NoKeywords: its name
    }
    if (keywordsAllowed && (nkw > 0 || spec.style() == ArgSpec.Style.CLINIC)) checkKeywordCall(spec, npos, nkw);
    else checkPositionalCount(spec, npos);

    Object[] out = new Object[spec.slots()];
    int fixed = Math.min(npos, spec.positional());
    System.arraycopy(args, from, out, 0, fixed);
    if (spec.star()) out[nparams] = npos > fixed ? Arrays.copyOfRange(args, from + fixed, from + npos) : null;
    PyDict extra = null;
    String invalid = null;  // reported after the missing arguments, as _PyArg_UnpackKeywords checks leftovers last
    for (int k = 0; k < nkw; k++) {
      String kw = kwnames[k];
      int index = spec.params().indexOf(kw);
      if (index < spec.posOnly() && spec.kwargs()) {
        // a name that is no keyword parameter (positional-only ones included) goes to **kwargs, as in Python
        if (extra == null) extra = new PyDict();
        extra.put(new PyStr(kw), args[from + npos + k]);
        continue;
      }
      if (index < spec.posOnly()) {
        // positional-only names are not keywords: CPython reports the name as invalid
        if (invalid == null) invalid = kw;
        continue;
      }
      if (index < fixed) {
        throw Errors.typeError("argument for %s() given by name ('%s') and position (%d)", spec.errorName(), kw,
            index + 1);
      }
      out[index] = args[from + npos + k];
    }
    for (int i = 0; i < spec.required(); i++) {
      if (out[i] == null) {
        throw Errors.typeError("%s() missing required argument '%s' (pos %d)", spec.errorName(), spec.params().get(i),
            i + 1);
      }
    }
    if (invalid != null) {
      throw Errors.typeError("'%s' is an invalid keyword argument for %s()", invalid, spec.errorName());
    }
    if (spec.star() && out[nparams] == null) out[nparams] = NONE;
    if (spec.kwargs()) out[out.length - 1] = extra;
    return out;
  }

  /** Positional call: arity errors in the function's style. */
  private static void checkPositionalCount(ArgSpec spec, int given) {
    int min = spec.required(), max = spec.star() ? Integer.MAX_VALUE : spec.positional();
    if (given >= min && given <= max) return;
    if (spec.style() == ArgSpec.Style.SLOT) {
      throw Errors.typeError("expected %d argument%s, got %d", max, max == 1 ? "" : "s", given);
    }
    if (spec.isNoArgs()) throw Errors.typeError("%s() takes no arguments (%d given)", spec.callName(), given);
    if (spec.isSingleArg()) throw Errors.typeError("%s() takes exactly one argument (%d given)", spec.callName(), given);
    boolean tooFew = given < min;
    int n = tooFew ? min : max;
    String bound = min == max ? "" : tooFew ? "at least " : "at most ";
    if (spec.style() == ArgSpec.Style.LEGACY) {
      if (tooFew && given >= spec.posOnly()) {
        // PyArg_ParseTupleAndKeywords names the first missing parameter that could have been a keyword
        throw Errors.typeError("%s() missing required argument '%s' (pos %d)", spec.errorName(),
            spec.params().get(given), given + 1);
      }
      throw Errors.typeError("%s() takes %s%d argument%s (%d given)", spec.errorName(), min == max ? "exactly " : bound,
          n, n == 1 ? "" : "s", given);
    }
    throw Errors.typeError("%s expected %s%d argument%s, got %d", spec.errorName(), bound, n, n == 1 ? "" : "s", given);
  }

  /**
   * A function that accepts keywords: CPython's _PyArg_UnpackKeywords order of checks (missing required arguments
   * are reported after binding).
   */
  private static void checkKeywordCall(ArgSpec spec, int npos, int nkw) {
    int maxArgs = spec.params().size();
    if (!spec.star() && !spec.kwargs() && npos + nkw > maxArgs) throw tooMany(spec, npos + nkw, npos);
    if (!spec.star() && npos > spec.positional()) {
      if (spec.positional() == 0) throw Errors.typeError("%s() takes no positional arguments", spec.errorName());
      throw Errors.typeError("%s() takes %s %d positional argument%s (%d given)", spec.errorName(),
          spec.required() < spec.positional() ? "at most" : "exactly", spec.positional(),
          spec.positional() == 1 ? "" : "s", npos);
    }
    int minPosOnly = Math.min(spec.posOnly(), spec.required());
    if (npos < minPosOnly) {
      throw Errors.typeError("%s() takes %s %d positional argument%s (%d given)", spec.errorName(),
          minPosOnly < spec.positional() ? "at least" : "exactly", minPosOnly, minPosOnly == 1 ? "" : "s", npos);
    }
  }

  /** CPython says "keyword argument" when the call had no positional arguments at all. */
  private static PyException tooMany(ArgSpec spec, int given, int npos) {
    int max = spec.params().size();
    return Errors.typeError("%s() takes at most %d %sargument%s (%d given)", spec.errorName(), max,
        npos == 0 ? "keyword " : "", max == 1 ? "" : "s", given);
  }
}
