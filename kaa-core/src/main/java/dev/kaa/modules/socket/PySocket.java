package dev.kaa.modules.socket;

import dev.kaa.modules.posix.Errno;
import dev.kaa.modules.posix.FdTable;
import dev.kaa.modules.posix.Interruptible;
import dev.kaa.modules.posix.OpenFile;
import dev.kaa.modules.posix.OsErrors;
import dev.kaa.objects.Abstract;
import dev.kaa.objects.Buffers;
import dev.kaa.objects.Errors;
import dev.kaa.objects.PyBool;
import dev.kaa.objects.PyBytes;
import dev.kaa.objects.PyDict;
import dev.kaa.objects.PyException;
import dev.kaa.objects.PyFloat;
import dev.kaa.objects.PyGetter;
import dev.kaa.objects.PyInt;
import dev.kaa.objects.PyMethod;
import dev.kaa.objects.PyNone;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyTuple;
import dev.kaa.objects.PyType;
import dev.kaa.objects.SubclassableObject;
import dev.kaa.runtime.Interpreter;
import java.io.IOException;
import java.net.SocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;

/**
 * {@code _socket.socket}: a descriptor in the interpreter's {@link FdTable} naming a {@link SocketFile}, plus the
 * timeout that decides how calls wait — None blocks, 0 never waits ({@code BlockingIOError}), a number waits that
 * long ({@code TimeoutError: timed out}). {@code socket.socket} in socket.py subclasses it.
 */
public final class PySocket extends SubclassableObject {
  public static final PyType TYPE = new PyType("_socket.socket", PyType.BASETYPE | PyType.IMMUTABLE, PySocket.class,
      PyType.OBJECT);

  private Interpreter interp;
  private SocketFile file;
  private int fd = -1;
  private int family, sockType, proto;
  /** Seconds; negative for None (blocking). */
  private double timeout = -1;

  private PySocket(PyType type) { super(type); }

  @PyMethod(value = "__new__", kind = PyMethod.Kind.NEW)
  static PyObject make(PyType cls, @PyMethod.Star PyObject[] args, @PyMethod.KwArgs PyDict kwargs) {
    return new PySocket(cls);
  }

  /** A socket object for a descriptor just made (accept, socketpair), with the default timeout. */
  static PySocket wrap(Interpreter interp, SocketFile file, int fd, int proto) {
    PySocket s = new PySocket(TYPE);
    s.attach(interp, file, fd, file.family, file.type, proto);
    s.setTimeoutValue(SocketModule.state(interp).defaultTimeout);
    return s;
  }

  private void attach(Interpreter interp, SocketFile file, int fd, int family, int type, int proto) {
    this.interp = interp;
    this.file = file;
    this.fd = fd;
    this.family = family;
    this.sockType = type;
    this.proto = proto;
  }

  @PyMethod(value = "__init__", positionalOnly = 0)
  void init(@PyMethod.Opt PyObject family, @PyMethod.Opt PyObject type, @PyMethod.Opt PyObject proto,
            @PyMethod.Opt PyObject fileno) {
    Interpreter in = Interpreter.current();
    int fam = intArg(family, -1), typ = intArg(type, -1), pro = intArg(proto, -1);
    if (fileno != null && fileno != PyNone.NONE) {
      long n = Abstract.indexValue(fileno);
      if (n < 0) throw Errors.valueError("negative file descriptor");
      OpenFile f = in.posix().fds().lookup((int) n);
      if (f == null) throw OsErrors.ofErrno(Errno.EBADF, null, null);
      if (!(f instanceof SocketFile sf)) throw OsErrors.ofErrno(88, null, null);  // ENOTSOCK
      attach(in, sf, (int) n, fam == -1 ? sf.family : fam, typ == -1 ? sf.type : typ, pro == -1 ? 0 : pro);
      setTimeoutValue(SocketModule.state(in).defaultTimeout);
      return;
    }
    if (fam == -1) fam = SocketConstants.AF_INET;
    if (typ == -1) typ = SocketConstants.SOCK_STREAM;
    if (pro == -1) pro = 0;
    boolean nonBlocking = (typ & SocketConstants.SOCK_NONBLOCK) != 0;
    int base = typ & ~(SocketConstants.SOCK_NONBLOCK | SocketConstants.SOCK_CLOEXEC);
    if (fam != SocketConstants.AF_INET && fam != SocketConstants.AF_INET6 && fam != SocketConstants.AF_UNIX) {
      throw OsErrors.ofErrno(SocketErrors.EAFNOSUPPORT, null, null);
    }
    if (base != SocketConstants.SOCK_STREAM && base != SocketConstants.SOCK_DGRAM) {
      throw OsErrors.ofErrno(94, null, null);  // ESOCKTNOSUPPORT: the JDK has no raw or seqpacket sockets
    }
    SocketFile sf = new SocketFile(fam, base);
    attach(in, sf, in.posix().fds().add(sf, false), fam, typ, pro);
    setTimeoutValue(nonBlocking ? 0 : SocketModule.state(in).defaultTimeout);
  }

