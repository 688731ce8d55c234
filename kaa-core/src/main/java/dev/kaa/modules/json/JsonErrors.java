package dev.kaa.modules.json;

import dev.kaa.objects.Attributes;
import dev.kaa.objects.ModuleImport;
import dev.kaa.objects.PyException;
import dev.kaa.objects.PyInt;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyStr;
import dev.kaa.objects.PyType;

/** {@code json.decoder.JSONDecodeError}, raised from Java as CPython's C decoder raises it: (msg, doc, pos). */
final class JsonErrors {
  private JsonErrors() {}

  static PyException decodeError(String msg, JsonText text, int pos) {
    PyObject decoder = Attributes.get(ModuleImport.importModule("json.decoder"), "decoder");
    PyType type = (PyType) Attributes.get(decoder, "JSONDecodeError");
    return PyException.withArgs(type, new PyStr(msg), text.str, PyInt.of(pos));
  }
}
