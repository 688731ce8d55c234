package dev.kaa.objects;

/**
 * {@code object.__reduce_ex__}/{@code __reduce__}: what pickle and copy use for any object that does not reduce
 * itself. Protocol 2 and above build the 5-tuple {@code (copyreg.__newobj__, (cls, *args), state, listitems,
 * dictitems)} from {@code __getnewargs_ex__}/{@code __getnewargs__} and {@code __getstate__}; older protocols go
 * through {@code copyreg._reduce_ex}, as CPython's typeobject.c does.
 */
final class ObjectReduce {
  private ObjectReduce() {}

  static PyObject reduceEx(PyObject self, int protocol) {
    PyObject reduce = Abstract.getAttrOrNull(self, "__reduce__");
    if (reduce != null) {
      PyObject clsReduce = Abstract.getAttrOrNull(self.type(), "__reduce__");
      if (clsReduce != PyType.OBJECT.lookup("__reduce__")) return reduce.call0();  // overridden: it decides
    }
    return commonReduce(self, protocol);
  }

  /**
   * {@code (getattr, (owner, name))}: how a method is pickled (a bound built-in method, a method descriptor), so that
   * unpickling looks it up again.
   */
  static PyObject byGetattr(PyObject owner, PyObject name) {
    PyObject getattr = Attributes.get(ModuleImport.importModule("builtins"), "getattr");
    return PyTuple.of(getattr, PyTuple.of(owner, name));
  }

  static PyObject commonReduce(PyObject self, int protocol) {
    if (protocol >= 2) return reduceNewobj(self);
    PyObject copyreg = ModuleImport.importModule("copyreg");
    return Attributes.get(copyreg, "_reduce_ex").call2(self, PyInt.of(protocol));
  }

  private static PyObject reduceNewobj(PyObject self) {
    PyType cls = self.type();
    if (cls.lookup("__new__") == null) throw Errors.typeError("cannot pickle '%s' object", cls.name());
    PyObject[] newArgs = newArguments(self);  // {args, kwargs}, or null when the class gives none
    PyObject copyreg = ModuleImport.importModule("copyreg");
    PyObject newobj, args;
    PyObject positional = newArgs == null ? PyTuple.EMPTY : newArgs[0];
    if (newArgs == null || newArgs[1] == null || ((PyDict) newArgs[1]).size() == 0) {
      newobj = Attributes.get(copyreg, "__newobj__");
      PyObject[] items = new PyObject[((PyTuple) positional).size() + 1];
      items[0] = cls;
      for (int i = 1; i < items.length; i++) items[i] = ((PyTuple) positional).get(i - 1);
      args = PyTuple.of(items);
    } else {
      newobj = Attributes.get(copyreg, "__newobj_ex__");
      args = PyTuple.of(cls, positional, newArgs[1]);
    }
    boolean required = newArgs == null && !(self instanceof PyList) && !(self instanceof PyDict);
    PyObject state = state(self, required);
    PyObject listItems = self instanceof PyList ? Abstract.iter(self) : PyNone.NONE;
    PyObject dictItems = self instanceof PyDict ? Abstract.iter(Attributes.get(self, "items").call0()) : PyNone.NONE;
    return PyTuple.of(newobj, args, state, listItems, dictItems);
  }

  /** {@code __getnewargs_ex__()} as {args, kwargs}, else {@code __getnewargs__()} as {args, null}, else null. */
  private static PyObject[] newArguments(PyObject self) {
    PyObject ex = Abstract.getAttrOrNull(self, "__getnewargs_ex__");
    if (ex != null) {
      PyObject r = ex.call0();
      if (!(r instanceof PyTuple t)) {
        throw Errors.typeError("__getnewargs_ex__ should return a tuple, not '%s'", r.type().name());
      }
      if (t.size() != 2) {
        throw Errors.valueError("__getnewargs_ex__ should return a tuple of length 2, not %d", t.size());
      }
      if (!(t.get(0) instanceof PyTuple)) {
        throw Errors.typeError("first item of the tuple returned by __getnewargs_ex__ must be a tuple, not '%s'",
            t.get(0).type().name());
      }
      if (!(t.get(1) instanceof PyDict)) {
        throw Errors.typeError("second item of the tuple returned by __getnewargs_ex__ must be a dict, not '%s'",
            t.get(1).type().name());
      }
      return new PyObject[] {t.get(0), t.get(1)};
    }
    PyObject plain = Abstract.getAttrOrNull(self, "__getnewargs__");
    if (plain != null) {
      PyObject r = plain.call0();
      if (!(r instanceof PyTuple)) {
        throw Errors.typeError("__getnewargs__ should return a tuple, not '%s'", r.type().name());
      }
      return new PyObject[] {r, null};
    }
    return null;
  }

  /**
   * The state to pickle: {@code __getstate__()}. The default refuses, when the object cannot be rebuilt from its
   * class alone ({@code required}), an object of a built-in type holding state a dict cannot carry (a lock, a
   * socket): "cannot pickle '_thread.lock' object".
   */
  private static PyObject state(PyObject self, boolean required) {
    PyObject getstate = Attributes.get(self, "__getstate__");
    boolean isDefault = getstate instanceof PyBuiltinMethod m && m.self == self
        && self.type().lookup("__getstate__") == PyType.OBJECT.lookup("__getstate__");
    if (!isDefault) return getstate.call0();
    if (required && !(self instanceof PyInstance) && !isPlainDerived(self)) {
      throw Errors.typeError("cannot pickle '%s' object", self.type().builtinTpName());
    }
    return ObjectMethods.getstate(self);
  }

  /** An instance of a Python class whose only built-in ancestor is object (or holds no state of its own). */
  private static boolean isPlainDerived(PyObject self) {
    return self instanceof HeapInstance && self.type().instanceClass() == PyInstance.class;
  }
}
