package dev.kaa.build;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.tools.StandardLocation;

/**
 * Writes, as Kaa's classes compile, the index of their methods' {@code PyMethod}, {@code PyGetter} and
 * {@code PySetter} annotations and parameter markers that {@code dev.kaa.objects.MemberAnnotations} reads at run
 * time instead of each holder's class file (docs/performance.md, session 9): one small resource, no class file to
 * find, inflate and parse per built-in type and module at every start. Every class compiled is listed, with or
 * without such methods, so that a listed class needs nothing else; a class the index does not list (compiled
 * elsewhere) is read from its class file as before.
 *
 * <p>Format ({@code DataOutputStream}): the magic {@code KAA1}; the number of classes; each class's binary name and
 * the offset of its part after the table; then each part: the number of methods (those with annotations, and the
 * overloads of their names), and for each its name, descriptor, a byte of what follows (1 {@code PyMethod}: value, positionalOnly, doc, style, kind; 2 {@code PyGetter}: value,
 * doc, readonlyMember; 4 {@code PySetter}: value; 8 parameter markers: their count, then a byte each), every
 * element written out, defaults included.
 */
@SupportedAnnotationTypes("*")
public final class MemberAnnotationIndexer extends AbstractProcessor {
  static final String RESOURCE = "dev/kaa/objects/member-annotations.idx";
  private static final String OBJECTS = "dev.kaa.objects.";

  private final List<String> names = new ArrayList<>();
  private final List<byte[]> parts = new ArrayList<>();

  @Override public SourceVersion getSupportedSourceVersion() { return SourceVersion.latestSupported(); }

