package dev.kaa.modules.pyexpat;

import dev.kaa.objects.Errors;
import dev.kaa.objects.ExceptionTypes;
import dev.kaa.objects.PyMethod;
import dev.kaa.objects.PyNone;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyStr;
import dev.kaa.objects.PyType;

/**
 * One handler attribute of {@code xmlparser} ({@code p.StartElementHandler = f}), a data descriptor in the type's
 * dict as CPython makes one per handler: reading gives the handler or None, None unsets it, deleting is refused.
 */
final class HandlerDescriptor extends PyObject {
  static final PyType TYPE = new PyType("getset_descriptor", PyType.IMMUTABLE, HandlerDescriptor.class, PyType.OBJECT);

  private final Handler handler;

  HandlerDescriptor(Handler handler) { this.handler = handler; }

  @Override public PyType type() { return TYPE; }

  private PyXmlParser parser(PyObject obj) {
    if (obj instanceof PyXmlParser p) return p;
    throw Errors.typeError("descriptor '%s' for 'pyexpat.xmlparser' objects doesn't apply to a '%s' object",
        handler.attribute, obj.type().name());
  }

  @PyMethod("__get__") PyObject get(PyObject obj, @PyMethod.Opt PyObject type) {
    if (obj == null || obj == PyNone.NONE) return this;
    PyObject h = parser(obj).handler(handler);
    return h == null ? PyNone.NONE : h;
  }

  @PyMethod("__set__") void set(PyObject obj, PyObject value) { parser(obj).setHandler(handler, value); }

  @PyMethod("__delete__") void delete(PyObject obj) {
    parser(obj);
    throw Errors.of(ExceptionTypes.RuntimeError, "Cannot delete attribute");
  }

  @PyMethod("__repr__") PyObject repr() {
    return new PyStr("<attribute '" + handler.attribute + "' of 'pyexpat.xmlparser' objects>");
  }
}
