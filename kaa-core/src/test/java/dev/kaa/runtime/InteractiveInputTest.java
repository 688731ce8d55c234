package dev.kaa.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The REPL's "complete, incomplete or error" decision, case by case as python3.12's interactive prompt decides (each
 * case typed there: "..." for incomplete, a SyntaxError at once for invalid). Lines are separated by '|'.
 */
class InteractiveInputTest {
  @ParameterizedTest
  @CsvSource(delimiterString = " => ", value = {
    "x = 1 => complete",
    "1 + 2 => complete",
    "'# not a comment' => complete",
    "# only a comment => complete",
    "a = 1; b = 2 => complete",
    "def f(): => incomplete",
    "def f():|  return 1 => incomplete",
    "def f():|  return 1| => complete",
    "if True: print(1) => incomplete",
    "if True: print(1)| => complete",
    "@dec => incomplete",
    "class C:|  pass|  | => complete",
    "x = ( => incomplete",
    "x = (| => incomplete",
    "f(|  1, => incomplete",
    "x = [1,|2] => complete",
    "s = ''' => incomplete",
    "s = '''| => incomplete",
    "x = \\ => incomplete",
    "if x:|  pass|  y = (|| => incomplete",
    "try:|  pass => incomplete",
    "x = 1 + => invalid",
    "def f(: => invalid",
    "a b => invalid",
    "for x in y => invalid",
    "lambda: => invalid",
    "if True:|    pass|else => invalid",
    "if x:|  pass|elif => invalid",
    "if x:|  a|    b => invalid",
    "def f():|  x = ) => invalid",
    "print((1)|import sys => invalid",
    "f(a b => invalid",
    "if True:| => invalid",
  })
  void decidesAsCPythonsPrompt(String lines, String expected) {
    String source = lines.replace('|', '\n') + "\n";
    InteractiveInput.Verdict v = InteractiveInput.classify(source);
    String actual = switch (v) {
      case InteractiveInput.Complete c -> "complete";
      case InteractiveInput.Incomplete i -> "incomplete";
      case InteractiveInput.Invalid e -> "invalid";
    };
    assertEquals(expected, actual, source);
  }

  @ParameterizedTest
  @CsvSource(delimiterString = " => ", value = {"def f(: => invalid syntax", "if True:| => expected an indented block after 'if' statement on line 1"})
  void anErrorIsTheOneCompileReports(String lines, String message) {
    InteractiveInput.Verdict v = InteractiveInput.classify(lines.replace('|', '\n') + "\n");
    assertEquals(message, assertInstanceOf(InteractiveInput.Invalid.class, v).error().msg);
  }
}
