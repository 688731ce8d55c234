package dev.kaa.modules.posix;

import dev.kaa.objects.Errors;
import dev.kaa.objects.PyBool;
import dev.kaa.objects.PyInt;
import dev.kaa.objects.PyMethod;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyStr;
import dev.kaa.runtime.Interpreter;
import dev.kaa.runtime.PyModule;
import java.math.BigInteger;

/**
 * The {@code _stat} module: the file mode's bits (Linux's values), the {@code S_IS*} tests, {@code S_IMODE},
 * {@code S_IFMT} and {@code filemode}. {@code stat.py} imports it over its own pure-Python definitions, as CPython's.
 * Door, event port and whiteout files do not exist on Linux: their type bits are 0 and their tests always false.
 */
public final class StatModule {
  private StatModule() {}

  public static final String NAME = "_stat";

  static final int S_IFMT = 0170000;
  static final int S_IFSOCK = 0140000, S_IFLNK = 0120000, S_IFREG = 0100000, S_IFBLK = 060000, S_IFDIR = 040000,
      S_IFCHR = 020000, S_IFIFO = 010000;
  static final int S_ISUID = 04000, S_ISGID = 02000, S_ISVTX = 01000;

  private static final String DOC = """
      S_IFMT_: file type bits
      S_IFDIR: directory
      S_IFCHR: character device
      S_IFBLK: block device
      S_IFREG: regular file
      S_IFIFO: fifo (named pipe)
      S_IFLNK: symbolic link
      S_IFSOCK: socket file
      S_IFDOOR: door
      S_IFPORT: event port
      S_IFWHT: whiteout

      S_ISUID: set UID bit
      S_ISGID: set GID bit
      S_ENFMT: file locking enforcement
      S_ISVTX: sticky bit
      S_IREAD: Unix V7 synonym for S_IRUSR
      S_IWRITE: Unix V7 synonym for S_IWUSR
      S_IEXEC: Unix V7 synonym for S_IXUSR
      S_IRWXU: mask for owner permissions
      S_IRUSR: read by owner
      S_IWUSR: write by owner
      S_IXUSR: execute by owner
      S_IRWXG: mask for group permissions
      S_IRGRP: read by group
      S_IWGRP: write by group
      S_IXGRP: execute by group
      S_IRWXO: mask for others (not in group) permissions
      S_IROTH: read by others
      S_IWOTH: write by others
      S_IXOTH: execute by others

      UF_NODUMP: do not dump file
      UF_IMMUTABLE: file may not be changed
      UF_APPEND: file may only be appended to
      UF_OPAQUE: directory is opaque when viewed through a union stack
      UF_NOUNLINK: file may not be renamed or deleted
      UF_COMPRESSED: OS X: file is hfs-compressed
      UF_HIDDEN: OS X: file should not be displayed
      SF_ARCHIVED: file may be archived
      SF_IMMUTABLE: file may not be changed
      SF_APPEND: file may only be appended to
      SF_NOUNLINK: file may not be renamed or deleted
      SF_SNAPSHOT: file is a snapshot file

      ST_MODE
      ST_INO
      ST_DEV
      ST_NLINK
      ST_UID
      ST_GID
      ST_SIZE
      ST_ATIME
      ST_MTIME
      ST_CTIME

      FILE_ATTRIBUTE_*: Windows file attribute constants
                         (only present on Windows)
      """;

  public static PyModule create(Interpreter interp) {
    PyModule m = new PyModule(NAME, new PyStr(DOC), interp);
    m.addFunctions(StatModule.class);
    Object[] constants = {
        "S_IFDIR", S_IFDIR, "S_IFCHR", S_IFCHR, "S_IFBLK", S_IFBLK, "S_IFREG", S_IFREG, "S_IFIFO", S_IFIFO,
        "S_IFLNK", S_IFLNK, "S_IFSOCK", S_IFSOCK, "S_IFDOOR", 0, "S_IFPORT", 0, "S_IFWHT", 0,
        "S_ISUID", S_ISUID, "S_ISGID", S_ISGID, "S_ISVTX", S_ISVTX, "S_ENFMT", S_ISGID,
        "S_IREAD", 0400, "S_IWRITE", 0200, "S_IEXEC", 0100,
        "S_IRWXU", 0700, "S_IRUSR", 0400, "S_IWUSR", 0200, "S_IXUSR", 0100,
        "S_IRWXG", 070, "S_IRGRP", 040, "S_IWGRP", 020, "S_IXGRP", 010,
        "S_IRWXO", 07, "S_IROTH", 04, "S_IWOTH", 02, "S_IXOTH", 01,
        "UF_NODUMP", 0x1, "UF_IMMUTABLE", 0x2, "UF_APPEND", 0x4, "UF_OPAQUE", 0x8, "UF_NOUNLINK", 0x10,
        "UF_COMPRESSED", 0x20, "UF_HIDDEN", 0x8000,
        "SF_ARCHIVED", 0x10000, "SF_IMMUTABLE", 0x20000, "SF_APPEND", 0x40000, "SF_NOUNLINK", 0x100000,
        "SF_SNAPSHOT", 0x200000,
        "ST_MODE", 0, "ST_INO", 1, "ST_DEV", 2, "ST_NLINK", 3, "ST_UID", 4, "ST_GID", 5, "ST_SIZE", 6,
        "ST_ATIME", 7, "ST_MTIME", 8, "ST_CTIME", 9};
    for (int i = 0; i < constants.length; i += 2) m.put((String) constants[i], PyInt.of((Integer) constants[i + 1]));
    return m;
  }

  private static final BigInteger ULONG_LIMIT = BigInteger.ONE.shiftLeft(64);

