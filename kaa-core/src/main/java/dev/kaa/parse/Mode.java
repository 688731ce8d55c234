package dev.kaa.parse;

/** What the source is parsed as: the {@code mode} argument of {@code compile()} and {@code ast.parse()}. */
public enum Mode {
  /** A module: {@code Module(body, type_ignores)}. */
  EXEC("exec"),
  /** One expression: {@code Expression(body)}. */
  EVAL("eval"),
  /** One interactive statement, as the REPL reads it: {@code Interactive(body)}. */
  SINGLE("single"),
  /** A function type comment such as {@code (int, str) -> bool}: {@code FunctionType(argtypes, returns)}. */
  FUNC_TYPE("func_type");

  /** The mode's name as {@code compile()} spells it. */
  public final String pythonName;

  Mode(String pythonName) { this.pythonName = pythonName; }
}
