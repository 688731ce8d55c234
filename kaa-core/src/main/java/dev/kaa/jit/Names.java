package dev.kaa.jit;

/** Internal names and descriptors of the classes generated code uses. */
final class Names {
  private Names() {}

  static final String INTERP = "dev/kaa/interp/";
  static final String OBJECTS = "dev/kaa/objects/";
  static final String OBJECT = "java/lang/Object";
  static final String PY_OBJECT = OBJECTS + "PyObject";
  static final String FRAME = INTERP + "Frame";
  static final String THREAD_STATE = INTERP + "ThreadState";
  static final String SUPPORT = INTERP + "JitSupport";
  static final String JIT_CODE = INTERP + "JitCode";
  static final String PY_CODE = INTERP + "PyCode";
  static final String OPS = INTERP + "Ops";
  static final String UNWIND = INTERP + "Unwind";
  static final String PY_BOOL = OBJECTS + "PyBool";

  static final String D_OBJ = "L" + PY_OBJECT + ";";
  static final String D_OBJS = "[" + D_OBJ;
  static final String D_FRAME = "L" + FRAME + ";";
  static final String D_TS = "L" + THREAD_STATE + ";";
  static final String D_STR = "Ljava/lang/String;";
  static final String D_BOOL = "L" + PY_BOOL + ";";

  /** A method descriptor from parameter descriptors and a return descriptor. */
  static String desc(String ret, String... params) {
    return "(" + String.join("", params) + ")" + ret;
  }
}