  @Override public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    try {
      for (Element e : round.getRootElements()) {
        if (e instanceof TypeElement t) index(t);
      }
      if (round.processingOver()) write();
    } catch (IOException x) {
      processingEnv.getMessager().printMessage(javax.tools.Diagnostic.Kind.ERROR, "member annotation index: " + x);
    }
    return false;
  }

  private void index(TypeElement type) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    DataOutputStream out = new DataOutputStream(bytes);
    List<ExecutableElement> methods = new ArrayList<>();
    Set<String> annotatedNames = new java.util.HashSet<>();
    for (Element member : type.getEnclosedElements()) {
      if (member instanceof ExecutableElement m && m.getKind() == javax.lang.model.element.ElementKind.METHOD) {
        methods.add(m);
        if (annotated(m)) annotatedNames.add(m.getSimpleName().toString());
      }
      if (member instanceof TypeElement nested) index(nested);
    }
    // the annotated methods, and their unannotated overloads (the reader tells overloads apart by descriptor)
    methods.removeIf(m -> !annotatedNames.contains(m.getSimpleName().toString()));
    out.writeInt(methods.size());
    for (ExecutableElement m : methods) method(m, out);
    names.add(processingEnv.getElementUtils().getBinaryName(type).toString());
    parts.add(bytes.toByteArray());
  }

  private void method(ExecutableElement m, DataOutputStream out) throws IOException {
    AnnotationMirror pyMethod = annotation(m, "PyMethod"), getter = annotation(m, "PyGetter"),
        setter = annotation(m, "PySetter");
    int[] markers = markers(m);
    out.writeUTF(m.getSimpleName().toString());
    out.writeUTF(descriptor(m));
    out.writeByte((pyMethod == null ? 0 : 1) | (getter == null ? 0 : 2) | (setter == null ? 0 : 4)
        | (markers == null ? 0 : 8));
    if (pyMethod != null) {
      Map<String, Object> v = values(pyMethod);
      out.writeUTF((String) v.get("value"));
      out.writeInt((Integer) v.get("positionalOnly"));
      out.writeUTF((String) v.get("doc"));
      out.writeUTF((String) v.get("style"));
      out.writeUTF((String) v.get("kind"));
    }
    if (getter != null) {
      Map<String, Object> v = values(getter);
      out.writeUTF((String) v.get("value"));
      out.writeUTF((String) v.get("doc"));
      out.writeBoolean((Boolean) v.get("readonlyMember"));
    }
    if (setter != null) out.writeUTF((String) values(setter).get("value"));
    if (markers != null) {
      out.writeByte(markers.length);
      for (int bits : markers) out.writeByte(bits);
    }
  }

  private static boolean annotated(ExecutableElement m) {
    return annotation(m, "PyMethod") != null || annotation(m, "PyGetter") != null
        || annotation(m, "PySetter") != null || markers(m) != null;
  }

  /** The annotation {@code dev.kaa.objects.NAME} on {@code e}, or null. */
  private static AnnotationMirror annotation(Element e, String name) {
    for (AnnotationMirror a : e.getAnnotationMirrors()) {
      if (((TypeElement) a.getAnnotationType().asElement()).getQualifiedName().contentEquals(OBJECTS + name)) {
        return a;
      }
    }
    return null;
  }

  /** Each parameter's markers (1 Opt, 2 KwOnly, 4 Star, 8 KwArgs), or null when none has one. */
  private static int[] markers(ExecutableElement m) {
    List<? extends VariableElement> parameters = m.getParameters();
    int[] bits = new int[parameters.size()];
    boolean any = false;
    for (int i = 0; i < bits.length; i++) {
      Element p = parameters.get(i);
      if (annotation(p, "PyMethod.Opt") != null) bits[i] |= 1;
      if (annotation(p, "PyMethod.KwOnly") != null) bits[i] |= 2;
      if (annotation(p, "PyMethod.Star") != null) bits[i] |= 4;
      if (annotation(p, "PyMethod.KwArgs") != null) bits[i] |= 8;
      any |= bits[i] != 0;
    }
    return any ? bits : null;
  }

  /** Every element of {@code a}, defaults included: constants as themselves, enum constants by name. */
  private Map<String, Object> values(AnnotationMirror a) {
    Map<String, Object> values = new java.util.HashMap<>();
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e
        : processingEnv.getElementUtils().getElementValuesWithDefaults(a).entrySet()) {
      Object v = e.getValue().getValue();
      values.put(e.getKey().getSimpleName().toString(),
          v instanceof VariableElement constant ? constant.getSimpleName().toString() : v);
    }
    return values;
  }

  /** The method's descriptor as its class file writes it (JVMS 4.3.3). */
  private String descriptor(ExecutableElement m) {
    StringBuilder b = new StringBuilder().append('(');
    for (VariableElement p : m.getParameters()) descriptor(p.asType(), b);
    return descriptor(m.getReturnType(), b.append(')')).toString();
  }

  private StringBuilder descriptor(TypeMirror type, StringBuilder b) {
    TypeMirror t = processingEnv.getTypeUtils().erasure(type);
    switch (t.getKind()) {
      case BOOLEAN: return b.append('Z');
      case BYTE: return b.append('B');
      case CHAR: return b.append('C');
      case SHORT: return b.append('S');
      case INT: return b.append('I');
      case LONG: return b.append('J');
      case FLOAT: return b.append('F');
      case DOUBLE: return b.append('D');
      case VOID: return b.append('V');
      case ARRAY: return descriptor(((ArrayType) t).getComponentType(), b.append('['));
      default:
        TypeElement element = (TypeElement) ((DeclaredType) t).asElement();
        String name = processingEnv.getElementUtils().getBinaryName(element).toString();
        return b.append('L').append(name.replace('.', '/')).append(';');
    }
  }

  private void write() throws IOException {
    ByteArrayOutputStream table = new ByteArrayOutputStream();
    DataOutputStream out = new DataOutputStream(table);
    out.writeInt(0x4B414131);
    out.writeInt(names.size());
    int offset = 0;
    for (int i = 0; i < names.size(); i++) {
      out.writeUTF(names.get(i));
      out.writeInt(offset);
      offset += parts.get(i).length;
    }
    try (OutputStream file = processingEnv.getFiler()
        .createResource(StandardLocation.CLASS_OUTPUT, "", RESOURCE).openOutputStream()) {
      table.writeTo(file);
      for (byte[] part : parts) file.write(part);
    }
  }
}