  /** A mode as CPython's {@code mode_t} conversion takes it: an int (not merely an index), 0 to 2**32 - 1. */
  static int mode(PyObject o) {
    if (!(o instanceof PyInt i)) throw Errors.typeError("an integer is required");
    BigInteger v = i.bigValue();
    if (v.signum() < 0) throw Errors.overflowError("can't convert negative value to unsigned int");
    if (v.compareTo(ULONG_LIMIT) >= 0) throw Errors.overflowError("Python int too large to convert to C unsigned long");
    if (v.bitLength() > 32) throw Errors.overflowError("mode out of range");
    return (int) v.longValue();
  }

  /** The type of door, event port and whiteout files, which Linux does not have: no mode's type bits equal it. */
  private static final int NO_SUCH_TYPE = -1;

  private static PyObject isType(PyObject mode, int type) { return PyBool.of((mode(mode) & S_IFMT) == type); }

  @PyMethod(value = "S_ISDIR", positionalOnly = 1, doc = "S_ISDIR(mode) -> bool\n\nReturn True if mode is from a directory.")
  static PyObject isDir(PyModule m, PyObject mode) { return isType(mode, S_IFDIR); }

  @PyMethod(value = "S_ISCHR", positionalOnly = 1,
      doc = "S_ISCHR(mode) -> bool\n\nReturn True if mode is from a character special device file.")
  static PyObject isChr(PyModule m, PyObject mode) { return isType(mode, S_IFCHR); }

  @PyMethod(value = "S_ISBLK", positionalOnly = 1,
      doc = "S_ISBLK(mode) -> bool\n\nReturn True if mode is from a block special device file.")
  static PyObject isBlk(PyModule m, PyObject mode) { return isType(mode, S_IFBLK); }

  @PyMethod(value = "S_ISREG", positionalOnly = 1,
      doc = "S_ISREG(mode) -> bool\n\nReturn True if mode is from a regular file.")
  static PyObject isReg(PyModule m, PyObject mode) { return isType(mode, S_IFREG); }

  @PyMethod(value = "S_ISFIFO", positionalOnly = 1,
      doc = "S_ISFIFO(mode) -> bool\n\nReturn True if mode is from a FIFO (named pipe).")
  static PyObject isFifo(PyModule m, PyObject mode) { return isType(mode, S_IFIFO); }

  @PyMethod(value = "S_ISLNK", positionalOnly = 1,
      doc = "S_ISLNK(mode) -> bool\n\nReturn True if mode is from a symbolic link.")
  static PyObject isLnk(PyModule m, PyObject mode) { return isType(mode, S_IFLNK); }

  @PyMethod(value = "S_ISSOCK", positionalOnly = 1,
      doc = "S_ISSOCK(mode) -> bool\n\nReturn True if mode is from a socket.")
  static PyObject isSock(PyModule m, PyObject mode) { return isType(mode, S_IFSOCK); }

  @PyMethod(value = "S_ISDOOR", positionalOnly = 1,
      doc = "S_ISDOOR(mode) -> bool\n\nReturn True if mode is from a door.")
  static PyObject isDoor(PyModule m, PyObject mode) { return isType(mode, NO_SUCH_TYPE); }

  @PyMethod(value = "S_ISPORT", positionalOnly = 1,
      doc = "S_ISPORT(mode) -> bool\n\nReturn True if mode is from an event port.")
  static PyObject isPort(PyModule m, PyObject mode) { return isType(mode, NO_SUCH_TYPE); }

  @PyMethod(value = "S_ISWHT", positionalOnly = 1,
      doc = "S_ISWHT(mode) -> bool\n\nReturn True if mode is from a whiteout.")
  static PyObject isWht(PyModule m, PyObject mode) { return isType(mode, NO_SUCH_TYPE); }

  @PyMethod(value = "S_IMODE", positionalOnly = 1,
      doc = "Return the portion of the file's mode that can be set by os.chmod().")
  static PyObject imode(PyModule m, PyObject mode) { return PyInt.of(mode(mode) & 07777); }

  @PyMethod(value = "S_IFMT", positionalOnly = 1,
      doc = "Return the portion of the file's mode that describes the file type.")
  static PyObject ifmt(PyModule m, PyObject mode) { return PyInt.of(mode(mode) & S_IFMT); }

  @PyMethod(value = "filemode", positionalOnly = 1, doc = "Convert a file's mode to a string of the form '-rwxrwxrwx'")
  static PyObject filemode(PyModule m, PyObject mode) {
    int bits = mode(mode);
    char[] out = new char[10];
    out[0] = switch (bits & S_IFMT) {
      case S_IFREG -> '-';
      case S_IFDIR -> 'd';
      case S_IFLNK -> 'l';
      case S_IFCHR -> 'c';
      case S_IFBLK -> 'b';
      case S_IFIFO -> 'p';
      case S_IFSOCK -> 's';
      default -> '?';
    };
    // owner, group, others: r, w, then x with its special bit (setuid, setgid, sticky) as s/S or t/T
    int[] special = {S_ISUID, S_ISGID, S_ISVTX};
    for (int who = 0; who < 3; who++) {
      int shift = 6 - 3 * who;
      out[1 + 3 * who] = (bits & (4 << shift)) != 0 ? 'r' : '-';
      out[2 + 3 * who] = (bits & (2 << shift)) != 0 ? 'w' : '-';
      boolean x = (bits & (1 << shift)) != 0, s = (bits & special[who]) != 0;
      char set = who == 2 ? 't' : 's';
      out[3 + 3 * who] = s ? (x ? set : Character.toUpperCase(set)) : (x ? 'x' : '-');
    }
    return new PyStr(new String(out));
  }
}
