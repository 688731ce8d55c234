package dev.kaa.objects;

/**
 * Attribute access on classes ({@code type.__getattribute__}, {@code type.__setattr__}): a data descriptor of the
 * metaclass wins ({@code C.__name__}), then the class's MRO with a descriptor's {@code __get__(None, C)} (functions
 * stay functions, class methods bind to C), then anything else the metaclass has.
 */
final class TypeAttributes {
  private TypeAttributes() {}

  static PyObject get(PyType cls, String name) {
    PyObject v = getOrNull(cls, name);
    if (v == null) throw Errors.attributeError(cls, name, "type object '%s' has no attribute '%s'", cls.name(), name);
    return v;
  }

  /** As {@link #get}, but null instead of the AttributeError when the name is found nowhere. */
  static PyObject getOrNull(PyType cls, String name) {
    PyType meta = cls.type();
    PyObject metaAttr = meta.lookup(name);
    PyObject metaGet = null;
    if (metaAttr != null) {
      PyType mt = metaAttr.type();
      metaGet = mt.lookupSpecial(Special.GET);
      if (metaGet != null && (mt.lookupSpecial(Special.SET) != null || mt.lookupSpecial(Special.DELETE) != null)) {
        return metaAttr instanceof PyGetSetDescriptor g ? g.get(cls) : Abstract.callGet(metaAttr, metaGet, cls, meta);
      }
    }
    PyObject attr = cls.lookup(name);
    if (attr != null) {
      if (attr instanceof MethodDescriptorFlag) {
        return attr;  // a function or method descriptor read through its class is itself
      }
      PyObject get = attr.type().lookupSpecial(Special.GET);
      return get == null ? attr : Abstract.callGet(attr, get, PyNone.NONE, cls);
    }
    if (metaAttr != null) {
      if (metaGet == null) return metaAttr;
      if (metaAttr instanceof PyMethodDescriptor d) return d.bind(cls);
      return Abstract.callGet(metaAttr, metaGet, cls, meta);
    }
    return null;
  }

  /** {@code setattr(cls, name, value)}; value null deletes. Built-in types refuse. */
  static void set(PyType cls, String name, PyObject value) {
    if (!cls.hasFlag(PyType.HEAPTYPE) || cls.hasFlag(PyType.IMMUTABLE)) {
      throw Errors.typeError("cannot set '%s' attribute of immutable type '%s'", name, cls.name());  // del too
    }
    PyObject descr = cls.type().lookup(name);
    if (descr != null) {
      if (descr instanceof PyGetSetDescriptor g) {
        g.set(cls, value);
        return;
      }
      Special s = value == null ? Special.DELETE : Special.SET;
      PyObject setter = descr.type().lookupSpecial(s);
      if (setter != null) {
        if (value == null) Abstract.callMethod(descr, setter, cls);
        else Abstract.callMethod(descr, setter, cls, value);
        return;
      }
    }
    if (value != null) {
      cls.dictPut(name, value);
    } else if (!cls.dictRemove(name)) {
      throw Errors.attributeError("type object '%s' has no attribute '%s'", cls.name(), name);
    }
  }
}
