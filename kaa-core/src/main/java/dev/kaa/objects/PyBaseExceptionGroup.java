package dev.kaa.objects;

/**
 * {@code BaseExceptionGroup} and {@code ExceptionGroup} (PEP 654): a message and a non-empty tuple of exceptions, with
 * {@code split}/{@code subgroup} by type, tuple of types or predicate. A split keeps the nesting, and each new group
 * is made by {@code derive} and given the original's traceback, cause, context and a copy of its notes, as CPython's.
 */
public final class PyBaseExceptionGroup extends PyBaseException {
  PyObject message;
  PyTuple exceptions;

  PyBaseExceptionGroup(PyType type, PyTuple args) { super(type, args); }

  /** The sub-exceptions, as {@code exceptions} holds them. */
  public PyTuple exceptions() { return exceptions; }

  /**
   * {@code BaseExceptionGroup(message, exceptions)}: BaseExceptionGroup of Exceptions only is an ExceptionGroup;
   * ExceptionGroup (or a subclass of Exception) refuses BaseExceptions.
   */
  @PyMethod(value = "__new__", kind = PyMethod.Kind.NEW)
  static PyObject newGroup(PyType cls, @PyMethod.Star PyObject[] args, @PyMethod.KwArgs PyDict kwargs) {
    if (args.length != 2) {
      throw Errors.typeError("BaseExceptionGroup.__new__() takes exactly 2 arguments (%d given)", args.length);
    }
    if (!(args[0] instanceof PyStr)) {
      throw Errors.typeError("BaseExceptionGroup.__new__() argument 1 must be str, not %s", args[0].type().name());
    }
    PyObject seq = args[1];
    if (seq instanceof PyDict || seq.type().lookupSpecial(Special.GETITEM) == null) {
      throw Errors.typeError("second argument (exceptions) must be a sequence");
    }
    PyTuple excs = PyTuple.wrap(items(seq));
    if (excs.size() == 0) throw Errors.valueError("second argument (exceptions) must be a non-empty sequence");
    boolean nestsBase = false;
    for (int i = 0; i < excs.size(); i++) {
      PyObject e = excs.get(i);
      if (!(e instanceof PyBaseException)) {
        throw Errors.valueError("Item %d of second argument (exceptions) is not an exception", i);
      }
      nestsBase |= !e.type().isSubtypeOf(ExceptionTypes.Exception);
    }
    if (cls == ExceptionTypes.BaseExceptionGroup) {
      if (!nestsBase) cls = ExceptionTypes.ExceptionGroup;
    } else if (nestsBase && cls.isSubtypeOf(ExceptionTypes.Exception)) {
      throw cls == ExceptionTypes.ExceptionGroup ? Errors.typeError("Cannot nest BaseExceptions in an ExceptionGroup")
          : Errors.typeError("Cannot nest BaseExceptions in '%s'", cls.name());
    }
    PyBaseExceptionGroup g = new PyBaseExceptionGroup(cls, PyTuple.of(args));
    g.message = args[0];
    g.exceptions = excs;
    return g;
  }

  @PyMethod("__str__") PyObject strGroup() {
    int n = exceptions.size();
    return new PyStr(Abstract.str(message).value + " (" + n + " sub-exception" + (n == 1 ? "" : "s") + ")");
  }

  @PyGetter("message") PyObject getMessage() { return message; }

  @PyGetter("exceptions") PyObject getExceptions() { return exceptions; }

  /** A group like this one holding {@code excs}: what split and subgroup build their results with. */
  @PyMethod("derive") PyObject derive(PyObject excs) {
    return PyBaseException.create(ExceptionTypes.BaseExceptionGroup, message, excs);
  }

  @PyMethod("split") PyObject split(PyObject condition) {
    Matcher m = Matcher.of(condition);
    Split s = split(this, m, true);
    return PyTuple.of(orNone(s.match), orNone(s.rest));
  }

  @PyMethod("subgroup") PyObject subgroup(PyObject condition) {
    return orNone(split(this, Matcher.of(condition), false).match);
  }

  /** The parts of an exception that match and that do not; either may be null. */
  private record Split(PyObject match, PyObject rest) {}

  /** A split condition: exception types (a type or a tuple of them) or a predicate. */
  private record Matcher(PyObject types, PyObject predicate) {
    static Matcher of(PyObject condition) {
      if (isCallable(condition) && !(condition instanceof PyType)) {
        return new Matcher(null, condition);
      }
      if (isExceptionClasses(condition)) return new Matcher(condition, null);
      throw Errors.typeError("expected a function, exception type or tuple of exception types");
    }

    /** {@code callable(o)}: a {@code __call__} on the type, or a Java class that implements calls itself. */
    private static boolean isCallable(PyObject o) {
      return o.type().lookupSpecial(Special.CALL) != null || OVERRIDES_CALL.get(o.getClass());
    }

    private static final ClassValue<Boolean> OVERRIDES_CALL = new ClassValue<>() {
      @Override protected Boolean computeValue(Class<?> c) {
        try {
          return c.getMethod("call", PyObject[].class, int.class, int.class, String[].class).getDeclaringClass()
              != PyObject.class;
        } catch (NoSuchMethodException impossible) {
          return false;
        }
      }
    };

    private static boolean isExceptionClasses(PyObject o) {
      if (o instanceof PyType t) return t.isSubtypeOf(ExceptionTypes.BaseException);
      if (!(o instanceof PyTuple t)) return false;
      for (int i = 0; i < t.size(); i++) {
        if (!(t.get(i) instanceof PyType c && c.isSubtypeOf(ExceptionTypes.BaseException))) return false;
      }
      return true;
    }

    boolean matches(PyObject exc) {
      if (predicate != null) return Abstract.isTrue(Abstract.call(predicate, exc));
      return matchesTypes(exc.type(), types);
    }

    private static boolean matchesTypes(PyType t, PyObject types) {
      if (types instanceof PyTuple tuple) {
        for (int i = 0; i < tuple.size(); i++) if (matchesTypes(t, tuple.get(i))) return true;
        return false;
      }
      return t.isSubtypeOf((PyType) types);
    }
  }

  private static Split split(PyObject exc, Matcher m, boolean wantRest) {
    if (m.matches(exc)) return new Split(exc, null);
    if (!(exc instanceof PyBaseExceptionGroup g)) return new Split(null, wantRest ? exc : null);
    PyList matched = new PyList(), rest = new PyList();
    for (int i = 0; i < g.exceptions.size(); i++) {
      Split s = split(g.exceptions.get(i), m, wantRest);
      if (s.match != null) matched.add(s.match);
      if (s.rest != null) rest.add(s.rest);
    }
    return new Split(g.subset(matched), wantRest ? g.subset(rest) : null);
  }

  /** {@code self.derive(excs)} carrying over this group's traceback, chaining and notes; null for no exceptions. */
  private PyObject subset(PyList excs) {
    if (excs.size() == 0) return null;
    PyObject derived = Abstract.call(Attributes.get(this, "derive"), excs);
    if (!(derived instanceof PyBaseExceptionGroup g)) {
      throw Errors.typeError("derive must return an instance of BaseExceptionGroup");
    }
    g.traceback = traceback;
    g.context = context;
    g.cause = cause;
    g.suppressContext = true;  // CPython sets the cause through PyException_SetCause, which always does this
    PyObject notes = Abstract.getAttrOrNull(this, "__notes__");
    if (notes != null && notes.type().lookupSpecial(Special.GETITEM) != null && !(notes instanceof PyDict)) {
      Attributes.set(g, "__notes__", new PyList(items(notes)));
    }
    return g;
  }
}
