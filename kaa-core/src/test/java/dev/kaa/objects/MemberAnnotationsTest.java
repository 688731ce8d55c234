package dev.kaa.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** {@link MemberAnnotations} (the build's index, or class files) answers as reflection does, for every class of Kaa. */
class MemberAnnotationsTest {
  private static final List<Class<? extends Annotation>> MARKERS =
      List.of(PyMethod.Opt.class, PyMethod.KwOnly.class, PyMethod.Star.class, PyMethod.KwArgs.class);

  @Test
  void everyAnnotatedMethodReadsAsReflectionSeesIt() throws Exception {
    int annotated = 0;
    for (Class<?> c : kaaClasses()) {
      for (Method m : c.getDeclaredMethods()) {
        String where = m.toString();
        PyMethod expected = m.getAnnotation(PyMethod.class), actual = MemberAnnotations.pyMethod(m);
        assertEquals(expected == null, actual == null, where);
        if (expected != null) {
          annotated++;
          assertFalse(Proxy.isProxyClass(actual.getClass()), "read by reflection: " + where);
          assertEquals(List.of(expected.value(), expected.positionalOnly(), expected.doc(), expected.style(),
              expected.kind()), List.of(actual.value(), actual.positionalOnly(), actual.doc(), actual.style(),
              actual.kind()), where);
        }
        PyGetter g = m.getAnnotation(PyGetter.class), ga = MemberAnnotations.getter(m);
        assertEquals(g == null, ga == null, where);
        if (g != null) {
          assertEquals(List.of(g.value(), g.doc(), g.readonlyMember()),
              List.of(ga.value(), ga.doc(), ga.readonlyMember()), where);
        }
        PySetter s = m.getAnnotation(PySetter.class), sa = MemberAnnotations.setter(m);
        assertEquals(s == null ? null : s.value(), sa == null ? null : sa.value(), where);
        MemberAnnotations.ParameterMarks marks = MemberAnnotations.parameterMarks(m);
        for (int i = 0; i < m.getParameterCount(); i++) {
          for (Class<? extends Annotation> marker : MARKERS) {
            assertEquals(m.getParameters()[i].isAnnotationPresent(marker), marks.has(i, marker), where + " " + i);
          }
        }
      }
    }
    assertTrue(annotated > 500, "only " + annotated + " @PyMethod methods found");
  }

  /** The build's index (an annotation processor's) lists Kaa's classes, nested ones too: no class file is read. */
  @Test
  void theBuildIndexListsKaasClasses() throws Exception {
    for (Class<?> c : List.of(PyList.class, PyMethod.class, MemberAnnotations.class, PyDict.class)) {
      assertTrue(MemberAnnotations.indexed(c), c.getName());
    }
    for (Class<?> c : PyList.class.getDeclaredClasses()) assertTrue(MemberAnnotations.indexed(c), c.getName());
  }

  /** Every class compiled from Kaa's main sources. */
  private static List<Class<?>> kaaClasses() throws IOException, ClassNotFoundException {
    Path root = Path.of(PyObject.class.getProtectionDomain().getCodeSource().getLocation().getPath());
    List<Class<?>> classes = new java.util.ArrayList<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path p : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".class"))::iterator) {
        String name = root.relativize(p).toString().replace('/', '.').replaceAll("\\.class$", "");
        if (name.startsWith("dev.kaa.")) classes.add(Class.forName(name, false, PyObject.class.getClassLoader()));
      }
    }
    return classes;
  }
}
