package dev.kaa.runtime;

import dev.kaa.bytecode.BinaryOps;
import dev.kaa.bytecode.CompareOps;
import dev.kaa.objects.Abstract;
import dev.kaa.objects.Attributes;
import dev.kaa.objects.Errors;
import dev.kaa.objects.PyBool;
import dev.kaa.objects.PyDict;
import dev.kaa.objects.PyFloat;
import dev.kaa.objects.PyInt;
import dev.kaa.objects.PyList;
import dev.kaa.objects.PyMethod;
import dev.kaa.objects.PyNone;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyStr;
import dev.kaa.objects.Special;

/**
 * The {@code builtins} functions over numbers and iterables: {@code abs}, {@code divmod}, {@code pow},
 * {@code round}, {@code sum} (with CPython's int and float fast paths and its compensated float summation),
 * {@code min}/{@code max}, {@code all}/{@code any} and {@code sorted}.
 */
final class BuiltinNumeric {
  private BuiltinNumeric() {}

  @PyMethod("abs") static PyObject abs(PyModule self, PyObject x) { return Abstract.absolute(x); }

  @PyMethod("divmod") static PyObject divmod(PyModule self, PyObject x, PyObject y) { return Abstract.divmod(x, y); }

  @PyMethod(value = "pow", positionalOnly = 0)
  static PyObject pow(PyModule self, PyObject base, PyObject exp, @PyMethod.Opt PyObject mod) {
    return Abstract.power(base, exp, mod);
  }

  @PyMethod(value = "round", positionalOnly = 0)
  static PyObject round(PyModule self, PyObject number, @PyMethod.Opt PyObject ndigits) {
    PyObject f = number.type().lookupSpecial(Special.ROUND);
    if (f == null) throw Errors.typeError("type %s doesn't define __round__ method", number.type().name());
    if (ndigits == null || ndigits == PyNone.NONE) return Abstract.callSpecial(number, Special.ROUND);
    return Abstract.callSpecial(number, Special.ROUND, ndigits);
  }

