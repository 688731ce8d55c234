package dev.kaa.modules.testcapi;

import dev.kaa.objects.PyInt;
import dev.kaa.objects.PyMethod;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyStr;
import dev.kaa.runtime.ProgramRunner;
import dev.kaa.runtime.PyModule;
import java.nio.charset.StandardCharsets;

/** CPython's {@code _testcapi.run_in_subinterp}: code run in a new interpreter of the same process. */
final class Subinterpreters {
  private Subinterpreters() {}

  /**
   * Runs {@code code} as {@code __main__} of a new interpreter ({@link dev.kaa.runtime.Interpreter#subinterpreter}),
   * which then ends as CPython's {@code Py_EndInterpreter}: its non-daemon threads are joined. 0, or -1 after the
   * uncaught exception was printed ({@code PyRun_SimpleString}'s result).
   */
  @PyMethod(value = "run_in_subinterp", doc = "Run code in a new interpreter; 0 on success, -1 after an exception.")
  static PyObject runInSubinterp(PyModule self, PyStr code) {
    byte[] source = code.value.getBytes(StandardCharsets.UTF_8);
    int status = ProgramRunner.run(self.interpreter().subinterpreter(), source, "<string>", false);
    return PyInt.of(status == 0 ? 0 : -1);
  }
}
