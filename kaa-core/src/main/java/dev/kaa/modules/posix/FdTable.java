package dev.kaa.modules.posix;

import dev.kaa.objects.PyException;
import dev.kaa.runtime.Finalizers;
import dev.kaa.runtime.Interpreter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.ref.PhantomReference;
import java.lang.ref.Reference;
import java.lang.ref.ReferenceQueue;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An interpreter's file descriptors: small ints naming {@link OpenFile}s, as a process's descriptor table does in the
 * kernel (the JVM offers none). New descriptors take the lowest free number; {@code dup} makes another number for the
 * same open file, which is closed when its last number is. 0, 1 and 2 are the interpreter's standard streams.
 * Thread-safe: Python threads share one table.
 */
public final class FdTable {
  /** As {@code ulimit -n} usually is: the numbers run from 0 to one less. */
  public static final int LIMIT = 1024;

  private static final class Slot {
    final OpenFile file;
    boolean inheritable;

    Slot(OpenFile file, boolean inheritable) {
      this.file = file;
      this.inheritable = inheritable;
    }
  }

  private final List<Slot> slots = new ArrayList<>();
  private final Readiness readiness = new Readiness();

  /**
   * A descriptor a Python object owns ({@code FileIO} with closefd): closed when the JVM finds the object unreachable,
   * as CPython closes it when the object is freed. CPython frees at once, so `open(p).read()` in a loop never runs out
   * of descriptors; the JVM frees at a collection, so the table closes the abandoned ones before it numbers a new one,
   * and collects when it is full ({@link #add}).
   */
  public static final class Ownership extends PhantomReference<Object> {
    final int fd;
    final OpenFile file;

    private Ownership(Object owner, ReferenceQueue<Object> queue, int fd, OpenFile file) {
      super(owner, queue);
      this.fd = fd;
      this.file = file;
    }
  }

  private final ReferenceQueue<Object> abandoned = new ReferenceQueue<>();
  /** The ownerships not yet ended: a phantom reference must itself stay reachable to be enqueued. */
  private final Set<Ownership> owned = ConcurrentHashMap.newKeySet();

  /** A table with 0, 1 and 2 open on these streams; {@code processOwn}: they are the process's own 0, 1 and 2. */
  public FdTable(InputStream stdin, OutputStream stdout, OutputStream stderr, boolean processOwn) {
    slots.add(new Slot(StreamFile.standard(stdin, null, processOwn ? 0 : -1), true));
    slots.add(new Slot(StreamFile.standard(null, stdout, processOwn ? 1 : -1), true));
    slots.add(new Slot(StreamFile.standard(null, stderr, processOwn ? 2 : -1), true));
  }

  /** What select waits on: bumped when a pipe or socket of this table may have become ready. */
  public Readiness readiness() { return readiness; }

  /** The open file {@code fd} names; OSError EBADF when it names none. */
  public synchronized OpenFile get(int fd) {
    OpenFile f = lookup(fd);
    if (f == null) throw OsErrors.ofErrno(Errno.EBADF);
    return f;
  }

  /** The open file {@code fd} names, or null. */
  public synchronized OpenFile lookup(int fd) {
    Slot s = fd >= 0 && fd < slots.size() ? slots.get(fd) : null;
    return s == null ? null : s.file;
  }

  /**
   * Gives {@code file} the lowest free number; EMFILE when all are taken, even after closing the descriptors of owners
   * a collection found unreachable.
   */
  public int add(OpenFile file, boolean inheritable) {
    // streams the program dropped open hold their descriptors until closed: closed first, outside the table's
    // monitor, since closing one runs its (possibly Python) close method
    if (full()) Finalizers.closeDroppedStreams(Interpreter.current());
    return addNumbered(file, inheritable);
  }

  private synchronized boolean full() { return slots.size() >= LIMIT && slots.indexOf(null) < 0; }

