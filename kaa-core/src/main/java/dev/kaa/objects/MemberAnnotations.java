package dev.kaa.objects;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.HashMap;
import java.util.Map;

/**
 * The {@link PyMethod}, {@link PyGetter} and {@link PySetter} annotations of a class's methods, and the parameter
 * markers of {@link PyMethod}, read from the class file itself rather than through reflection. Reflection makes a
 * dynamic proxy class per annotation type and a proxy per annotation, which cost about half of Kaa's own start-up
 * (docs/performance.md); this reads each holder class's file once, and the annotations are plain records. When the
 * class file cannot be read, reflection answers.
 */
public final class MemberAnnotations {
  /** What the class file says about one method; null members where it has no such annotation. */
  private record Found(PyMethod pyMethod, PyGetter getter, PySetter setter, int[] parameterMarkers) {}

  private static final int OPT = 1, KW_ONLY = 2, STAR = 4, KW_ARGS = 8;

  private static final ClassValue<Map<String, Found>> BY_CLASS = new ClassValue<>() {
    @Override protected Map<String, Found> computeValue(Class<?> c) { return read(c); }
  };

  private MemberAnnotations() {}

  /** {@code m.getAnnotation(PyMethod.class)}. */
  public static PyMethod pyMethod(Method m) {
    Map<String, Found> all = BY_CLASS.get(m.getDeclaringClass());
    if (all == null) return m.getAnnotation(PyMethod.class);
    Found f = all.get(key(m));
    return f == null ? null : f.pyMethod;
  }

  /** {@code m.getAnnotation(PyGetter.class)}. */
  public static PyGetter getter(Method m) {
    Map<String, Found> all = BY_CLASS.get(m.getDeclaringClass());
    if (all == null) return m.getAnnotation(PyGetter.class);
    Found f = all.get(key(m));
    return f == null ? null : f.getter;
  }

  /** {@code m.getAnnotation(PySetter.class)}. */
  public static PySetter setter(Method m) {
    Map<String, Found> all = BY_CLASS.get(m.getDeclaringClass());
    if (all == null) return m.getAnnotation(PySetter.class);
    Found f = all.get(key(m));
    return f == null ? null : f.setter;
  }

  /** The {@link PyMethod.Opt}-like markers on the parameters of {@code m}. */
  public static ParameterMarks parameterMarks(Method m) {
    Map<String, Found> all = BY_CLASS.get(m.getDeclaringClass());
    if (all == null) return (i, marker) -> m.getParameters()[i].isAnnotationPresent(marker);
    Found f = all.get(key(m));
    int[] bits = f == null ? null : f.parameterMarkers;
    return (i, marker) -> bits != null && i < bits.length && (bits[i] & markerBit(marker)) != 0;
  }

  /** Which markers the parameters of one method carry. */
  public interface ParameterMarks {
    /** Whether parameter {@code i} carries {@code marker} ({@link PyMethod.Opt} or a sibling). */
    boolean has(int i, Class<? extends Annotation> marker);
  }

  private static int markerBit(Class<? extends Annotation> marker) {
    if (marker == PyMethod.Opt.class) return OPT;
    if (marker == PyMethod.KwOnly.class) return KW_ONLY;
    if (marker == PyMethod.Star.class) return STAR;
    if (marker == PyMethod.KwArgs.class) return KW_ARGS;
    throw new IllegalArgumentException("not a parameter marker: " + marker);
  }

  /** Name and descriptor, as the class file identifies a method. */
  private static String key(Method m) {
    StringBuilder b = new StringBuilder(m.getName()).append('(');
    for (Class<?> p : m.getParameterTypes()) descriptor(p, b);
    return descriptor(m.getReturnType(), b.append(')')).toString();
  }

  private static StringBuilder descriptor(Class<?> c, StringBuilder b) {
    if (c.isArray()) return b.append(c.getName().replace('.', '/'));  // already "[Lpkg/Name;" or "[I"
    if (!c.isPrimitive()) return b.append('L').append(c.getName().replace('.', '/')).append(';');
    return b.append(c == void.class ? 'V' : c == boolean.class ? 'Z' : c == byte.class ? 'B' : c == char.class ? 'C'
        : c == short.class ? 'S' : c == int.class ? 'I' : c == long.class ? 'J' : c == float.class ? 'F' : 'D');
  }

