package dev.kaa.objects;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;

/**
 * An attribute of a built-in type's instances computed by Java code ({@link PyGetter}, {@link PySetter}): CPython's
 * {@code getset_descriptor}. Always a data descriptor, so an instance dict cannot shadow it; without a setter,
 * assignment is the AttributeError CPython gives.
 */
public final class PyGetSetDescriptor extends PyObject {
  public static final PyType TYPE = new PyType("getset_descriptor", PyType.IMMUTABLE, PyGetSetDescriptor.class,
      PyType.OBJECT);
  private static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();

  public final PyType owner;
  public final String name;
  private final String doc;
  private final boolean readonlyMember;
  private final Class<?> selfClass;
  private final Method getterMethod, setterMethod;
  /** Made after the first calls ({@link ReflectiveCalls}), as a built-in function's. */
  private MethodHandle getter, setter;
  private final ReflectiveCalls firstGets, firstSets;

  PyGetSetDescriptor(PyType owner, String name, String doc, Method getter, Method setter) {
    this.owner = owner;
    this.name = name;
    this.doc = doc;
    PyGetter annotation = MemberAnnotations.getter(getter);  // absent for descriptors made by class creation
    this.readonlyMember = annotation != null && annotation.readonlyMember();
    this.selfClass = Modifier.isStatic(getter.getModifiers()) ? getter.getParameterTypes()[0]
        : getter.getDeclaringClass();
    this.getterMethod = getter;
    this.setterMethod = setter;
    this.firstGets = new ReflectiveCalls(getter, Modifier.isStatic(getter.getModifiers()));
    this.firstSets = setter == null ? null : new ReflectiveCalls(setter, Modifier.isStatic(setter.getModifiers()));
  }

  private static final Object[] NO_ARGS = {};

  private static MethodHandle handle(Method m, MethodType shape) {
    try {
      MethodHandle h = MethodHandles.privateLookupIn(m.getDeclaringClass(), LOOKUP).unreflect(m);
      if (shape.returnType() == void.class) h = MethodHandles.dropReturn(h);
      return h.asType(shape);
    } catch (IllegalAccessException | RuntimeException e) {
      throw new IllegalStateException("bad @PyGetter/@PySetter " + m + ": " + e.getMessage(), e);
    }
  }

  @Override public PyType type() { return TYPE; }

  /** {@code obj.name}. */
  public PyObject get(PyObject obj) {
    checkSelf(obj);
    try {
      MethodHandle h = getter;
      if (h == null) {
        if (firstGets.take(obj)) return (PyObject) firstGets.invoke(obj, NO_ARGS);
        getter = h = handle(getterMethod, MethodType.methodType(PyObject.class, PyObject.class));
      }
      return (PyObject) h.invokeExact(obj);
    } catch (PyException | Error e) {
      throw e;
    } catch (Throwable t) {
      throw Errors.internal(owner.name() + "." + name + ": " + t);
    }
  }

  /** {@code obj.name = value}, or {@code del obj.name} when value is null. */
  public void set(PyObject obj, PyObject value) {
    checkSelf(obj);
    if (setterMethod == null) {
      if (readonlyMember) throw Errors.attributeError("readonly attribute");
      throw Errors.attributeError("attribute '%s' of '%s' objects is not writable", name, owner.builtinTpName());
    }
    try {
      MethodHandle h = setter;
      if (h == null) {
        if (firstSets.take(obj)) {
          firstSets.invoke(obj, new Object[] {value});
          return;
        }
        setter = h = handle(setterMethod, MethodType.methodType(void.class, PyObject.class, PyObject.class));
      }
      h.invokeExact(obj, value);
    } catch (PyException | Error e) {
      throw e;
    } catch (Throwable t) {
      throw Errors.internal(owner.name() + "." + name + ": " + t);
    }
  }

  private void checkSelf(PyObject obj) {
    if (!selfClass.isInstance(obj) || !obj.type().isSubtypeOf(owner)) {
      throw Errors.typeError("descriptor '%s' for '%s' objects doesn't apply to a '%s' object", name, owner.name(),
          obj.type().name());
    }
  }

  @PyMethod("__get__") PyObject getMethod(PyObject obj, @PyMethod.Opt PyObject type) {
    return obj == PyNone.NONE ? this : get(obj);
  }

  @PyMethod("__set__") void setMethod(PyObject obj, PyObject value) { set(obj, value); }

  @PyMethod("__delete__") void deleteMethod(PyObject obj) { set(obj, null); }

  @PyGetter("__name__") PyObject nameAttr() { return new PyStr(name); }

  @PyGetter("__qualname__") PyObject qualnameAttr() { return new PyStr(owner.name() + "." + name); }

  @PyGetter("__objclass__") PyObject objclass() { return owner; }

  @PyGetter("__doc__") PyObject docAttr() { return doc.isEmpty() ? PyNone.NONE : new PyStr(doc); }

  @PyMethod("__repr__") PyObject repr() {
    return new PyStr("<attribute '" + name + "' of '" + owner.name() + "' objects>");
  }
}