  private synchronized int addNumbered(OpenFile file, boolean inheritable) {
    closeAbandoned();
    int fd = slots.indexOf(null);
    if (fd < 0 && slots.size() >= LIMIT && collectAbandoned()) fd = slots.indexOf(null);
    if (fd < 0) {
      if (slots.size() >= LIMIT) throw OsErrors.ofErrno(Errno.EMFILE);
      fd = slots.size();
      slots.add(null);
    }
    slots.set(fd, new Slot(file, inheritable));
    return fd;
  }

  /** Puts {@code file} under the free number {@code fd} (a descriptor inherited under its own number). */
  synchronized void put(int fd, OpenFile file) {
    while (slots.size() <= fd) slots.add(null);
    if (slots.get(fd) != null) throw new IllegalStateException("descriptor " + fd + " is taken");
    slots.set(fd, new Slot(file, false));
  }

  /** {@code owner} now owns {@code fd}: the table closes it once {@code owner} is unreachable, unless disowned. */
  public Ownership own(Object owner, int fd) {
    Ownership o = new Ownership(owner, abandoned, fd, get(fd));
    owned.add(o);
    return o;
  }

  /** The owner closes (or gives up) the descriptor itself: nothing is left for the table to do. */
  public void disown(Ownership o) {
    if (o == null) return;
    owned.remove(o);
    o.clear();
  }

  /** Closes the descriptors of owners found unreachable, each if it still names the file its owner had. */
  private void closeAbandoned() {
    for (Reference<?> r; (r = abandoned.poll()) != null; ) closeAbandoned((Ownership) r);
  }

  /** Whether {@code o}'s descriptor was still its file's, and so was closed (its number is free now). */
  private boolean closeAbandoned(Ownership o) {
    if (!owned.remove(o) || lookup(o.fd) != o.file) return false;
    try {
      close(o.fd);
    } catch (PyException e) {
      // as CPython's FileIO finalizer: a failure to close a file nobody holds is not reported
    }
    return true;
  }