  private static int intArg(PyObject o, int dflt) {
    return o == null || o == PyNone.NONE ? dflt : (int) Abstract.indexValue(o);
  }

  private SocketFile open() {
    if (fd < 0 || file == null) throw SocketErrors.closed();
    return file;
  }

  private void setTimeoutValue(double seconds) {
    timeout = seconds;
    if (file != null) file.blockingMode = seconds < 0;
  }

  /** The nanoseconds a call may wait: -1 forever, 0 not at all. */
  private long waitNanos() { return timeout < 0 ? -1 : (long) (timeout * 1e9); }

  /**
   * Waits for readability as the timeout says, with the GIL released ({@code what} names the call for the GIL's
   * statistics); raises BlockingIOError or TimeoutError when it must not wait longer.
   */
  private void awaitReadable(String what) throws IOException {
    if (timeout == 0) throw SocketErrors.wouldBlock();
    if (!awaitReady(what, file, false, waitNanos())) throw SocketErrors.timeout();
  }

  private void awaitWritable(String what) throws IOException {
    if (timeout == 0) throw SocketErrors.wouldBlock();
    if (!awaitReady(what, file, true, waitNanos())) throw SocketErrors.timeout();
  }

  /** Whether {@code f} became writable (or readable) within {@code nanos} (-1: forever), signal handlers running meanwhile. */
  private static boolean awaitReady(String what, SocketFile f, boolean write, long nanos) throws IOException {
    long end = System.nanoTime() + nanos;
    return Interruptible.call(what, () -> {
      long left = nanos < 0 ? -1 : Math.max(0, end - System.nanoTime());
      return write ? f.awaitWritable(left) : f.awaitReadable(left);
    });
  }

  @PyGetter("family") PyObject family() { return PyInt.of(family); }

  @PyGetter("type") PyObject type_() { return PyInt.of(sockType); }

  @PyGetter("proto") PyObject proto() { return PyInt.of(proto); }

  @PyGetter("timeout") PyObject timeoutAttr() { return timeout < 0 ? PyNone.NONE : new PyFloat(timeout); }

  @PyMethod("fileno") PyObject fileno() { return PyInt.of(fd); }

  @PyMethod("close") void close() {
    if (fd < 0) return;
    int n = fd;
    fd = -1;
    try {
      interp.posix().fds().close(n);
    } catch (PyException e) {
      if (!e.matches(dev.kaa.objects.ExceptionTypes.OSError)) throw e;  // ECONNRESET etc. on close are ignored
    }
  }

  @PyMethod("detach") PyObject detach() {
    int n = fd;
    fd = -1;
    file = null;
    return PyInt.of(n);
  }

  @PyMethod("settimeout") void settimeout(PyObject value) { setTimeoutValue(SocketModule.timeoutArg(value)); }

  @PyMethod("gettimeout") PyObject gettimeout() { return timeoutAttr(); }

  @PyMethod("setblocking") void setblocking(PyObject flag) { setTimeoutValue(Abstract.isTrue(flag) ? -1 : 0); }

  @PyMethod("getblocking") PyObject getblocking() { return PyBool.of(timeout != 0); }

