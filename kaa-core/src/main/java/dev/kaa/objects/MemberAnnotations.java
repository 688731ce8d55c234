package dev.kaa.objects;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The {@link PyMethod}, {@link PyGetter} and {@link PySetter} annotations of a class's methods, and the parameter
 * markers of {@link PyMethod}, read from the class file itself rather than through reflection. Reflection makes a
 * dynamic proxy class per annotation type and a proxy per annotation, which cost about half of Kaa's own start-up
 * (docs/performance.md); this reads them once per holder class, and the annotations are plain records: from the
 * index the build's annotation processor writes beside the classes ({@link Index}), else from the class file. When
 * neither can be read, reflection answers.
 *
 * <p>The reading is on every start's path (the builtins module's functions, then each built-in type the program
 * uses), and runs interpreted: the index is one small resource; a class file is read whole from Kaa's jar directly
 * (the class loader's resource lookup searches the JDK's modules first), and only the constant pool entries the
 * annotations name are decoded.
 */
public final class MemberAnnotations {
  /** What the class file says about one method; null members where it has no such annotation. */
  private record Found(PyMethod pyMethod, PyGetter getter, PySetter setter, int[] parameterMarkers) {}

  /** One method of the class file: its descriptor, and its annotations (null: none of ours). */
  private record Declared(String descriptor, Found found) {}

  private static final int OPT = 1, KW_ONLY = 2, STAR = 4, KW_ARGS = 8;

  /** Every method of each class file read, by name (most names are declared once: no descriptor needed). */
  private static final ClassValue<Map<String, List<Declared>>> BY_CLASS = new ClassValue<>() {
    @Override protected Map<String, List<Declared>> computeValue(Class<?> c) { return read(c); }
  };

  /** The jars Kaa's classes come from, kept open once read. */
  private static final Map<String, ZipFile> JARS = new ConcurrentHashMap<>();

  private MemberAnnotations() {}

  /**
   * The methods {@code holder} declares, sorted by name (Java reports them in no fixed order). Not with
   * {@code Comparator.comparing}: its serializable lambda is spun at every start, the AOT cache cannot hold it.
   */
  public static Method[] declaredMethodsByName(Class<?> holder) {
    Method[] methods = holder.getDeclaredMethods();
    Arrays.sort(methods, (a, b) -> a.getName().compareTo(b.getName()));
    return methods;
  }

  /** {@code m.getAnnotation(PyMethod.class)}. */
  public static PyMethod pyMethod(Method m) {
    Map<String, List<Declared>> all = BY_CLASS.get(m.getDeclaringClass());
    if (all == null) return m.getAnnotation(PyMethod.class);
    Found f = find(all, m);
    return f == null ? null : f.pyMethod;
  }

  /** {@code m.getAnnotation(PyGetter.class)}. */
  public static PyGetter getter(Method m) {
    Map<String, List<Declared>> all = BY_CLASS.get(m.getDeclaringClass());
    if (all == null) return m.getAnnotation(PyGetter.class);
    Found f = find(all, m);
    return f == null ? null : f.getter;
  }

  /** {@code m.getAnnotation(PySetter.class)}. */
  public static PySetter setter(Method m) {
    Map<String, List<Declared>> all = BY_CLASS.get(m.getDeclaringClass());
    if (all == null) return m.getAnnotation(PySetter.class);
    Found f = find(all, m);
    return f == null ? null : f.setter;
  }

