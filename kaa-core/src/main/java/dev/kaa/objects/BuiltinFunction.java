package dev.kaa.objects;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A Java method exposed to Python ({@link PyMethod}): its signature and a {@link MethodHandle} of the uniform shape
 * {@code (PyObject self, Object[] args) -> PyObject}, made once when the owning type or module is built; calls parse
 * arguments with {@link ArgParser} and check argument classes before invoking, so a wrong type is a Python TypeError,
 * never a ClassCastException.
 *
 * <p>The handles are made lazily, after the first calls ({@link ReflectiveCalls}): most built-ins are called a few
 * times in a run, and the hot ones soon take the handle.
 */
public final class BuiltinFunction {
  private static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();
  private static final MethodType UNIFORM = MethodType.methodType(PyObject.class, PyObject.class, Object[].class);

  /** The Python name (a {@code __new__}'s is its type's, as its errors read), known without reading the signature. */
  private final String name;
  /** Argument Clinic's, a slot wrapper's...: decides the descriptor's type, so known at once. */
  private final ArgSpec.Style style;
  public final String doc;
  private final Method method;
  private final String ownerName;
  private final boolean withSelf;
  private final PyMethod ann;
  /** Made on the first call: binding costs more than parsing a signature, and most built-ins are never called. */
  private MethodHandle handle;
  /** {@code (PyObject self, PyObject... n args) -> PyObject} for {@link #callDirect}, made on its first use. */
  private MethodHandle directHandle;
  private boolean moduleFunction;
  /** The module a module function was added to (its errors say "math.sqrt()"), or null. */
  private String moduleName;
  /** What the method is to its type (an ordinary method, {@code __new__}, a class method). */
  private final PyMethod.Kind kind;
  /**
   * The signature, read from the method's parameters at the first call or introspection: binding every method of
   * every type made ready at start-up spent ~4% of a start's main thread reading signatures hardly any start uses.
   * Immutable, so a racy first read at worst reads it twice.
   */
  private Signature signature;

  /**
   * What calls need of the Java method: the Python signature, the receiver's Java class for a method (null for a
   * module function: no self), the Python parameters' classes, how many leading Java parameters are not Python ones,
   * whether calls may take {@link #callDirect} (no {@code *args}, no {@code **kwargs}, few parameters), whether some
   * parameter is narrower than PyObject (arguments need a class check), and the calls made before the handles exist.
   */
  private record Signature(ArgSpec spec, Class<?> selfClass, Class<?>[] paramClasses, int skip, boolean direct,
                           boolean checked, ReflectiveCalls firstCalls) {}

  private BuiltinFunction(Method method, PyMethod ann, String name, ArgSpec.Style style, String ownerName,
                          boolean withSelf) {
    this.method = method;
    this.ann = ann;
    this.name = name;
    this.style = style;
    this.ownerName = ownerName;
    this.withSelf = withSelf;
    this.doc = ann.doc();
    this.kind = ann.kind();
  }

  /** A loop, not a stream: every built-in method's signature runs it, in the JVM's interpreter at start-up. */
  private static boolean anyNarrowerThanPyObject(Class<?>[] classes) {
    for (Class<?> c : classes) {
      if (c != PyObject.class) return true;
    }
    return false;
  }

  private static final int MAX_DIRECT = 3;

  /**
   * Binds {@code m}: an instance method (self is {@code this}), a static method whose first parameter is self (when
   * {@code withSelf}), or a static module function.
   */
  static BuiltinFunction of(Method m, String ownerName, boolean withSelf) {
    PyMethod ann = MemberAnnotations.pyMethod(m);
    String name = ann.value().isEmpty() ? m.getName() : ann.value();
    ArgSpec.Style style = ann.style();
    Special special = Special.byName(name);
    if (style == ArgSpec.Style.CLINIC && withSelf && special != null && special != Special.NEW
        && special != Special.INIT && ann.kind() == PyMethod.Kind.INSTANCE) {
      style = ArgSpec.Style.SLOT;
    }
    if (ann.kind() == PyMethod.Kind.NEW && ownerName != null) name = ownerName;  // errors read "int() ..."
    return new BuiltinFunction(m, ann, name, style, ownerName, withSelf);
  }

  /** The Python name: {@code spec().name()}, without reading the signature. */
  public String name() { return name; }

  /** The signature: what {@code __text_signature__}, argument parsing and errors need. */
  public ArgSpec spec() { return signature().spec; }

  /** The receiver's Java class for a method; null for a module function (no self). */
  Class<?> selfClass() { return signature().selfClass; }

  private Signature signature() {
    Signature s = signature;
    if (s == null) signature = s = readSignature();
    return s;
  }