  @PyMethod("bind") void bind(PyObject address) {
    SocketFile f = open();
    SocketAddress a = SocketAddresses.fromPython(address, family, "bind");
    try {
      f.bind(a);
    } catch (IOException e) {
      throw SocketErrors.of(e);
    }
  }

  @PyMethod("listen") void listen(@PyMethod.Opt PyObject backlog) {
    try {
      open().listen();
    } catch (IOException e) {
      throw SocketErrors.of(e);
    }
  }

  @PyMethod("_accept") PyObject accept() {
    SocketFile f = open();
    try {
      while (true) {
        SocketChannel c = f.accept();
        if (c != null) {
          SocketFile peer = new SocketFile(family, c);
          int n = interp.posix().fds().add(peer, false);
          return PyTuple.of(PyInt.of(n), SocketAddresses.toPython(c.getRemoteAddress(), family));
        }
        awaitReadable("socket.accept");
      }
    } catch (IOException e) {
      throw SocketErrors.of(e);
    }
  }

  @PyMethod("connect") void connect(PyObject address) {
    int err = connectErrno(address, true);
    if (err != 0) throw OsErrors.ofErrno(err, null, null);
  }

  @PyMethod("connect_ex") PyObject connectEx(PyObject address) { return PyInt.of(connectErrno(address, false)); }

  /** Connects, waiting as the timeout allows; the errno of the failure, or 0. Timeouts raise when {@code raise}. */
  private int connectErrno(PyObject address, boolean raise) {
    SocketFile f = open();
    SocketAddress a = SocketAddresses.fromPython(address, family, "connect");
    try {
      if (f.startConnect(a)) return 0;
      if (timeout == 0) return SocketErrors.EINPROGRESS;
      if (!awaitReady("socket.connect", f, true, waitNanos())) {
        if (raise) throw SocketErrors.timeout();
        return 11;  // EAGAIN, as CPython's connect_ex reports a timeout
      }
      f.finishConnect();
      return 0;
    } catch (IOException e) {
      f.connecting = false;
      return SocketErrors.errnoOf(e);
    }
  }

  @PyMethod("recv") PyObject recv(PyObject bufsize, @PyMethod.Opt PyObject flags) {
    long n = Abstract.indexValue(bufsize);
    if (n < 0) throw Errors.valueError("negative buffersize in recv");
    ByteBuffer buf = ByteBuffer.allocate((int) Math.min(n, Integer.MAX_VALUE - 8));
    int got = receiveInto(buf, flags);
    return new PyBytes(java.util.Arrays.copyOf(buf.array(), got));
  }

  @PyMethod("recv_into") PyObject recvInto(PyObject buffer, @PyMethod.Opt PyObject nbytes, @PyMethod.Opt PyObject flags) {
    int length = writableLength(buffer, "recv_into");
    long n = nbytes == null || Abstract.indexValue(nbytes) == 0 ? length : Abstract.indexValue(nbytes);
    if (n < 0) throw Errors.valueError("negative buffersize in recv_into");
    if (n > length) throw Errors.valueError("buffer too small for requested bytes");
    ByteBuffer buf = ByteBuffer.allocate((int) n);
    int got = receiveInto(buf, flags);
    copyInto(buffer, buf.array(), got);
    return PyInt.of(got);
  }

  /** The length of a writable bytes-like object (bytearray, writable memoryview, array.array...). */
  private static int writableLength(PyObject buffer, String function) {
    int length = Buffers.writableLength(buffer);
    if (length < 0) {
      throw Errors.typeError("%s() argument 1 must be read-write bytes-like object, not %s", function,
          buffer.type().name());
    }
    return length;
  }

  /** Writes {@code count} bytes to the start of a writable buffer, through slice assignment as every exporter allows. */
  private static void copyInto(PyObject buffer, byte[] data, int count) { Buffers.writeInto(buffer, 0, data, count); }

  private int receiveInto(ByteBuffer buf, PyObject flags) {
    SocketFile f = open();
    boolean dontWait = flags != null && (Abstract.indexValue(flags) & SocketConstants.MSG_DONTWAIT) != 0;
    return transfer("socket.recv", false, dontWait ? 0 : waitNanos(), () -> f.readNow(buf));
  }

