package dev.kaa.modules.json;

import dev.kaa.objects.Abstract;
import dev.kaa.objects.Attributes;
import dev.kaa.objects.Errors;
import dev.kaa.objects.PyBool;
import dev.kaa.objects.PyGetter;
import dev.kaa.objects.PyInt;
import dev.kaa.objects.PyMethod;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyStr;
import dev.kaa.objects.PyType;
import dev.kaa.objects.SubclassableObject;

/**
 * {@code _json.make_scanner} ({@code _json.Scanner}): reads its settings from a JSONDecoder once, then each call
 * {@code scanner(string, idx)} decodes the value at idx and returns it with the position after it.
 */
final class PyScanner extends SubclassableObject {
  static final PyType TYPE = new PyType("_json.Scanner", PyType.IMMUTABLE | PyType.BASETYPE, PyScanner.class,
      PyType.OBJECT);

  final boolean strict;
  final PyObject objectHook, objectPairsHook, parseFloat, parseInt, parseConstant;

  private PyScanner(PyType type, PyObject context) {
    super(type);
    this.strict = Abstract.isTrue(Attributes.get(context, "strict"));
    this.objectHook = Attributes.get(context, "object_hook");
    this.objectPairsHook = Attributes.get(context, "object_pairs_hook");
    this.parseFloat = Attributes.get(context, "parse_float");
    this.parseInt = Attributes.get(context, "parse_int");
    this.parseConstant = Attributes.get(context, "parse_constant");
  }

  @PyMethod(value = "__new__", kind = PyMethod.Kind.NEW, positionalOnly = 0)
  static PyObject make(PyType cls, PyObject context) { return new PyScanner(cls, context); }

  @PyMethod(value = "__call__", positionalOnly = 0) PyObject call(PyObject string, PyObject idx) {
    if (!(string instanceof PyStr s)) {
      throw Errors.typeError("first argument must be a string, not %s", string.type().name());
    }
    long at = Abstract.indexValue(idx);
    JsonScan scan = new JsonScan(this, new JsonText(s));
    PyObject value = scan.scanOnce(at > Integer.MAX_VALUE ? Integer.MAX_VALUE : (int) at);
    return dev.kaa.objects.PyTuple.of(value, PyInt.of(scan.next));
  }

  @PyGetter("strict") PyObject strictAttr() { return PyBool.of(strict); }

  @PyGetter("object_hook") PyObject objectHookAttr() { return objectHook; }

  @PyGetter("object_pairs_hook") PyObject objectPairsHookAttr() { return objectPairsHook; }

  @PyGetter("parse_float") PyObject parseFloatAttr() { return parseFloat; }

  @PyGetter("parse_int") PyObject parseIntAttr() { return parseInt; }

  @PyGetter("parse_constant") PyObject parseConstantAttr() { return parseConstant; }
}