  /** Reads the signature from the method's parameters and their markers; a declaration Kaa cannot bind fails here. */
  private Signature readSignature() {
    Method m = method;
    String name = this.name;
    boolean isStatic = Modifier.isStatic(m.getModifiers());
    Parameter[] all = m.getParameters();
    MemberAnnotations.ParameterMarks marks = MemberAnnotations.parameterMarks(m);
    int skip = isStatic && withSelf ? 1 : 0;
    Class<?> selfClass = !withSelf ? null : isStatic ? all[0].getType() : m.getDeclaringClass();

    List<String> names = new ArrayList<>();
    List<Class<?>> classes = new ArrayList<>();
    int positional = 0, required = 0;
    boolean star = false, kwargs = false, seenOptional = false;
    int end = all.length;
    if (end > skip && marks.has(end - 1, PyMethod.KwArgs.class)) {
      if (all[end - 1].getType() != PyDict.class) throw badDeclaration(m, "**kwargs must be a PyDict");
      kwargs = true;
      end--;
    }
    for (int i = skip; i < end; i++) {
      Parameter p = all[i];
      if (marks.has(i, PyMethod.KwArgs.class)) throw badDeclaration(m, "**kwargs must come last");
      if (marks.has(i, PyMethod.Star.class)) {
        if (i != end - 1 || p.getType() != PyObject[].class) throw badDeclaration(m, "*args must come last as PyObject[]");
        star = true;
        continue;
      }
      if (!PyObject.class.isAssignableFrom(p.getType())) throw badDeclaration(m, "parameter " + p.getName() + " is not a PyObject");
      if (!p.isNamePresent()) throw badDeclaration(m, "compiled without -parameters");
      boolean kwOnly = marks.has(i, PyMethod.KwOnly.class);
      boolean optional = marks.has(i, PyMethod.Opt.class);
      if (!kwOnly) {
        if (positional != names.size()) throw badDeclaration(m, "positional parameter after a keyword-only one");
        positional++;
        if (!optional) {
          if (seenOptional) throw badDeclaration(m, "required parameter after an optional one");
          required++;
        }
      } else if (!optional) {
        throw badDeclaration(m, "required keyword-only parameters are not supported");
      }
      seenOptional |= optional;
      names.add(pythonName(p.getName()));
      classes.add(p.getType());
    }
    int posOnly = ann.positionalOnly() < 0 ? positional : Math.min(ann.positionalOnly(), positional);
    String qualname = ownerName == null || ann.kind() == PyMethod.Kind.NEW ? name : ownerName + "." + name;
    // Argument Clinic names a type's __init__ after the type in every argument error ("BufferedReader() takes...")
    String callName = style == ArgSpec.Style.CLINIC && name.equals("__init__") && ownerName != null ? ownerName
        : moduleName == null || moduleName.equals("builtins") ? qualname : moduleName + "." + qualname;
    ArgSpec spec = new ArgSpec(name, qualname, names, posOnly, positional, required, star, kwargs, style,
        ann.kind() == PyMethod.Kind.NEW, callName);
    Class<?>[] paramClasses = classes.toArray(new Class<?>[0]);
    return new Signature(spec, selfClass, paramClasses, skip, !star && !kwargs && paramClasses.length <= MAX_DIRECT,
        anyNarrowerThanPyObject(paramClasses), new ReflectiveCalls(m, skip == 1));
  }

  /**
   * Binds {@code m}, a static method of a module class whose first parameter receives the module ({@code __self__}
   * of a built-in function, as CPython's); its name and qualname are the bare function name ({@code len}).
   */
  public static BuiltinFunction ofModuleFunction(Method m) { return ofModuleFunction(m, null); }

  /** As {@link #ofModuleFunction(Method)}, a function of the module {@code moduleName} (null: of none). */
  public static BuiltinFunction ofModuleFunction(Method m, String moduleName) {
    BuiltinFunction f = of(m, null, true);
    f.moduleFunction = true;
    f.moduleName = moduleName;
    return f;
  }

  /**
   * A special method other than {@code __new__}: CPython's slot wrapper ({@code wrapper_descriptor}, and
   * {@code method-wrapper} once bound). {@code __init__} is one too, though its errors read as Argument Clinic's.
   */
  public boolean isSlotWrapper() { return style == ArgSpec.Style.SLOT || name.equals("__init__"); }

  /** True for a module's function: its repr is {@code <built-in function name>}. */
  public boolean isModuleFunction() { return moduleFunction; }

  /** Adapts {@code m} to {@code (PyObject self, Object[] args) -> PyObject}. */
  private static MethodHandle uniformHandle(Method m, int skip) {
    return bound(m, skip).asSpreader(Object[].class, m.getParameterCount() - skip).asType(UNIFORM);
  }

  /** Adapts {@code m} to {@code (PyObject self, PyObject a1, ..., PyObject an) -> PyObject}. */
  private static MethodHandle directHandle(Method m, int skip, int n) {
    Class<?>[] params = new Class<?>[n + 1];
    Arrays.fill(params, PyObject.class);
    return bound(m, skip).asType(MethodType.methodType(PyObject.class, params));
  }