  /** One try of a socket's system call: the count it moved, or -1 when the socket was not ready. */
  @FunctionalInterface
  private interface Transfer {
    int attempt() throws IOException;
  }

  /** What {@link #transfer}'s released section returns when the timeout passed before the socket was ready. */
  private static final int TIMED_OUT = -2;

  /**
   * A send or receive as CPython's {@code sock_call}: the system call made with the GIL released whether or not it
   * would block (a waiting thread may take the lock meanwhile, as in CPython: that is the convoy effect), waiting
   * for the socket to be ready, at most {@code nanos} (-1: forever, 0: not at all), while it is not.
   */
  private int transfer(String what, boolean write, long nanos, Transfer syscall) {
    SocketFile f = open();
    long end = System.nanoTime() + nanos;
    int n;
    try {
      n = Interruptible.call(what, () -> {
        while (true) {
          int moved = syscall.attempt();
          if (moved != -1 || nanos == 0) return moved;
          long left = nanos < 0 ? -1 : Math.max(0, end - System.nanoTime());
          if (!(write ? f.awaitWritable(left) : f.awaitReadable(left))) return TIMED_OUT;
        }
      });
    } catch (IOException e) {
      throw SocketErrors.of(e);
    }
    if (n == -1) throw SocketErrors.wouldBlock();
    if (n == TIMED_OUT) throw SocketErrors.timeout();
    return n;
  }

  @PyMethod("recvfrom") PyObject recvfrom(PyObject bufsize, @PyMethod.Opt PyObject flags) {
    long n = Abstract.indexValue(bufsize);
    if (n < 0) throw Errors.valueError("negative buffersize in recvfrom");
    ByteBuffer buf = ByteBuffer.allocate((int) Math.min(n, 65536 * 4));
    PyObject from = receiveFrom(buf);
    return PyTuple.of(new PyBytes(java.util.Arrays.copyOf(buf.array(), buf.position())), from);
  }

  @PyMethod("recvfrom_into") PyObject recvfromInto(PyObject buffer, @PyMethod.Opt PyObject nbytes,
                                                   @PyMethod.Opt PyObject flags) {
    int length = writableLength(buffer, "recvfrom_into");
    long n = nbytes == null || Abstract.indexValue(nbytes) == 0 ? length : Abstract.indexValue(nbytes);
    if (n > length) throw Errors.valueError("nbytes is greater than the length of the buffer");
    ByteBuffer buf = ByteBuffer.allocate((int) n);
    PyObject from = receiveFrom(buf);
    copyInto(buffer, buf.array(), buf.position());
    return PyTuple.of(PyInt.of(buf.position()), from);
  }

  private PyObject receiveFrom(ByteBuffer buf) {
    SocketFile f = open();
    try {
      if (f.isStream()) {
        int got;
        while ((got = f.readNow(buf)) < 0) awaitReadable("socket.recvfrom");
        return PyNone.NONE;
      }
      while (true) {
        SocketAddress from = f.datagram().receive(buf);
        if (from != null) return SocketAddresses.toPython(from, family);
        awaitReadable("socket.recvfrom");
      }
    } catch (IOException e) {
      throw SocketErrors.of(e);
    }
  }

  @PyMethod("send") PyObject send(PyObject data, @PyMethod.Opt PyObject flags) {
    ByteBuffer buf = ByteBuffer.wrap(Buffers.required(data));
    SocketFile f = open();
    return PyInt.of(transfer("socket.send", true, waitNanos(), () -> f.writeNow(buf)));
  }

  /** A send at a time, each with the GIL released, until all is sent (CPython's sendall). */
  @PyMethod("sendall") void sendall(PyObject data, @PyMethod.Opt PyObject flags) {
    ByteBuffer buf = ByteBuffer.wrap(Buffers.required(data));
    SocketFile f = open();
    do {
      transfer("socket.sendall", true, waitNanos(), () -> f.writeNow(buf));
    } while (buf.hasRemaining());
  }