  /** The {@link PyMethod.Opt}-like markers on the parameters of {@code m}. */
  public static ParameterMarks parameterMarks(Method m) {
    Map<String, List<Declared>> all = BY_CLASS.get(m.getDeclaringClass());
    if (all == null) return (i, marker) -> m.getParameters()[i].isAnnotationPresent(marker);
    Found f = find(all, m);
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

  /** The annotations of {@code m} among its class's methods; the descriptor decides only between overloads. */
  private static Found find(Map<String, List<Declared>> all, Method m) {
    List<Declared> named = all.get(m.getName());
    if (named == null) return null;
    if (named.size() == 1) return named.get(0).found;
    String descriptor = descriptor(m);
    for (Declared d : named) if (d.descriptor.equals(descriptor)) return d.found;
    return null;
  }

  /** The method descriptor, as the class file writes it. */
  private static String descriptor(Method m) {
    StringBuilder b = new StringBuilder().append('(');
    for (Class<?> p : m.getParameterTypes()) descriptor(p, b);
    return descriptor(m.getReturnType(), b.append(')')).toString();
  }

  private static StringBuilder descriptor(Class<?> c, StringBuilder b) {
    if (c.isArray()) return b.append(c.getName().replace('.', '/'));  // already "[Lpkg/Name;" or "[I"
    if (!c.isPrimitive()) return b.append('L').append(c.getName().replace('.', '/')).append(';');
    return b.append(c == void.class ? 'V' : c == boolean.class ? 'Z' : c == byte.class ? 'B' : c == char.class ? 'C'
        : c == short.class ? 'S' : c == int.class ? 'I' : c == long.class ? 'J' : c == float.class ? 'F' : 'D');
  }

  /**
   * The methods of {@code c} by name: from the index written at build time when it lists {@code c}, else from the
   * class file; null when neither can be read.
   */
  private static Map<String, List<Declared>> read(Class<?> c) {
    try {
      URL location = location(c);
      Map<String, List<Declared>> indexed = location == null ? null : index(location).methods(c.getName());
      if (indexed != null) return indexed;
      byte[] file = classFile(c, location);
      return file == null ? null : new ClassFileReader(file).methods();
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /** Whether the build's index lists {@code c}, so that its class file is not read. */
  static boolean indexed(Class<?> c) throws IOException {
    URL location = location(c);
    return location != null && index(location).methods(c.getName()) != null;
  }

  /** Where {@code c} was loaded from (a jar or a directory), or null. */
  private static URL location(Class<?> c) {
    CodeSource source = c.getProtectionDomain().getCodeSource();
    return source == null ? null : source.getLocation();
  }

  /** The bytes of {@code c}'s class file: from its jar or directory, else through its class loader; null if none. */
  private static byte[] classFile(Class<?> c, URL location) throws IOException {
    String entry = c.getName().replace('.', '/') + ".class";
    byte[] bytes = location == null ? null : entry(location, entry);
    if (bytes != null) return bytes;
    try (InputStream in = c.getResourceAsStream("/" + entry)) {
      return in == null ? null : in.readAllBytes();
    }
  }

  /** The file {@code entry} of the jar or directory at {@code location}, or null. */
  private static byte[] entry(URL location, String entry) throws IOException {
    if (!location.getProtocol().equals("file")) return null;
    File where = new File(URI.create(location.toString()));
    if (where.isDirectory()) {
      File f = new File(where, entry);
      return f.isFile() ? Files.readAllBytes(f.toPath()) : null;
    }
    if (!where.isFile()) return null;
    ZipFile jar = JARS.get(where.getPath());
    if (jar == null) {
      ZipFile opened = new ZipFile(where);
      jar = JARS.putIfAbsent(where.getPath(), opened);
      if (jar == null) jar = opened;
      else opened.close();
    }
    ZipEntry e = jar.getEntry(entry);
    if (e == null) return null;
    try (InputStream in = jar.getInputStream(e)) {
      return in.readAllBytes();
    }
  }

  /** The index beside the classes at each location (jar or directory), read once. */
  private static final Map<String, Index> INDEXES = new ConcurrentHashMap<>();

  private static Index index(URL location) {
    return INDEXES.computeIfAbsent(location.toString(), k -> Index.read(location));
  }

  /**
   * The annotations of the classes compiled with this jar or directory, written by the build's annotation processor
   * ({@code dev.kaa.build.MemberAnnotationIndexer}, whose comment gives the format): a table of classes read at
   * once, each class's part only when asked for. Classes it does not list (compiled elsewhere) are read from their
   * class files.
   */
  private static final class Index {
    static final String RESOURCE = "dev/kaa/objects/member-annotations.idx";
    private static final Index NONE = new Index(new byte[0], Map.of(), 0);

    private final byte[] data;
    private final Map<String, Integer> offsets;
    private final int partsStart;

    private Index(byte[] data, Map<String, Integer> offsets, int partsStart) {
      this.data = data;
      this.offsets = offsets;
      this.partsStart = partsStart;
    }

    static Index read(URL location) {
      try {
        byte[] data = entry(location, RESOURCE);
        if (data == null) return NONE;
        IndexReader in = new IndexReader(data, 0);
        if (in.readInt() != 0x4B414131) return NONE;
        int count = in.readInt();
        Map<String, Integer> offsets = new HashMap<>(count * 2);
        for (int i = 0; i < count; i++) offsets.put(in.readUTF(), in.readInt());
        return new Index(data, offsets, in.position());
      } catch (IOException | RuntimeException e) {
        return NONE;
      }
    }

    private static final ArgSpec.Style[] STYLES = ArgSpec.Style.values();
    private static final PyMethod.Kind[] KINDS = PyMethod.Kind.values();

    /**
     * The constant of {@code values} named {@code name}: {@code Enum.valueOf}'s first call per enum finds the
     * constants reflectively, which cost every start ~1.4% of its main thread.
     */
    private static <E extends Enum<E>> E named(E[] values, String name) throws IOException {
      for (E e : values) {
        if (e.name().equals(name)) return e;
      }
      throw new IOException("no constant " + name);
    }

    /** The methods of the class {@code name} by name, or null when the index does not list it. */
    Map<String, List<Declared>> methods(String name) throws IOException {
      Integer offset = offsets.get(name);
      if (offset == null) return null;
      IndexReader in = new IndexReader(data, partsStart + offset);
      Map<String, List<Declared>> byName = new HashMap<>();
      for (int n = in.readInt(); n > 0; n--) {
        String method = in.readUTF();
        String descriptor = in.readUTF();
        int what = in.readByte();
        PyMethod pyMethod = (what & 1) == 0 ? null : new MethodValues(in.readUTF(), in.readInt(), in.readUTF(),
            named(STYLES, in.readUTF()), named(KINDS, in.readUTF()));
        PyGetter getter = (what & 2) == 0 ? null : new GetterValues(in.readUTF(), in.readUTF(), in.readBoolean());
        PySetter setter = (what & 4) == 0 ? null : new SetterValues(in.readUTF());
        int[] markers = null;
        if ((what & 8) != 0) {
          markers = new int[in.readByte()];
          for (int i = 0; i < markers.length; i++) markers[i] = in.readByte();
        }
        Found found = what == 0 ? null : new Found(pyMethod, getter, setter, markers);
        byName.computeIfAbsent(method, k -> new ArrayList<>(1)).add(new Declared(descriptor, found));
      }
      return byName;
    }
  }

  /**
   * Reads the index as {@code DataInputStream} would (big-endian numbers, strings as modified UTF-8), without its
   * byte-by-byte decoding: the table's ~900 class names are read at every start, by code the JVM has not compiled yet.
   */
  private static final class IndexReader {
    private final byte[] b;
    private int at;

    IndexReader(byte[] b, int at) {
      this.b = b;
      this.at = at;
    }

    int position() { return at; }

    int readInt() throws IOException {
      need(4);
      int v = (b[at] & 0xFF) << 24 | (b[at + 1] & 0xFF) << 16 | (b[at + 2] & 0xFF) << 8 | (b[at + 3] & 0xFF);
      at += 4;
      return v;
    }

    byte readByte() throws IOException {
      need(1);
      return b[at++];
    }

    boolean readBoolean() throws IOException { return readByte() != 0; }

    String readUTF() throws IOException {
      need(2);
      String s = modifiedUtf8(b, at);
      at += 2 + ((b[at] & 0xFF) << 8 | (b[at + 1] & 0xFF));
      return s;
    }

    private void need(int n) throws EOFException {
      if (at + n > b.length) throw new EOFException();
    }
  }

  /**
   * The modified UTF-8 string (as class files and {@code DataOutputStream} write it) whose two-byte length is at
   * {@code b[p]}. ASCII, the common case, becomes a string at once.
   */
  private static String modifiedUtf8(byte[] b, int p) throws IOException {
    int length = (b[p] & 0xFF) << 8 | (b[p + 1] & 0xFF);
    if (p + 2 + length > b.length) throw new EOFException();
    for (int i = p + 2; i < p + 2 + length; i++) {
      if (b[i] <= 0) return new DataInputStream(new ByteArrayInputStream(b, p, length + 2)).readUTF();
    }
    return new String(b, p + 2, length, StandardCharsets.ISO_8859_1);
  }

  /** Just enough of the class file format (JVMS chapter 4) to find the annotations of methods. */
  private static final class ClassFileReader {
    private final byte[] b;
    private int at;
    /** Where each constant pool entry's contents start (after its tag). */
    private int[] entries;
    private String[] decoded;

    ClassFileReader(byte[] b) { this.b = b; }

    Map<String, List<Declared>> methods() throws IOException {
      if (u4() != 0xCAFEBABE) throw new IOException("not a class file");
      at += 4;  // minor and major version
      readPool();
      at += 6;  // access flags, this class, super class
      int interfaces = u2();
      at += 2 * interfaces;
      for (int n = u2(); n > 0; n--) {  // fields
        at += 6;
        skipAttributes();
      }
      Map<String, List<Declared>> byName = new HashMap<>();
      for (int n = u2(); n > 0; n--) {
        at += 2;  // access flags
        String name = utf8(u2());
        int descriptor = u2();
        Found f = methodAttributes();
        byName.computeIfAbsent(name, k -> new ArrayList<>(1)).add(new Declared(utf8(descriptor), f));
      }
      return byName;
    }

    private void readPool() throws IOException {
      int count = u2();
      entries = new int[count];
      decoded = new String[count];
      for (int i = 1; i < count; i++) {
        int tag = b[at++];
        entries[i] = at;
        switch (tag) {
          case 1 -> {
            int length = u2();
            at += length;
          }
          case 7, 8, 16, 19, 20 -> at += 2;
          case 15 -> at += 3;
          case 3, 4, 9, 10, 11, 12, 17, 18 -> at += 4;
          case 5, 6 -> {
            at += 8;
            i++;
          }
          default -> throw new IOException("constant pool tag " + tag);
        }
      }
    }

    private Found methodAttributes() throws IOException {
      PyMethod pyMethod = null;
      PyGetter getter = null;
      PySetter setter = null;
      int[] markers = null;
      for (int n = u2(); n > 0; n--) {
        String name = utf8(u2());
        int length = u4();
        if (name.equals("RuntimeVisibleAnnotations")) {
          for (int k = u2(); k > 0; k--) {
            String type = utf8(u2());
            Map<String, Object> values = elementValuePairs();
            switch (type) {
              case "Ldev/kaa/objects/PyMethod;" -> pyMethod = Values.pyMethod(values);
              case "Ldev/kaa/objects/PyGetter;" -> getter = Values.getter(values);
              case "Ldev/kaa/objects/PySetter;" -> setter = new SetterValues((String) values.get("value"));
              default -> {}
            }
          }
        } else if (name.equals("RuntimeVisibleParameterAnnotations")) {
          markers = new int[b[at++] & 0xFF];
          for (int p = 0; p < markers.length; p++) {
            for (int k = u2(); k > 0; k--) {
              String type = utf8(u2());
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
          at += length;
        }
      }
      return pyMethod == null && getter == null && setter == null && markers == null ? null
          : new Found(pyMethod, getter, setter, markers);
    }

    /** An annotation's element-value pairs after its type: constants as Java values, enums as their names. */
    private Map<String, Object> elementValuePairs() throws IOException {
      Map<String, Object> values = new HashMap<>();
      for (int n = u2(); n > 0; n--) {
        String name = utf8(u2());
        values.put(name, elementValue());
      }
      return values;
    }

    private Object elementValue() throws IOException {
      int tag = b[at++];
      switch (tag) {
        case 's' -> { return utf8(u2()); }
        case 'B', 'C', 'I', 'S', 'Z' -> { return intConstant(u2()); }
        case 'D', 'F', 'J' -> {
          at += 2;
          return null;  // no annotation of ours has such an element
        }
        case 'e' -> {
          at += 2;  // the enum's type
          return utf8(u2());
        }
        case 'c' -> {
          at += 2;
          return null;
        }
        case '@' -> {
          at += 2;
          elementValuePairs();
          return null;
        }
        case '[' -> {
          for (int n = u2(); n > 0; n--) elementValue();
          return null;
        }
        default -> throw new IOException("element value tag " + tag);
      }
    }

    private void skipAttributes() {
      for (int n = u2(); n > 0; n--) {
        at += 2;
        int length = u4();
        at += length;
      }
    }

    private int intConstant(int index) {
      int p = entries[index];
      return (b[p] & 0xFF) << 24 | (b[p + 1] & 0xFF) << 16 | (b[p + 2] & 0xFF) << 8 | (b[p + 3] & 0xFF);
    }

    /** Constant pool entry {@code index}, a CONSTANT_Utf8 (modified UTF-8: ASCII is the common case). */
    private String utf8(int index) throws IOException {
      String s = decoded[index];
      if (s == null) {
        s = modifiedUtf8(b, entries[index]);
        decoded[index] = s;
      }
      return s;
    }

    private int u2() { return (b[at++] & 0xFF) << 8 | (b[at++] & 0xFF); }

    private int u4() { return u2() << 16 | u2(); }
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
