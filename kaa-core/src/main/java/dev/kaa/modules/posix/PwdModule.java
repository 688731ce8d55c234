package dev.kaa.modules.posix;

import dev.kaa.objects.Abstract;
import dev.kaa.objects.Errors;
import dev.kaa.objects.PyException;
import dev.kaa.objects.PyInt;
import dev.kaa.objects.PyList;
import dev.kaa.objects.PyMethod;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyStr;
import dev.kaa.objects.ExceptionTypes;
import dev.kaa.runtime.Interpreter;
import dev.kaa.runtime.PyModule;
import dev.kaa.runtime.PyStructSeq;
import java.util.List;

/** The {@code pwd} module: the password database, read from {@code /etc/passwd}. */
public final class PwdModule {
  private PwdModule() {}

  public static final String NAME = "pwd";

  private static final String DOC = "This module provides access to the Unix password database.\n"
      + "It is available on all Unix versions.\n\n"
      + "Password database entries are reported as 7-tuples containing the following\n"
      + "items from the password database (see `<pwd.h>'), in order:\n"
      + "pw_name, pw_passwd, pw_uid, pw_gid, pw_gecos, pw_dir, pw_shell.\n"
      + "The uid and gid items are integers, all others are strings. An\n"
      + "exception is raised if the entry asked for cannot be found.";

  static final PyStructSeq.Type STRUCT_PASSWD = PyStructSeq.newType("pwd.struct_passwd",
      List.of("pw_name", "pw_passwd", "pw_uid", "pw_gid", "pw_gecos", "pw_dir", "pw_shell"), 7);

  public static PyModule create(Interpreter interp) {
    PyModule m = new PyModule(NAME, new PyStr(DOC), interp);
    m.addFunctions(PwdModule.class);
    m.put("struct_passwd", STRUCT_PASSWD);
    return m;
  }

  private static PyObject entry(String[] f) {
    return PyStructSeq.of(STRUCT_PASSWD, new PyStr(f[0]), new PyStr(f[1]), PyInt.of(Long.parseLong(f[2])),
        PyInt.of(Long.parseLong(f[3])), new PyStr(f[4]), new PyStr(f[5]), new PyStr(f[6]));
  }

  /** A uid or gid argument: an int ({@code what should be integer, not str} otherwise). */
  static long id(PyObject o, String what) {
    if (!(o instanceof PyInt) && o.type().lookup("__index__") == null) {
      throw Errors.typeError("%s should be integer, not %s", what, o.type().name());
    }
    return Abstract.indexValue(o);
  }

  static PyException notFound(String format, Object... args) {
    return PyException.withArgs(ExceptionTypes.KeyError, new PyStr(String.format(format, args)));
  }

  @PyMethod(value = "getpwuid") static PyObject getpwuid(PyModule self, PyObject uid) {
    long u = id(uid, "uid");
    for (String[] e : Passwd.entries("/etc/passwd", 7)) if (e[2].equals(Long.toString(u))) return entry(e);
    throw notFound("getpwuid(): uid not found: %d", u);
  }

  @PyMethod(value = "getpwnam") static PyObject getpwnam(PyModule self, PyStr name) {
    for (String[] e : Passwd.entries("/etc/passwd", 7)) if (e[0].equals(name.value)) return entry(e);
    throw notFound("getpwnam(): name not found: %s", Abstract.repr(name).value);
  }

  @PyMethod(value = "getpwall") static PyObject getpwall(PyModule self) {
    PyList all = new PyList();
    for (String[] e : Passwd.entries("/etc/passwd", 7)) all.add(entry(e));
    return all;
  }
}
