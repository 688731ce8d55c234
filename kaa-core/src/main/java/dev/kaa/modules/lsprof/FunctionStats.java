package dev.kaa.modules.lsprof;

import dev.kaa.objects.PyObject;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the profiler counts for one function (a code object or a built-in), and, as a sub-entry, for one function
 * called from another. Times are in timer units; {@link #recursionLevel} is how many of its calls are running, so
 * that the total time of a recursive function counts only the outermost call.
 */
final class FunctionStats {
  /** The code object, or the text naming a built-in ({@code "<built-in method builtins.len>"}). */
  final PyObject code;
  long callCount, recursiveCallCount, totalTime, inlineTime;
  int recursionLevel;
  /** Per callee, what this function's calls of it cost; null until it calls one (sub-entries have none). */
  Map<FunctionStats, FunctionStats> callees;

  FunctionStats(PyObject code) { this.code = code; }

  FunctionStats callee(FunctionStats callee, boolean create) {
    if (callees == null) {
      if (!create) return null;
      callees = new LinkedHashMap<>();
    }
    FunctionStats s = callees.get(callee);
    if (s == null && create) callees.put(callee, s = new FunctionStats(callee.code));
    return s;
  }

  /** A call that took {@code total}, {@code inline} of it outside its callees, ended. */
  void ended(long total, long inline) {
    if (--recursionLevel == 0) totalTime += total;
    else recursiveCallCount++;
    inlineTime += inline;
    callCount++;
  }
}