  @PyMethod(value = "sum", positionalOnly = 1)
  static PyObject sum(PyModule self, PyObject iterable, @PyMethod.Opt PyObject start) {
    PyObject result = start == null ? PyInt.of(0) : start;
    if (result instanceof PyStr) throw Errors.typeError("sum() can't sum strings [use ''.join(seq) instead]");
    String startType = result.type().name();
    if (startType.equals("bytes")) throw Errors.typeError("sum() can't sum bytes [use b''.join(seq) instead]");
    if (startType.equals("bytearray")) {
      throw Errors.typeError("sum() can't sum bytearray [use b''.join(seq) instead]");
    }
    PyObject it = Abstract.iter(iterable);
    if (result.type() == PyInt.TYPE) {
      PyObject[] rest = new PyObject[1];
      result = sumInts((PyInt) result, it, rest);
      if (rest[0] == null) return result;
      result = Abstract.binaryOp(result, rest[0], BinaryOps.ADD);
    }
    if (result.type() == PyFloat.TYPE) {
      PyObject[] rest = new PyObject[1];
      result = sumFloats(((PyFloat) result).value, it, rest);
      if (rest[0] == null) return result;
      result = Abstract.binaryOp(result, rest[0], BinaryOps.ADD);
    }
    for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it)) {
      result = Abstract.binaryOp(result, x, BinaryOps.ADD);
    }
    return result;
  }

  /**
   * Adds exact ints (and bools) to {@code acc} in a long while no overflow happens; stores the first item it cannot
   * add that way in {@code rest[0]} (null at the end) and returns the sum so far.
   */
  private static PyInt sumInts(PyInt acc, PyObject it, PyObject[] rest) {
    PyInt result = acc;
    boolean small = acc.isLong();
    long total = acc.longValue();
    for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it)) {
      if (x instanceof PyInt i && (x.type() == PyInt.TYPE || x instanceof PyBool)) {
        if (small && i.isLong()) {
          long s = total + i.longValue();
          if (((total ^ s) & (i.longValue() ^ s)) >= 0) {
            total = s;
            continue;
          }
        }
        result = small ? PyInt.of(total) : result;
        result = (PyInt) Abstract.binaryOp(result, i, BinaryOps.ADD);
        small = result.isLong();
        total = result.longValue();
        continue;
      }
      rest[0] = x;
      return small ? PyInt.of(total) : result;
    }
    return small ? PyInt.of(total) : result;
  }

  /**
   * Adds floats, and ints small enough to convert exactly, to {@code total} with Neumaier's compensated summation
   * (CPython 3.12's, so {@code sum([0.1] * 10) == 1.0}); the first other item goes to {@code rest[0]}.
   */
  private static PyFloat sumFloats(double total, PyObject it, PyObject[] rest) {
    double compensation = 0.0;
    for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it)) {
      double v;
      if (x.type() == PyFloat.TYPE) {
        v = ((PyFloat) x).value;
      } else if (x instanceof PyInt i && (x.type() == PyInt.TYPE || x instanceof PyBool) && i.isLong()
          && Math.abs(i.longValue()) < (1L << 53)) {
        v = i.longValue();
      } else {
        rest[0] = x;
        return new PyFloat(finish(total, compensation));
      }
      double t = total + v;
      if (Math.abs(total) >= Math.abs(v)) compensation += (total - t) + v;
      else compensation += (v - t) + total;
      total = t;
    }
    return new PyFloat(finish(total, compensation));
  }

  /** The compensation is added only when finite: an infinite partial sum makes it NaN, which must not leak. */
  private static double finish(double total, double compensation) {
    return compensation != 0.0 && Double.isFinite(compensation) ? total + compensation : total;
  }

  @PyMethod("all") static PyObject all(PyModule self, PyObject iterable) {
    PyObject it = Abstract.iter(iterable);
    for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it)) if (!Abstract.isTrue(x)) return PyBool.FALSE;
    return PyBool.TRUE;
  }

  @PyMethod("any") static PyObject any(PyModule self, PyObject iterable) {
    PyObject it = Abstract.iter(iterable);
    for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it)) if (Abstract.isTrue(x)) return PyBool.TRUE;
    return PyBool.FALSE;
  }

  @PyMethod(value = "min", doc = "min(iterable, *[, default=obj, key=func]) -> value\n"
      + "min(arg1, arg2, *args, *[, key=func]) -> value\n\n"
      + "The smallest item of the iterable (default, when given, if it is empty), or the smallest of two or more\n"
      + "arguments; key, when given, is applied to each item to compare them.")
  static PyObject min(PyModule self, @PyMethod.Star PyObject[] args,
                      @PyMethod.KwArgs PyDict options) {
    return minMax("min", args, options, CompareOps.LT);
  }

  @PyMethod(value = "max", doc = "max(iterable, *[, default=obj, key=func]) -> value\n"
      + "max(arg1, arg2, *args, *[, key=func]) -> value\n\n"
      + "The largest item of the iterable (default, when given, if it is empty), or the largest of two or more\n"
      + "arguments; key, when given, is applied to each item to compare them.")
  static PyObject max(PyModule self, @PyMethod.Star PyObject[] args,
                      @PyMethod.KwArgs PyDict options) {
    return minMax("max", args, options, CompareOps.GT);
  }

  private static PyObject minMax(String name, PyObject[] args, PyDict options, CompareOps better) {
    PyObject key = null, dflt = null;
    if (options != null) {
      for (PyObject k : BuiltinFunctions.keys(options)) {
        String n = ((PyStr) k).value;
        switch (n) {
          case "key" -> key = options.get(k);
          case "default" -> dflt = options.get(k);
          default -> throw Errors.typeError("'%s' is an invalid keyword argument for %s()", n, name);
        }
      }
    }
    if (args.length == 0) throw Errors.typeError("%s expected at least 1 argument, got 0", name);
    if (args.length > 1 && dflt != null) {
      throw Errors.typeError("Cannot specify a default for %s() with multiple positional arguments", name);
    }
    if (key == PyNone.NONE) key = null;
    PyObject it = Abstract.iter(args.length == 1 ? args[0] : new PyList(args.clone()));
    PyObject best = null, bestKey = null;
    for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it)) {
      PyObject k = key == null ? x : key.call1(x);
      if (best == null || Abstract.isTrue(Abstract.richCompare(k, bestKey, better))) {
        best = x;
        bestKey = k;
      }
    }
    if (best != null) return best;
    if (dflt != null) return dflt;
    throw Errors.valueError("%s() iterable argument is empty", name);
  }

  @PyMethod("sorted") static PyObject sorted(PyModule self, @PyMethod.Star PyObject[] args,
                                            @PyMethod.KwArgs PyDict options) {
    if (args.length != 1) throw Errors.typeError("sorted expected 1 argument, got %d", args.length);
    PyList list = new PyList();
    list.extend(args[0]);
    PyObject sort = Attributes.get(list, "sort");
    if (options == null) {
      sort.call0();
      return list;
    }
    java.util.List<PyObject> names = BuiltinFunctions.keys(options);
    PyObject[] values = new PyObject[names.size()];
    String[] kwnames = new String[names.size()];
    for (int i = 0; i < values.length; i++) {
      kwnames[i] = ((PyStr) names.get(i)).value;
      values[i] = options.get(names.get(i));
    }
    sort.call(values, 0, 0, kwnames);
    return list;
  }
}