  /** {@code m} as a handle taking self (ignored by a module function) then its Python arguments, returning a value. */
  private static MethodHandle bound(Method m, int skip) {
    try {
      // invokespecial for instance methods: int.__repr__(True) must run int's method even though bool overrides it
      // a private lookup in the declaring class: module functions live in package-private classes of other packages
      MethodHandles.Lookup lookup = MethodHandles.privateLookupIn(m.getDeclaringClass(), LOOKUP);
      boolean isStatic = Modifier.isStatic(m.getModifiers());
      MethodHandle h = isStatic ? lookup.unreflect(m) : lookup.unreflectSpecial(m, m.getDeclaringClass());
      if (m.getReturnType() == void.class) {
        h = MethodHandles.filterReturnValue(h, MethodHandles.constant(PyObject.class, PyNone.NONE));
      }
      if (isStatic && skip == 0) h = MethodHandles.dropArguments(h, 0, PyObject.class);  // module function: no self
      return h;
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("cannot bind " + m, e);
    }
  }

  /** A parameter's Python name: the Java one, less a trailing underscore that dodged a Java keyword ({@code default_}). */
  private static String pythonName(String javaName) {
    return javaName.endsWith("_") ? javaName.substring(0, javaName.length() - 1) : javaName;
  }

  private static IllegalStateException badDeclaration(Method m, String why) {
    return new IllegalStateException("bad @PyMethod " + m + ": " + why);
  }

  /** Calls with {@code self} (ignored for a module function) and the vectorcall-shaped arguments. */
  public PyObject call(PyObject self, PyObject[] args, int from, int npos, String[] kwnames) {
    Signature sig = signature();
    try {
      ArgSpec spec = sig.spec;
      if (kwnames == null && sig.direct && npos >= spec.required() && npos <= spec.positional()) {
        return callDirect(sig, self, args, from, npos);
      }
      Object[] parsed = ArgParser.parse(spec, args, from, npos, kwnames);
      for (int i = 0; i < sig.paramClasses.length; i++) checkClass(sig, i, parsed[i]);
      MethodHandle h = handle;
      if (h == null) {
        if (sig.firstCalls.take(self)) return invokeReflectively(sig, self, parsed);
        handle = h = uniformHandle(method, sig.skip);  // racy but idempotent
      }
      return (PyObject) h.invokeExact(self, parsed);
    } catch (PyException | Error e) {
      throw e;
    } catch (RuntimeException e) {
      throw Errors.internal(sig.spec.qualname() + ": " + e);
    } catch (Throwable t) {
      throw Errors.internal(sig.spec.qualname() + ": " + t);
    }
  }

  private static void checkClass(Signature sig, int i, Object v) {
    if (v != null && !sig.paramClasses[i].isInstance(v)) {
      throw Errors.typeError("%s() argument %d must be %s, not %s", sig.spec.name(), i + 1,
          TypeNames.of(sig.paramClasses[i]), ((PyObject) v).type().name());
    }
  }

  /**
   * The common call, positional arguments only to a function of at most {@link #MAX_DIRECT} parameters and no
   * {@code *args}/{@code **kwargs}: no argument array, no parsing, a handle of the method's own arity (omitted optional
   * arguments are null, as the parser leaves them).
   */
  private PyObject callDirect(Signature sig, PyObject self, PyObject[] args, int from, int npos) throws Throwable {
    int n = sig.paramClasses.length;
    PyObject a = n > 0 && npos > 0 ? args[from] : null;
    PyObject b = n > 1 && npos > 1 ? args[from + 1] : null;
    PyObject c = n > 2 && npos > 2 ? args[from + 2] : null;
    if (sig.checked) {
      if (n > 0) checkClass(sig, 0, a);
      if (n > 1) checkClass(sig, 1, b);
      if (n > 2) checkClass(sig, 2, c);
    }
    MethodHandle h = directHandle;
    if (h == null) {
      if (sig.firstCalls.take(self)) {
        return invokeReflectively(sig, self, n == 0 ? NO_ARGS : n == 1 ? new Object[] {a} : n == 2 ? new Object[] {a, b}
            : new Object[] {a, b, c});
      }
      directHandle = h = directHandle(method, sig.skip, n);  // racy but idempotent
    }
    return switch (n) {
      case 0 -> (PyObject) h.invokeExact(self);
      case 1 -> (PyObject) h.invokeExact(self, a);
      case 2 -> (PyObject) h.invokeExact(self, a, b);
      default -> (PyObject) h.invokeExact(self, a, b, c);
    };
  }

  private static final Object[] NO_ARGS = {};

  /** Calls {@link #method} through reflection with the parsed arguments, as the handles would. */
  private PyObject invokeReflectively(Signature sig, PyObject self, Object[] parsed) throws Throwable {
    Object result = sig.firstCalls.invoke(self, parsed);
    return method.getReturnType() == void.class ? PyNone.NONE : (PyObject) result;
  }
}
