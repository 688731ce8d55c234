package dev.kaa.modules.posix;

import dev.kaa.objects.PyFloat;
import dev.kaa.objects.PyInt;
import dev.kaa.objects.PyObject;
import dev.kaa.runtime.PyStructSeq;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * {@code os.stat_result} from the JDK's "unix" file attributes (mode, inode, device, links, owner, times to the
 * nanosecond). The JDK does not report {@code st_blksize} and {@code st_blocks}: 4096 and the 512-byte blocks a file
 * of that size fills in whole 4 KiB blocks stand in for them.
 */
public final class StatResults {
  private StatResults() {}

  public static final PyStructSeq.Type TYPE = PyStructSeq.newType("os.stat_result", Arrays.asList(
      "st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size", null, null, null,
      "st_atime", "st_mtime", "st_ctime", "st_atime_ns", "st_mtime_ns", "st_ctime_ns",
      "st_blksize", "st_blocks", "st_rdev"), 10);

  /** File type bits of {@code st_mode}. */
  public static final int S_IFIFO = 0010000, S_IFCHR = 0020000, S_IFDIR = 0040000, S_IFREG = 0100000,
      S_IFLNK = 0120000, S_IFSOCK = 0140000;

  /**
   * The attributes {@link #of} reads, by name: not "unix:*", which also asks for the owner's and group's names, and
   * the JDK finds those with getpwuid and getgrgid, reading /etc/passwd and /etc/group at every stat (45 file reads
   * at each start, ~1.5% of its main thread).
   */
  private static final String ATTRIBUTES =
      "unix:mode,ino,dev,nlink,uid,gid,size,lastAccessTime,lastModifiedTime,ctime,rdev";

  /** The attributes of {@code path}, following a final symbolic link when {@code follow}. */
  public static Map<String, Object> attributes(Path path, boolean follow) throws IOException {
    return follow ? Files.readAttributes(path, ATTRIBUTES)
        : Files.readAttributes(path, ATTRIBUTES, LinkOption.NOFOLLOW_LINKS);
  }

  public static PyObject stat(Path path, boolean follow) throws IOException {
    return of(attributes(path, follow));
  }

  /** {@code fstat}: a file by its path (or, unlinked, what its channel knows); pipes and streams as Linux has them. */
  public static PyObject fstat(OpenFile f) throws IOException {
    Path p = f.path();
    if (p != null) {
      try {
        return stat(p, true);
      } catch (IOException e) {
        if (!(f instanceof ChannelFile c)) throw e;
        return synthetic(S_IFREG | 0600, c.channel().size());  // unlinked since it was opened (a temporary file)
      }
    }
    return synthetic(switch (f.kind()) {
      case CHARACTER_DEVICE -> S_IFCHR | 0620;
      case SOCKET -> S_IFSOCK | 0777;
      default -> S_IFIFO | 0600;
    }, 0);
  }

  /** A stat_result for a file that has no path to ask about: the type, this process's owner, the time now. */
  private static PyObject synthetic(int mode, long size) {
    long now = System.currentTimeMillis() * 1_000_000L;
    return build(mode, 0, 0, 1, ProcessStatus.uid(), ProcessStatus.gid(), size, now, now, now, 0);
  }

  static PyObject of(Map<String, Object> a) {
    return build((Integer) a.get("mode"), (Long) a.get("ino"), (Long) a.get("dev"), (Integer) a.get("nlink"),
        (Integer) a.get("uid"), (Integer) a.get("gid"), (Long) a.get("size"), nanos(a.get("lastAccessTime")),
        nanos(a.get("lastModifiedTime")), nanos(a.get("ctime")), (Long) a.get("rdev"));
  }

  private static long nanos(Object time) { return ((FileTime) time).to(TimeUnit.NANOSECONDS); }

  private static PyObject build(int mode, long ino, long dev, int nlink, int uid, int gid, long size, long atime,
                                long mtime, long ctime, long rdev) {
    long blocks = (size + 4095) / 4096 * 8;
    return PyStructSeq.of(TYPE, PyInt.of(mode), unsigned(ino), unsigned(dev), PyInt.of(nlink), PyInt.of(uid),
        PyInt.of(gid), PyInt.of(size), PyInt.of(Math.floorDiv(atime, 1_000_000_000L)),
        PyInt.of(Math.floorDiv(mtime, 1_000_000_000L)), PyInt.of(Math.floorDiv(ctime, 1_000_000_000L)),
        seconds(atime), seconds(mtime), seconds(ctime), PyInt.of(atime), PyInt.of(mtime), PyInt.of(ctime),
        PyInt.of(4096), PyInt.of(blocks), unsigned(rdev));
  }

  /** Seconds as CPython computes the float: whole seconds plus nanoseconds times 1e-9. */
  private static PyObject seconds(long nanos) {
    return new PyFloat(Math.floorDiv(nanos, 1_000_000_000L) + Math.floorMod(nanos, 1_000_000_000L) * 1e-9);
  }

  private static PyInt unsigned(long v) {
    return v >= 0 ? PyInt.of(v) : PyInt.of(BigInteger.valueOf(v).add(BigInteger.ONE.shiftLeft(64)));
  }
}
