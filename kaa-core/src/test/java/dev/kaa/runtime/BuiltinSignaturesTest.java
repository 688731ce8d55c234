package dev.kaa.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every built-in function and method declaration reads as a signature. Signatures are read at a built-in's first
 * call or introspection (BuiltinFunction, docs/performance.md session 10), not when its type or module is bound, so
 * a declaration Kaa cannot bind would otherwise only fail when a program first touches it: this asks every one.
 */
class BuiltinSignaturesTest {
  private static final String PROGRAM = """
      import sys, builtins
      seen, count = set(), 0
      def visit(obj, depth):
          global count
          if id(obj) in seen or depth > 2:
              return
          seen.add(id(obj))
          for name in dir(obj):
              try:
                  value = getattr(obj, name)
              except Exception:
                  continue
              kind = type(value).__name__
              if kind in ('builtin_function_or_method', 'method_descriptor', 'wrapper_descriptor',
                          'classmethod_descriptor', 'method-wrapper'):
                  value.__text_signature__
                  count += 1
              elif isinstance(value, type):
                  visit(value, depth + 1)
      visit(builtins, 0)
      for name in sys.builtin_module_names:
          try:
              module = __import__(name)
          except ImportError:
              continue
          visit(module, 0)
      print(count > 2000)
      """;

  @Test void everyBuiltinDeclarationReadsAsASignature() {
    ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
    Interpreter interp = new Interpreter(new Interpreter.Config(List.of("-c"), null, "kaa",
        new ByteArrayInputStream(new byte[0]), out, err));
    int status = ProgramRunner.run(interp, PROGRAM.getBytes(StandardCharsets.UTF_8), "<string>", false);
    assertEquals("", err.toString(StandardCharsets.UTF_8));
    assertEquals(0, status);
    assertEquals("True\n", out.toString(StandardCharsets.UTF_8));
  }
}