  /** The annotated methods of {@code c} by name and descriptor, or null when its class file cannot be read. */
  private static Map<String, Found> read(Class<?> c) {
    try (InputStream in = c.getResourceAsStream("/" + c.getName().replace('.', '/') + ".class")) {
      return in == null ? null : new ClassFileReader(new DataInputStream(in)).methods();
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /** Just enough of the class file format (JVMS chapter 4) to find the annotations of methods. */
  private static final class ClassFileReader {
    private final DataInputStream in;
    private Object[] pool;

    ClassFileReader(DataInputStream in) { this.in = in; }

    Map<String, Found> methods() throws IOException {
      if (in.readInt() != 0xCAFEBABE) throw new IOException("not a class file");
      in.readInt();  // minor and major version
      readPool();
      in.readUnsignedShort();  // access flags
      in.readUnsignedShort();  // this class
      in.readUnsignedShort();  // super class
      skip(2 * in.readUnsignedShort());  // interfaces
      for (int n = in.readUnsignedShort(); n > 0; n--) {  // fields
        skip(6);
        skipAttributes();
      }
      Map<String, Found> found = new HashMap<>();
      for (int n = in.readUnsignedShort(); n > 0; n--) {
        in.readUnsignedShort();  // access flags
        String name = utf8(in.readUnsignedShort());
        String descriptor = utf8(in.readUnsignedShort());
        Found f = methodAttributes();
        if (f != null) found.put(name + descriptor, f);
      }
      return found;
    }

    private void readPool() throws IOException {
      int count = in.readUnsignedShort();
      pool = new Object[count];
      for (int i = 1; i < count; i++) {
        int tag = in.readUnsignedByte();
        switch (tag) {
          case 1 -> pool[i] = in.readUTF();
          case 3 -> pool[i] = in.readInt();
          case 4 -> pool[i] = in.readFloat();
          case 5 -> pool[i++] = in.readLong();
          case 6 -> pool[i++] = in.readDouble();
          case 7, 8, 16, 19, 20 -> skip(2);
          case 15 -> skip(3);
          case 9, 10, 11, 12, 17, 18 -> skip(4);
          default -> throw new IOException("constant pool tag " + tag);
        }
      }
    }

    private Found methodAttributes() throws IOException {
      PyMethod pyMethod = null;
      PyGetter getter = null;
      PySetter setter = null;
      int[] markers = null;
      for (int n = in.readUnsignedShort(); n > 0; n--) {
        String name = utf8(in.readUnsignedShort());
        int length = in.readInt();
        if (name.equals("RuntimeVisibleAnnotations")) {
          for (int k = in.readUnsignedShort(); k > 0; k--) {
            String type = utf8(in.readUnsignedShort());
            Map<String, Object> values = elementValuePairs();
            switch (type) {
              case "Ldev/kaa/objects/PyMethod;" -> pyMethod = Values.pyMethod(values);
              case "Ldev/kaa/objects/PyGetter;" -> getter = Values.getter(values);
              case "Ldev/kaa/objects/PySetter;" -> setter = new SetterValues((String) values.get("value"));
              default -> {}
            }
          }
        } else if (name.equals("RuntimeVisibleParameterAnnotations")) {
          markers = new int[in.readUnsignedByte()];
          for (int p = 0; p < markers.length; p++) {
            for (int k = in.readUnsignedShort(); k > 0; k--) {
              String type = utf8(in.readUnsignedShort());
              elementValuePairs();
              markers[p] |= switch (type) {
                case "Ldev/kaa/objects/PyMethod$Opt;" -> OPT;
                case "Ldev/kaa/objects/PyMethod$KwOnly;" -> KW_ONLY;
                case "Ldev/kaa/objects/PyMethod$Star;" -> STAR;
                case "Ldev/kaa/objects/PyMethod$KwArgs;" -> KW_ARGS;
                default -> 0;
              };
            }
          }
        } else {
          skip(length);
        }
      }
      return pyMethod == null && getter == null && setter == null && markers == null ? null
          : new Found(pyMethod, getter, setter, markers);
    }

    /** An annotation's element-value pairs after its type: constants as Java values, enums as their names. */
    private Map<String, Object> elementValuePairs() throws IOException {
      Map<String, Object> values = new HashMap<>();
      for (int n = in.readUnsignedShort(); n > 0; n--) {
        String name = utf8(in.readUnsignedShort());
        values.put(name, elementValue());
      }
      return values;
    }

    private Object elementValue() throws IOException {
      int tag = in.readUnsignedByte();
      switch (tag) {
        case 'B', 'C', 'D', 'F', 'I', 'J', 'S', 'Z', 's' -> { return pool[in.readUnsignedShort()]; }
        case 'e' -> {
          in.readUnsignedShort();  // the enum's type
          return utf8(in.readUnsignedShort());
        }
        case 'c' -> {
          in.readUnsignedShort();
          return null;
        }
        case '@' -> {
          in.readUnsignedShort();
          elementValuePairs();
          return null;
        }
        case '[' -> {
          for (int n = in.readUnsignedShort(); n > 0; n--) elementValue();
          return null;
        }
        default -> throw new IOException("element value tag " + tag);
      }
    }

    private void skipAttributes() throws IOException {
      for (int n = in.readUnsignedShort(); n > 0; n--) {
        in.readUnsignedShort();
        skip(in.readInt());
      }
    }

    private String utf8(int index) { return (String) pool[index]; }

    private void skip(int n) throws IOException { in.skipNBytes(n); }
  }

  /** Annotation values with the annotation types' own defaults for the elements a use leaves out. */
  private static final class Values {
    private static final PyMethod DEFAULT_METHOD = new MethodValues((String) defaultOf(PyMethod.class, "value"),
        (Integer) defaultOf(PyMethod.class, "positionalOnly"), (String) defaultOf(PyMethod.class, "doc"),
        (ArgSpec.Style) defaultOf(PyMethod.class, "style"), (PyMethod.Kind) defaultOf(PyMethod.class, "kind"));
    private static final String DEFAULT_GETTER_DOC = (String) defaultOf(PyGetter.class, "doc");
    private static final boolean DEFAULT_READONLY = (Boolean) defaultOf(PyGetter.class, "readonlyMember");

    static PyMethod pyMethod(Map<String, Object> v) {
      PyMethod d = DEFAULT_METHOD;
      return new MethodValues((String) v.getOrDefault("value", d.value()),
          (Integer) v.getOrDefault("positionalOnly", d.positionalOnly()), (String) v.getOrDefault("doc", d.doc()),
          v.containsKey("style") ? ArgSpec.Style.valueOf((String) v.get("style")) : d.style(),
          v.containsKey("kind") ? PyMethod.Kind.valueOf((String) v.get("kind")) : d.kind());
    }

    static PyGetter getter(Map<String, Object> v) {
      Object readonly = v.get("readonlyMember");
      return new GetterValues((String) v.get("value"), (String) v.getOrDefault("doc", DEFAULT_GETTER_DOC),
          readonly == null ? DEFAULT_READONLY : (Integer) readonly != 0);
    }

    private static Object defaultOf(Class<? extends Annotation> type, String element) {
      try {
        return type.getDeclaredMethod(element).getDefaultValue();
      } catch (NoSuchMethodException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  private record MethodValues(String value, int positionalOnly, String doc, ArgSpec.Style style, PyMethod.Kind kind)
      implements PyMethod {
    @Override public Class<? extends Annotation> annotationType() { return PyMethod.class; }
  }

  private record GetterValues(String value, String doc, boolean readonlyMember) implements PyGetter {
    @Override public Class<? extends Annotation> annotationType() { return PyGetter.class; }
  }

  private record SetterValues(String value) implements PySetter {
    @Override public Class<? extends Annotation> annotationType() { return PySetter.class; }
  }
}
