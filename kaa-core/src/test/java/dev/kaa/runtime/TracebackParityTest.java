package dev.kaa.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.kaa.compile.CodeGen;
import dev.kaa.compile.FrontEnd;
import dev.kaa.interp.BuildClass;
import dev.kaa.interp.Eval;
import dev.kaa.objects.ExceptionTypes;
import dev.kaa.objects.PyBuiltinMethod;
import dev.kaa.objects.PyDict;
import dev.kaa.objects.PyException;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyStr;
import dev.kaa.objects.PyType;
import dev.kaa.parse.Warnings;
import dev.kaa.testing.CPython;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Programs that end in an uncaught exception, run by the interpreter and printed by {@link TracebackPrinter} from
 * its traceback objects, against what python3.12 writes to stderr for the same file (skipped without CPython).
 * Only the exception classes are built in, so the programs use nothing else.
 */
class TracebackParityTest {
  @TempDir static Path dir;

  private static final Map<String, String> PROGRAMS = Map.ofEntries(
      Map.entry("subscript", """
          def pick(t, i):
              return t[0] + t[ i ]
          def report(t):
              return pick(t, 'x')
          report((1, 2))
          """),
      Map.entry("binary_operator", """
          def join(a, b):
              return (a)  +  b
          join([1], (2,))
          """),
      Map.entry("raise_from", """
          class ConfigError(Exception):
              pass
          def load():
              try:
                  raise KeyError('port')
              except KeyError as e:
                  raise ConfigError('no port configured') from e
          load()
          """),
      Map.entry("context", """
          try:
              raise ValueError('first')
          except ValueError:
              raise TypeError('second')
          """),
      Map.entry("from_none", """
          try:
              raise ValueError('first')
          except ValueError:
              raise RuntimeError('only this') from None
          """),
      Map.entry("recursion", """
          def down(n):
              return down(n + 1)
          down(0)
          """),
      Map.entry("group", """
          def fail(n):
              raise ValueError(n)
          errors = []
          for n in (1, 2):
              try:
                  fail(n)
              except ValueError as e:
                  errors.append(e)
          eg = ExceptionGroup('several', errors)
          eg.add_note('collected in a loop')
          raise eg
          """),
      Map.entry("method", """
          class Stack:
              def __init__(self):
                  self.items = []
              def pop(self):
                  if not self.items:
                      raise IndexError('pop from empty stack')
                  return self.items.pop()
          s = Stack()
          s.pop()
          """),
      Map.entry("did_you_mean", """
          class Config:
              def __init__(self):
                  self.timeout = 3
              def limit(self):
                  return timeuot
          def run(config):
              try:
                  config.timeot
              except AttributeError as e:
                  pass
              Config.limt
          try:
              run(Config())
          except AttributeError:
              Config().limit()
          """),
      Map.entry("self_attribute", """
          class Config:
              def __init__(self):
                  self.timeout = 3
              def limit(self):
                  return timeout
          Config().limit()
          """),
      Map.entry("multiline", """
          def check(a,
                    b):
              raise AssertionError(a)
          check(1,
                2)
          """));

  @TestFactory Stream<DynamicTest> tracebacksMatchCPython() {
    Assumptions.assumeTrue(CPython.find() != null, "CPython 3.12 not found");
    return PROGRAMS.keySet().stream().sorted().map(name -> DynamicTest.dynamicTest(name, () -> check(name)));
  }

  private static void check(String name) throws IOException {
    Path file = dir.resolve(name + ".py");
    Files.writeString(file, PROGRAMS.get(name));
    String expected = CPython.run("import subprocess, sys\n"
        + "r = subprocess.run([sys.executable, sys.argv[1] if len(sys.argv) > 1 else " + pyString(file.toString())
        + "], capture_output=True)\nsys.stdout.write(r.stderr.decode())\n", "");
    assertEquals(expected, run(file));
  }

  private static String pyString(String s) { return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'"; }

  /** The class statement's protocol, without the interpreter whose builtins module has it as a function. */
  private static final PyObject BUILD_CLASS = new PyObject() {
    @Override public PyType type() { return PyBuiltinMethod.TYPE; }

    @Override public PyObject call(PyObject[] args, int from, int npos, String[] kwnames) {
      return BuildClass.build(Arrays.copyOfRange(args, from, from + npos), null);
    }
  };

  private static String run(Path file) throws IOException {
    String filename = file.toString();
    FrontEnd.Result front = FrontEnd.compileFile(Files.readAllBytes(file), filename, Warnings.IGNORE);
    PyDict builtins = new PyDict();
    for (PyType t : ExceptionTypes.ALL) builtins.put(new PyStr(t.name()), t);
    builtins.put(new PyStr("__build_class__"), BUILD_CLASS);
    PyDict globals = new PyDict();
    globals.put(new PyStr("__name__"), new PyStr("__main__"));
    PyException e = assertThrows(PyException.class,
        () -> Eval.execModule(CodeGen.compile(front, filename, 0), globals, builtins));
    return new TracebackPrinter(InterpreterFrames.INSTANCE).format(e.value());
  }
}