  @PyMethod("sendto") PyObject sendto(PyObject data, PyObject flagsOrAddress, @PyMethod.Opt PyObject address) {
    PyObject target = address == null ? flagsOrAddress : address;
    ByteBuffer buf = ByteBuffer.wrap(Buffers.required(data));
    SocketFile f = open();
    SocketAddress a = SocketAddresses.fromPython(target, family, "sendto");
    try {
      while (true) {
        int n = f.datagram().send(buf, a);
        if (n > 0 || buf.limit() == 0) return PyInt.of(n);
        awaitWritable("socket.sendto");
      }
    } catch (IOException e) {
      throw SocketErrors.of(e);
    }
  }

  @PyMethod("shutdown") void shutdown(PyObject how) {
    int h = (int) Abstract.indexValue(how);
    if (h < 0 || h > 2) throw OsErrors.ofErrno(Errno.EINVAL, null, null);
    try {
      open().shutdown(h);
    } catch (IOException e) {
      throw SocketErrors.of(e);
    }
  }

  @PyMethod("getsockname") PyObject getsockname() {
    try {
      return SocketAddresses.toPython(open().localAddress(), family);
    } catch (IOException e) {
      throw SocketErrors.of(e);
    }
  }

  @PyMethod("getpeername") PyObject getpeername() {
    try {
      SocketAddress a = open().remoteAddress();
      if (a == null) throw OsErrors.ofErrno(SocketErrors.ENOTCONN, null, null);
      return SocketAddresses.toPython(a, family);
    } catch (IOException e) {
      throw SocketErrors.of(e);
    }
  }

  @PyMethod("setsockopt") void setsockopt(PyObject level, PyObject option, PyObject value,
                                          @PyMethod.Opt PyObject optlen) {
    int lvl = (int) Abstract.indexValue(level), opt = (int) Abstract.indexValue(option);
    SocketFile f = open();
    long v = value instanceof PyInt || value instanceof PyBool ? Abstract.indexValue(value) : 1;
    try {
      SocketOptions.set(f, lvl, opt, v);
    } catch (IOException e) {
      throw SocketErrors.of(e);
    }
  }

  @PyMethod("getsockopt") PyObject getsockopt(PyObject level, PyObject option, @PyMethod.Opt PyObject buflen) {
    int lvl = (int) Abstract.indexValue(level), opt = (int) Abstract.indexValue(option);
    SocketFile f = open();
    try {
      if (lvl == SocketConstants.SOL_SOCKET && opt == SocketConstants.SO_ERROR) return PyInt.of(pendingError(f));
      if (lvl == SocketConstants.SOL_SOCKET && opt == SocketConstants.SO_TYPE) return PyInt.of(f.type);
      if (lvl == SocketConstants.SOL_SOCKET && opt == SocketConstants.SO_DOMAIN) return PyInt.of(f.family);
      if (lvl == SocketConstants.SOL_SOCKET && opt == SocketConstants.SO_ACCEPTCONN) return PyInt.of(f.listening ? 1 : 0);
      long v = SocketOptions.get(f, lvl, opt);
      if (buflen != null) {
        byte[] b = new byte[(int) Abstract.indexValue(buflen)];
        for (int i = 0; i < Math.min(4, b.length); i++) b[i] = (byte) (v >> (8 * i));
        return new PyBytes(b);
      }
      return PyInt.of(v);
    } catch (IOException e) {
      throw SocketErrors.of(e);
    }
  }

  /** SO_ERROR: finishes a non-blocking connect and reports how it went (once), as asyncio asks after writability. */
  private static int pendingError(SocketFile f) {
    if (f.connecting) {
      try {
        if (!f.finishConnect()) return 0;
      } catch (IOException e) {
        f.connecting = false;
        return SocketErrors.errnoOf(e);
      }
    }
    int e = f.pendingError;
    f.pendingError = 0;
    return e;
  }

  @PyMethod("__repr__") PyObject repr() {
    return new dev.kaa.objects.PyStr(String.format("<socket object, fd=%d, family=%d, type=%d, proto=%d>",
        fd, family, sockType, proto));
  }

  @PyMethod("__enter__") PyObject enter() { return this; }

  @PyMethod("__exit__") void exit(@PyMethod.Star PyObject[] args) { close(); }
}
