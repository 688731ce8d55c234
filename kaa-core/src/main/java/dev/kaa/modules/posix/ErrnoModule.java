package dev.kaa.modules.posix;

import dev.kaa.objects.PyDict;
import dev.kaa.objects.PyInt;
import dev.kaa.objects.PyStr;
import dev.kaa.runtime.Interpreter;
import dev.kaa.runtime.PyModule;
import java.util.Map;

/** The {@code errno} module: Linux's error names and numbers, and {@code errorcode} from number to name. */
public final class ErrnoModule {
  private ErrnoModule() {}

  public static final String NAME = "errno";

  private static final String DOC = "This module makes available standard errno system symbols.\n\n"
      + "The value of each symbol is the corresponding integer value,\n"
      + "e.g., on most systems, errno.ENOENT equals the integer 2.\n\n"
      + "The dictionary errno.errorcode maps numeric codes to symbol names,\n"
      + "e.g., errno.errorcode[2] could be the string 'ENOENT'.\n\n"
      + "Symbols that are not relevant to the underlying system are not defined.\n\n"
      + "To map error codes to error messages, use the function os.strerror(),\n"
      + "e.g. os.strerror(2) could return 'No such file or directory'.";

  public static PyModule create(Interpreter interp) {
    PyModule m = new PyModule(NAME, new PyStr(DOC), interp);
    for (Map.Entry<String, Integer> e : Errno.codes().entrySet()) m.put(e.getKey(), PyInt.of(e.getValue()));
    PyDict errorcode = new PyDict();
    for (Map.Entry<Integer, String> e : Errno.names().entrySet()) {
      errorcode.put(PyInt.of(e.getKey()), new PyStr(e.getValue()));
    }
    m.put("errorcode", errorcode);
    return m;
  }
}
