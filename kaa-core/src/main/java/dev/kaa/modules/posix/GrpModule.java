package dev.kaa.modules.posix;

import dev.kaa.objects.Abstract;
import dev.kaa.objects.PyInt;
import dev.kaa.objects.PyList;
import dev.kaa.objects.PyMethod;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyStr;
import dev.kaa.runtime.Interpreter;
import dev.kaa.runtime.PyModule;
import dev.kaa.runtime.PyStructSeq;
import java.util.List;

/** The {@code grp} module: the group database, read from {@code /etc/group}. */
public final class GrpModule {
  private GrpModule() {}

  public static final String NAME = "grp";

  private static final String DOC = "Access to the Unix group database.\n\n"
      + "Group entries are reported as 4-tuples containing the following fields\n"
      + "from the group database, in order:\n\n"
      + "  gr_name   - name of the group\n"
      + "  gr_passwd - group password (encrypted); often empty\n"
      + "  gr_gid    - numeric ID of the group\n"
      + "  gr_mem    - list of members\n\n"
      + "The gid is an integer, name and password are strings.  (Note that most\n"
      + "users are not explicitly listed as members of the groups they are in\n"
      + "according to the password database.  Check both databases to get\n"
      + "complete membership information.)";

  static final PyStructSeq.Type STRUCT_GROUP = PyStructSeq.newType("grp.struct_group",
      List.of("gr_name", "gr_passwd", "gr_gid", "gr_mem"), 4);

  public static PyModule create(Interpreter interp) {
    PyModule m = new PyModule(NAME, new PyStr(DOC), interp);
    m.addFunctions(GrpModule.class);
    m.put("struct_group", STRUCT_GROUP);
    return m;
  }

  private static PyObject entry(String[] f) {
    PyList members = new PyList();
    if (!f[3].isEmpty()) for (String name : f[3].split(",")) members.add(new PyStr(name));
    return PyStructSeq.of(STRUCT_GROUP, new PyStr(f[0]), new PyStr(f[1]), PyInt.of(Long.parseLong(f[2])), members);
  }

  @PyMethod("getgrgid") static PyObject getgrgid(PyModule self, PyObject id) {
    long g = PwdModule.id(id, "gid");
    for (String[] e : Passwd.entries("/etc/group", 4)) if (e[2].equals(Long.toString(g))) return entry(e);
    throw PwdModule.notFound("getgrgid(): gid not found: %d", g);
  }

  @PyMethod("getgrnam") static PyObject getgrnam(PyModule self, PyStr name) {
    for (String[] e : Passwd.entries("/etc/group", 4)) if (e[0].equals(name.value)) return entry(e);
    throw PwdModule.notFound("getgrnam(): name not found: %s", Abstract.repr(name).value);
  }

  @PyMethod("getgrall") static PyObject getgrall(PyModule self) {
    PyList all = new PyList();
    for (String[] e : Passwd.entries("/etc/group", 4)) all.add(entry(e));
    return all;
  }
}