  /**
   * The table is full: has the JVM collect and closes what its owners abandoned, as a program run by CPython would
   * have by now. True when some descriptor was closed.
   */
  private boolean collectAbandoned() {
    if (owned.isEmpty()) return false;
    boolean closed = false;
    System.gc();
    try {
      // the reference handler enqueues what the collection found; stop once it has been quiet for a moment
      for (Reference<?> r; (r = abandoned.remove(100)) != null; ) closed |= closeAbandoned((Ownership) r);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return closed;
  }

  /** {@code close(fd)}: EBADF when it is not open; the file itself closes with its last descriptor. */
  public void close(int fd) {
    OpenFile f;
    synchronized (this) {
      f = get(fd);
      slots.set(fd, null);
      trim();
    }
    release(f);
  }

  /** Closes {@code fd} if it is open, ignoring failures ({@code closerange}, a child's close_fds). */
  public void closeQuietly(int fd) {
    try {
      if (lookup(fd) != null) close(fd);
    } catch (PyException e) {
      // what closerange does with a failure: nothing
    }
  }

  /** {@code dup(fd)}: the lowest free number for the same file, not inheritable (PEP 446). */
  public synchronized int dup(int fd) {
    OpenFile f = get(fd);
    int copy = add(f, false);
    f.references++;
    return copy;
  }

  /** {@code dup2(fd, fd2, inheritable)}: {@code fd2} closed first if open; nothing happens when they are equal. */
  public int dup2(int fd, int fd2, boolean inheritable) {
    OpenFile replaced;
    synchronized (this) {
      OpenFile f = get(fd);
      if (fd2 < 0 || fd2 >= LIMIT) throw OsErrors.ofErrno(Errno.EBADF);
      if (fd == fd2) return fd2;
      while (slots.size() <= fd2) slots.add(null);
      Slot old = slots.get(fd2);
      replaced = old == null ? null : old.file;
      slots.set(fd2, new Slot(f, inheritable));
      f.references++;
    }
    if (replaced != null) release(replaced);
    return fd2;
  }

  public synchronized boolean inheritable(int fd) {
    get(fd);
    return slots.get(fd).inheritable;
  }

  public synchronized void setInheritable(int fd, boolean inheritable) {
    get(fd);
    slots.get(fd).inheritable = inheritable;
  }

  /** The numbers open now, ascending. */
  public synchronized int[] openNumbers() {
    return java.util.stream.IntStream.range(0, slots.size()).filter(i -> slots.get(i) != null).toArray();
  }

  /**
   * Another holder of {@code file} beyond the table's descriptors (a child process using it): the file stays open
   * until {@link #release} is called for it too.
   */
  public synchronized void retain(OpenFile file) { file.references++; }

  /** Drops one reference to {@code file}, closing it with the last; failures to close are OSError. */
  public void release(OpenFile file) {
    synchronized (this) {
      if (--file.references > 0) return;
    }
    try {
      file.release();
    } catch (IOException e) {
      throw OsErrors.of(e);
    }
  }

  private void trim() {
    while (!slots.isEmpty() && slots.get(slots.size() - 1) == null) slots.remove(slots.size() - 1);
  }

  /**
   * {@code open(path, flags, mode)} for an already resolved path: a new, non-inheritable descriptor (O_CLOEXEC is
   * how Python opens everything). {@code mode} is applied with the interpreter's {@code umask} when the file is
   * created. IOException is for the caller to map with the name the program gave ({@link OsErrors#of}).
   */
  public int open(Path path, int flags, int mode, int umask) throws IOException {
    return add(openFile(path, flags, mode, umask), false);
  }

  /** The open file {@link #open} puts in the table, for a caller that numbers it itself. */
  public static ChannelFile openFile(Path path, int flags, int mode, int umask) throws IOException {
    boolean read = OpenFlags.readable(flags), write = OpenFlags.writable(flags);
    boolean noFollow = (flags & OpenFlags.O_NOFOLLOW) != 0;
    LinkOption[] links = noFollow ? new LinkOption[] {LinkOption.NOFOLLOW_LINKS} : new LinkOption[0];
    if (noFollow && Files.isSymbolicLink(path)) throw new ErrnoException(Errno.ELOOP);
    boolean directory = Files.isDirectory(path, links);
    if (directory && (flags & OpenFlags.O_CREAT) != 0 && (flags & OpenFlags.O_EXCL) != 0) {
      throw new FileAlreadyExistsException(path.toString());
    }
    if (directory && write) throw new ErrnoException(Errno.EISDIR);
    if (!directory && (flags & OpenFlags.O_DIRECTORY) != 0) {
      if (Files.exists(path, links)) throw new ErrnoException(Errno.ENOTDIR);
      throw new java.nio.file.NoSuchFileException(path.toString());
    }
    Set<OpenOption> options = new HashSet<>();
    if (read || directory) options.add(StandardOpenOption.READ);
    if (write) options.add(StandardOpenOption.WRITE);
    if (noFollow) options.add(LinkOption.NOFOLLOW_LINKS);
    if ((flags & OpenFlags.O_SYNC) == OpenFlags.O_SYNC) options.add(StandardOpenOption.SYNC);
    else if ((flags & OpenFlags.O_DSYNC) != 0) options.add(StandardOpenOption.DSYNC);
    boolean create = (flags & OpenFlags.O_CREAT) != 0 && !directory;
    boolean created = false;
    if (create && (flags & OpenFlags.O_EXCL) != 0) {
      options.add(StandardOpenOption.CREATE_NEW);
      created = true;
    } else if (create && !Files.exists(path, links)) {
      options.add(StandardOpenOption.CREATE);
      created = true;
    }
    if (created && !write) options.add(StandardOpenOption.WRITE);  // the JDK creates only when writing
    if ((flags & OpenFlags.O_TRUNC) != 0 && write) options.add(StandardOpenOption.TRUNCATE_EXISTING);
    FileAttribute<?>[] attrs = created ? new FileAttribute<?>[] {FileModes.attribute(mode & ~umask)}
        : new FileAttribute<?>[0];
    FileChannel channel = FileChannel.open(path, options, attrs);
    // the process's own umask also applied: set exactly what this interpreter's umask allows
    if (created) FileModes.set(path, mode & ~umask);
    return new ChannelFile(channel, path, read, write, (flags & OpenFlags.O_APPEND) != 0, directory);
  }
}
