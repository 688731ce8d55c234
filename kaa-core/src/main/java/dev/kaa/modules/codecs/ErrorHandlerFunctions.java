package dev.kaa.modules.codecs;

import dev.kaa.objects.Abstract;
import dev.kaa.objects.Attributes;
import dev.kaa.objects.Buffers;
import dev.kaa.objects.BuiltinFunction;
import dev.kaa.objects.CodecErrors;
import dev.kaa.objects.Errors;
import dev.kaa.objects.ExceptionTypes;
import dev.kaa.objects.MemberAnnotations;
import dev.kaa.objects.PyBaseException;
import dev.kaa.objects.PyBuiltinMethod;
import dev.kaa.objects.PyBytes;
import dev.kaa.objects.PyException;
import dev.kaa.objects.PyInt;
import dev.kaa.objects.PyMethod;
import dev.kaa.objects.PyNone;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyStr;
import dev.kaa.objects.PyTuple;
import dev.kaa.objects.PyType;
import java.lang.reflect.Method;
import java.util.HashMap;
import java.util.Map;

/**
 * The built-in error handlers as Python sees them ({@code codecs.lookup_error('replace')},
 * {@code codecs.strict_errors}): each takes a {@code UnicodeEncodeError}, {@code UnicodeDecodeError} or
 * {@code UnicodeTranslateError} and answers {@code (replacement, resume_position)}, computed by the same code
 * ({@link CodecErrors}) the Java codecs use directly.
 */
final class ErrorHandlerFunctions {
  private ErrorHandlerFunctions() {}

  /** The handlers by the names they are registered under, as built-in functions. */
  static Map<String, PyObject> builtins() {
    Map<String, PyObject> byFunctionName = new HashMap<>();
    for (Method m : MemberAnnotations.declaredMethodsByName(ErrorHandlerFunctions.class)) {
      if (MemberAnnotations.pyMethod(m) == null) continue;
      BuiltinFunction f = BuiltinFunction.ofModuleFunction(m);
      byFunctionName.put(f.name(), new PyBuiltinMethod(f, PyNone.NONE));
    }
    Map<String, PyObject> handlers = new HashMap<>();
    for (String name : new String[] {"strict", "ignore", "replace", "xmlcharrefreplace", "backslashreplace",
        "namereplace"}) {
      handlers.put(name, byFunctionName.get(name + "_errors"));
    }
    handlers.put("surrogateescape", byFunctionName.get("surrogateescape"));
    handlers.put("surrogatepass", byFunctionName.get("surrogatepass"));
    return handlers;
  }

  @PyMethod("strict_errors") static PyObject strict(PyObject self, PyObject exc) {
    if (!(exc instanceof PyBaseException e)) throw Errors.typeError("codec must pass exception instance");
    throw new PyException(e);
  }

  @PyMethod("ignore_errors") static PyObject ignore(PyObject self, PyObject exc) { return handle("ignore", exc); }

  @PyMethod("replace_errors") static PyObject replace(PyObject self, PyObject exc) { return handle("replace", exc); }

  @PyMethod("backslashreplace_errors") static PyObject backslashreplace(PyObject self, PyObject exc) {
    return handle("backslashreplace", exc);
  }

  @PyMethod("xmlcharrefreplace_errors") static PyObject xmlcharrefreplace(PyObject self, PyObject exc) {
    return handle("xmlcharrefreplace", exc);
  }

  @PyMethod("namereplace_errors") static PyObject namereplace(PyObject self, PyObject exc) {
    return handle("namereplace", exc);
  }

  @PyMethod("surrogateescape") static PyObject surrogateescape(PyObject self, PyObject exc) {
    return handle("surrogateescape", exc);
  }

  @PyMethod("surrogatepass") static PyObject surrogatepass(PyObject self, PyObject exc) {
    return handle("surrogatepass", exc);
  }

  /** The handler {@code name} applied to the error {@code exc} describes. */
  private static PyObject handle(String name, PyObject exc) {
    PyType t = exc.type();
    if (t.isSubtypeOf(ExceptionTypes.UnicodeEncodeError)) {
      int[] cps = ((PyStr) attr(exc, "object", PyStr.TYPE)).value.codePoints().toArray();
      int[] span = span(exc, cps.length);
      String encoding = Abstract.str(Attributes.get(exc, "encoding")).value;
      String reason = Abstract.str(Attributes.get(exc, "reason")).value;
      return answer(CodecErrors.encoding(name, encoding, cps, span[0], span[1], reason));
    }
    if (t.isSubtypeOf(ExceptionTypes.UnicodeDecodeError)) {
      byte[] data = Buffers.required(attr(exc, "object", PyBytes.TYPE));
      int[] span = span(exc, data.length);
      String encoding = Abstract.str(Attributes.get(exc, "encoding")).value;
      String reason = Abstract.str(Attributes.get(exc, "reason")).value;
      return answer(CodecErrors.decoding(name, encoding, data, span[0], span[1], reason));
    }
    if (t.isSubtypeOf(ExceptionTypes.UnicodeTranslateError)) {
      int[] cps = ((PyStr) attr(exc, "object", PyStr.TYPE)).value.codePoints().toArray();
      int[] span = span(exc, cps.length);
      return switch (name) {
        case "ignore" -> PyTuple.of(PyStr.EMPTY, PyInt.of(span[1]));
        case "replace" -> PyTuple.of(new PyStr("\ufffd".repeat(span[1] - span[0])), PyInt.of(span[1]));
        case "backslashreplace" -> PyTuple.of(new PyStr(CodecErrors.backslashEscapes(cps, span[0], span[1])),
            PyInt.of(span[1]));
        default -> throw CodecErrors.cannotHandle(t);
      };
    }
    throw CodecErrors.cannotHandle(t);
  }

  private static PyObject attr(PyObject exc, String name, PyType type) {
    PyObject v = Attributes.get(exc, name);
    if (!v.type().isSubtypeOf(type)) throw Errors.typeError("%s attribute must be %s", name, type.name());
    return v;
  }

  /** {@code start} and {@code end} clamped into the object as CPython's accessors clamp them. */
  private static int[] span(PyObject exc, int length) {
    long start = Abstract.indexValue(Attributes.get(exc, "start"));
    long end = Abstract.indexValue(Attributes.get(exc, "end"));
    start = Math.max(0, Math.min(start, Math.max(length - 1, 0)));
    end = Math.max(1, Math.min(end, length));
    return new int[] {(int) start, (int) Math.max(end, start)};
  }

  private static PyObject answer(CodecErrors.Replacement r) {
    PyObject replacement = r.bytes() != null ? new PyBytes(r.bytes()) : new PyStr(r.text());
    return PyTuple.of(replacement, PyInt.of(r.resume()));
  }
}
