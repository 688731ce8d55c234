package dev.kaa.modules.json;

import dev.kaa.objects.Abstract;
import dev.kaa.objects.Errors;
import dev.kaa.objects.PyInt;
import dev.kaa.objects.PyMethod;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyStr;
import dev.kaa.objects.PyTuple;
import dev.kaa.runtime.Interpreter;
import dev.kaa.runtime.PyModule;

/**
 * The {@code _json} module: the decoder's scanner and string scanner, the one-shot encoder and the string escapers
 * that {@code json} uses in place of its pure-Python versions when they exist (they are its speed path).
 */
public final class JsonModule {
  private JsonModule() {}

  public static final String NAME = "_json";

  public static PyModule create(Interpreter interp) {
    PyModule m = new PyModule(NAME, new PyStr("json speedups\n"), interp);
    m.addFunctions(JsonModule.class);
    m.put("make_scanner", PyScanner.TYPE);
    m.put("make_encoder", PyEncoder.TYPE);
    return m;
  }

  @PyMethod(doc = "scanstring(string, end, strict=True) -> (string, end)\n\nScan the string s for a JSON string. "
      + "End is the index of the\ncharacter in s after the quote that started the JSON string.\nUnescapes all valid "
      + "JSON string escape sequences and raises ValueError\non attempt to decode an invalid string. If strict is "
      + "False then literal\ncontrol characters are allowed in the string.\n\nReturns a tuple of the decoded string "
      + "and the index of the character in s\nafter the end quote.")
  static PyObject scanstring(PyModule self, PyObject string, PyObject end, @PyMethod.Opt PyObject strict) {
    if (!(string instanceof PyStr s)) {
      throw Errors.typeError("first argument must be a string, not %s", string.type().name());
    }
    long at = Abstract.indexValue(end);
    JsonText text = new JsonText(s);
    if (at < 0 || at > text.length) throw Errors.valueError("end is out of bounds");
    JsonStrings.Scanned r = JsonStrings.scan(text, (int) at, strict == null || Abstract.isTrue(strict));
    return PyTuple.of(r.value(), PyInt.of(r.end()));
  }

  @PyMethod(value = "encode_basestring_ascii", doc = "encode_basestring_ascii(string) -> string\n\nReturn an ASCII-only "
      + "JSON representation of a Python string")
  static PyObject encodeBasestringAscii(PyModule self, PyObject s) { return encoded(s, true); }

  @PyMethod(value = "encode_basestring", doc = "encode_basestring(string) -> string\n\nReturn a JSON representation "
      + "of a Python string")
  static PyObject encodeBasestring(PyModule self, PyObject s) { return encoded(s, false); }

  private static PyObject encoded(PyObject s, boolean ascii) {
    if (!(s instanceof PyStr str)) throw Errors.typeError("first argument must be a string, not %s", s.type().name());
    StringBuilder out = new StringBuilder(str.value.length() + 2);
    JsonStrings.encode(out, str.value, ascii);
    return new PyStr(out.toString());
  }
}
