package dev.kaa.modules.socket;

import dev.kaa.modules.posix.Errno;
import dev.kaa.modules.posix.OsErrors;
import dev.kaa.objects.Abstract;
import dev.kaa.objects.Buffers;
import dev.kaa.objects.Errors;
import dev.kaa.objects.ExceptionTypes;
import dev.kaa.objects.PyBool;
import dev.kaa.objects.PyBytes;
import dev.kaa.objects.PyFloat;
import dev.kaa.objects.PyInt;
import dev.kaa.objects.PyList;
import dev.kaa.objects.PyMethod;
import dev.kaa.objects.PyNone;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyStr;
import dev.kaa.objects.PyTuple;
import dev.kaa.runtime.Interpreter;
import dev.kaa.runtime.PyModule;
import java.io.IOException;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.net.UnknownHostException;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code _socket}, the C half of socket.py: the socket type over the JDK's NIO channels ({@link PySocket}), name
 * resolution through {@link InetAddress}, the byte-order and address-text helpers, and the constants.
 */
public final class SocketModule {
  private SocketModule() {}

  /** The module's per-interpreter state: {@code setdefaulttimeout}'s value. */
  static final class State {
    volatile double defaultTimeout = -1;
  }

  static State state(Interpreter interp) { return interp.moduleState(State.class, i -> new State()); }

  public static PyModule create(Interpreter interp) {
    PyModule m = new PyModule("_socket", new PyStr("Implementation module for socket operations."), interp);
    m.addFunctions(SocketModule.class);
    m.put("socket", PySocket.TYPE);
    m.put("SocketType", PySocket.TYPE);
    m.put("error", ExceptionTypes.OSError);
    m.put("timeout", ExceptionTypes.TimeoutError);
    m.put("gaierror", SocketAddresses.GAIERROR);
    m.put("herror", SocketAddresses.HERROR);
    m.put("has_ipv6", PyBool.TRUE);
    for (Map.Entry<String, Long> c : SocketConstants.ALL.entrySet()) m.put(c.getKey(), PyInt.of(c.getValue()));
    return m;
  }

  /** A timeout argument: None -> -1 (block), else non-negative seconds. */
  static double timeoutArg(PyObject value) {
    if (value == PyNone.NONE) return -1;
    double t = Abstract.floatValue(value);
    if (t < 0) throw Errors.valueError("Timeout value out of range");
    return t;
  }

  @PyMethod("getdefaulttimeout") static PyObject getdefaulttimeout(PyModule self) {
    double t = state(self.interpreter()).defaultTimeout;
    return t < 0 ? PyNone.NONE : new PyFloat(t);
  }

  @PyMethod("setdefaulttimeout") static void setdefaulttimeout(PyModule self, PyObject timeout) {
    state(self.interpreter()).defaultTimeout = timeoutArg(timeout);
  }

  /**
   * {@code socketpair(family=AF_UNIX, type=SOCK_STREAM, proto=0)}: two connected stream sockets, made by listening on
   * a private address (a Unix socket file that is removed at once, or an ephemeral loopback port) and connecting.
   */
  @PyMethod("socketpair") static PyObject socketpair(PyModule self, @PyMethod.Opt PyObject family,
                                                    @PyMethod.Opt PyObject type, @PyMethod.Opt PyObject proto) {
    Interpreter interp = self.interpreter();
    int fam = family == null || family == PyNone.NONE ? SocketConstants.AF_UNIX : (int) Abstract.indexValue(family);
    try {
      ServerSocketChannel server;
      Path tempDir = null;
      if (fam == SocketConstants.AF_UNIX) {
        tempDir = Files.createTempDirectory("kaa-socketpair");
        server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        server.bind(UnixDomainSocketAddress.of(tempDir.resolve("s")));
      } else {
        server = ServerSocketChannel.open(fam == SocketConstants.AF_INET6 ? StandardProtocolFamily.INET6
            : StandardProtocolFamily.INET);
        server.bind(new java.net.InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
      }
      SocketChannel a, b;
      try (server) {
        a = SocketChannel.open(server.getLocalAddress());
        b = server.accept();
      } finally {
        if (tempDir != null) {
          Files.deleteIfExists(tempDir.resolve("s"));
          Files.deleteIfExists(tempDir);
        }
      }
      SocketFile fa = new SocketFile(fam, a), fb = new SocketFile(fam, b);
      int na = interp.posix().fds().add(fa, false), nb = interp.posix().fds().add(fb, false);
      return PyTuple.of(PySocket.wrap(interp, fa, na, 0), PySocket.wrap(interp, fb, nb, 0));
    } catch (IOException e) {
      throw SocketErrors.of(e);
    }
  }

  @PyMethod("dup") static PyObject dup(PyModule self, PyObject fd) {
    return PyInt.of(self.interpreter().posix().fds().dup((int) Abstract.indexValue(fd)));
  }

  @PyMethod("close") static void close(PyModule self, PyObject fd) {
    self.interpreter().posix().fds().close((int) Abstract.indexValue(fd));
  }

  @PyMethod("gethostname") static PyObject gethostname(PyModule self) {
    try {
      String name = Files.readString(Path.of("/proc/sys/kernel/hostname")).strip();
      if (!name.isEmpty()) return new PyStr(name);
    } catch (IOException | RuntimeException notLinux) {
      // fall through to the JDK's answer
    }
    try {
      return new PyStr(InetAddress.getLocalHost().getHostName());
    } catch (UnknownHostException e) {
      return new PyStr("localhost");
    }
  }

  @PyMethod("gethostbyname") static PyObject gethostbyname(PyModule self, PyObject host) {
    return new PyStr(SocketAddresses.hostString(SocketAddresses.resolve(
        SocketAddresses.hostText(host, "gethostbyname"), SocketConstants.AF_INET)));
  }

  @PyMethod("gethostbyname_ex") static PyObject gethostbynameEx(PyModule self, PyObject host) {
    String name = SocketAddresses.hostText(host, "gethostbyname_ex");
    PyList addresses = new PyList();
    for (InetAddress a : all(name)) {
      if (a instanceof Inet4Address) addresses.add(new PyStr(a.getHostAddress()));
    }
    if (addresses.size() == 0) throw SocketAddresses.gaierror(SocketConstants.EAI_NONAME);
    return PyTuple.of(new PyStr(name), new PyList(), addresses);
  }

  @PyMethod("gethostbyaddr") static PyObject gethostbyaddr(PyModule self, PyObject host) {
    InetAddress a = SocketAddresses.resolve(SocketAddresses.hostText(host, "gethostbyaddr"), SocketConstants.AF_UNSPEC);
    String name = a.getCanonicalHostName();
    if (name.equals(a.getHostAddress())) {
      throw dev.kaa.objects.PyException.withArgs(SocketAddresses.HERROR, PyInt.of(1), new PyStr("Unknown host"));
    }
    PyList addresses = new PyList();
    addresses.add(new PyStr(SocketAddresses.hostString(a)));
    return PyTuple.of(new PyStr(name), new PyList(), addresses);
  }

  private static InetAddress[] all(String host) {
    try {
      return host.isEmpty() ? new InetAddress[] {SocketAddresses.anyAddress(SocketConstants.AF_INET).getAddress()}
          : InetAddress.getAllByName(host);
    } catch (UnknownHostException | SecurityException e) {
      throw SocketAddresses.gaierror(SocketConstants.EAI_NONAME);
    }
  }

  /**
   * {@code getaddrinfo(host, port, family=0, type=0, proto=0, flags=0)}: one entry per address and socket type
   * (stream, datagram and raw when no type is asked, as glibc answers), IPv4 before IPv6.
   */
  @PyMethod("getaddrinfo") static PyObject getaddrinfo(PyModule self, PyObject host, PyObject port,
      @PyMethod.Opt PyObject family, @PyMethod.Opt PyObject type, @PyMethod.Opt PyObject proto,
      @PyMethod.Opt PyObject flags) {
    int fam = intOr(family, 0), typ = intOr(type, 0), pro = intOr(proto, 0), fl = intOr(flags, 0);
    int portNumber = portOf(port, typ);
    List<InetAddress> addresses = new ArrayList<>();
    if (host == PyNone.NONE) {
      boolean passive = (fl & SocketConstants.AI_PASSIVE) != 0;
      if (fam != SocketConstants.AF_INET6) {
        addresses.add(passive ? SocketAddresses.anyAddress(SocketConstants.AF_INET).getAddress()
            : InetAddress.getLoopbackAddress());
      }
      if (fam != SocketConstants.AF_INET) {
        addresses.add(passive ? SocketAddresses.anyAddress(SocketConstants.AF_INET6).getAddress() : loopbackV6());
      }
    } else {
      String name = host instanceof PyStr s ? s.value : new String(Buffers.required(host), StandardCharsets.UTF_8);
      if ((fl & SocketConstants.AI_NUMERICHOST) != 0 && Ipv6Text.parseV4(name) == null
          && Ipv6Text.parseV6(name) == null) {
        throw SocketAddresses.gaierror(SocketConstants.EAI_NONAME);
      }
      for (InetAddress a : all(name)) {
        if (SocketAddresses.matches(a, fam) && !addresses.contains(a)) addresses.add(a);
      }
      addresses.sort((x, y) -> Boolean.compare(x instanceof Inet6Address, y instanceof Inet6Address));
      if (addresses.isEmpty()) throw SocketAddresses.gaierror(fam == 0 ? SocketConstants.EAI_NONAME : -9);
    }
    int[][] kinds = {{SocketConstants.SOCK_STREAM, SocketConstants.IPPROTO_TCP},
        {SocketConstants.SOCK_DGRAM, SocketConstants.IPPROTO_UDP}, {SocketConstants.SOCK_RAW, 0}};
    PyList out = new PyList();
    for (InetAddress a : addresses) {
      int af = a instanceof Inet6Address ? SocketConstants.AF_INET6 : SocketConstants.AF_INET;
      for (int[] k : kinds) {
        if (typ != 0 && typ != k[0]) continue;
        if (pro != 0 && k[1] != 0 && pro != k[1]) continue;
        int p = typ != 0 && pro != 0 ? pro : k[1];
        out.add(PyTuple.of(PyInt.of(af), PyInt.of(k[0]), PyInt.of(p), new PyStr(""),
            SocketAddresses.toPython(new java.net.InetSocketAddress(a, portNumber), af)));
      }
    }
    return out;
  }

  private static InetAddress loopbackV6() {
    try {
      return InetAddress.getByAddress(Ipv6Text.parseV6("::1"));
    } catch (UnknownHostException e) {
      throw new IllegalStateException(e);
    }
  }

  private static int intOr(PyObject o, int dflt) {
    return o == null || o == PyNone.NONE ? dflt : (int) Abstract.indexValue(o);
  }

  private static int portOf(PyObject port, int type) {
    if (port == PyNone.NONE) return 0;
    if (port instanceof PyInt) return (int) Abstract.indexValue(port);
    String text = port instanceof PyStr s ? s.value
        : port instanceof PyBytes ? new String(Buffers.required(port), StandardCharsets.UTF_8) : null;
    if (text == null) throw new dev.kaa.objects.PyException(ExceptionTypes.OSError, "Int or String expected");
    if (text.chars().allMatch(Character::isDigit) && !text.isEmpty()) return Integer.parseInt(text);
    Integer known = Services.port(text, type == SocketConstants.SOCK_DGRAM ? "udp" : "tcp");
    if (known == null) throw SocketAddresses.gaierror(SocketConstants.EAI_SERVICE);
    return known;
  }

  @PyMethod("getnameinfo") static PyObject getnameinfo(PyModule self, PyObject sockaddr, PyObject flags) {
    if (!(sockaddr instanceof PyTuple t) || t.size() < 2) throw Errors.typeError("getnameinfo() argument 1 must be a tuple");
    int fl = (int) Abstract.indexValue(flags);
    InetAddress a = SocketAddresses.resolve(SocketAddresses.hostText(t.get(0), "getnameinfo"), SocketConstants.AF_UNSPEC);
    int port = (int) Abstract.indexValue(t.get(1));
    String host = (fl & SocketConstants.NI_NUMERICHOST) != 0 ? SocketAddresses.hostString(a) : a.getCanonicalHostName();
    String serv = (fl & SocketConstants.NI_NUMERICSERV) != 0 ? Integer.toString(port)
        : java.util.Objects.requireNonNullElse(Services.name(port, (fl & SocketConstants.NI_DGRAM) != 0 ? "udp" : "tcp"),
            Integer.toString(port));
    return PyTuple.of(new PyStr(host), new PyStr(serv));
  }

  @PyMethod("getservbyname") static PyObject getservbyname(PyModule self, PyObject name, @PyMethod.Opt PyObject proto) {
    String p = proto == null ? null : Abstract.str(proto).value;
    Integer port = Services.port(Abstract.str(name).value, p);
    if (port == null) throw new dev.kaa.objects.PyException(ExceptionTypes.OSError, "service/proto not found");
    return PyInt.of(port);
  }

  @PyMethod("getservbyport") static PyObject getservbyport(PyModule self, PyObject port, @PyMethod.Opt PyObject proto) {
    long n = Abstract.indexValue(port);
    if (n < 0 || n > 65535) throw Errors.overflowError("getservbyport: port must be 0-65535.");
    String name = Services.name((int) n, proto == null ? null : Abstract.str(proto).value);
    if (name == null) throw new dev.kaa.objects.PyException(ExceptionTypes.OSError, "port/proto not found");
    return new PyStr(name);
  }

  @PyMethod("getprotobyname") static PyObject getprotobyname(PyModule self, PyObject name) {
    return switch (Abstract.str(name).value) {
      case "ip" -> PyInt.of(0);
      case "icmp" -> PyInt.of(1);
      case "tcp" -> PyInt.of(6);
      case "udp" -> PyInt.of(17);
      case "ipv6" -> PyInt.of(41);
      case "icmpv6", "ipv6-icmp" -> PyInt.of(58);
      default -> throw new dev.kaa.objects.PyException(ExceptionTypes.OSError, "protocol not found");
    };
  }

  @PyMethod("htons") static PyObject htons(PyModule self, PyObject x) { return PyInt.of(swap16(x, "htons")); }

  @PyMethod("ntohs") static PyObject ntohs(PyModule self, PyObject x) { return PyInt.of(swap16(x, "ntohs")); }

  @PyMethod("htonl") static PyObject htonl(PyModule self, PyObject x) { return PyInt.of(swap32(x)); }

  @PyMethod("ntohl") static PyObject ntohl(PyModule self, PyObject x) { return PyInt.of(swap32(x)); }

  private static long swap16(PyObject x, String name) {
    long v = Abstract.indexValue(x);
    if (v < 0) throw Errors.overflowError("%s: can't convert negative Python int to C 16-bit unsigned integer", name);
    if (v > 0xffff) throw Errors.overflowError("%s: Python int too large to convert to C 16-bit unsigned integer", name);
    return ((v & 0xff) << 8) | (v >> 8);
  }

  private static long swap32(PyObject x) {
    long v = Abstract.indexValue(x);
    if (v < 0) throw Errors.overflowError("can't convert negative value to unsigned int");
    if (v > 0xffffffffL) throw Errors.overflowError("int larger than 32 bits");
    return Integer.toUnsignedLong(Integer.reverseBytes((int) v));
  }

  @PyMethod("inet_aton") static PyObject inetAton(PyModule self, PyObject text) {
    byte[] a = InetAton.parse(Abstract.str(text).value);
    if (a == null) throw new dev.kaa.objects.PyException(ExceptionTypes.OSError, "illegal IP address string passed to inet_aton");
    return new PyBytes(a);
  }

  @PyMethod("inet_ntoa") static PyObject inetNtoa(PyModule self, PyObject packed) {
    byte[] a = Buffers.required(packed);
    if (a.length != 4) throw new dev.kaa.objects.PyException(ExceptionTypes.OSError, "packed IP wrong length for inet_ntoa");
    return new PyStr(Ipv6Text.format(a));
  }

  @PyMethod("inet_pton") static PyObject inetPton(PyModule self, PyObject family, PyObject text) {
    int fam = (int) Abstract.indexValue(family);
    String s = Abstract.str(text).value;
    byte[] a = fam == SocketConstants.AF_INET ? Ipv6Text.parseV4(s)
        : fam == SocketConstants.AF_INET6 ? Ipv6Text.parseV6(s) : null;
    if (fam != SocketConstants.AF_INET && fam != SocketConstants.AF_INET6) {
      throw OsErrors.ofErrno(SocketErrors.EAFNOSUPPORT, null, null);
    }
    if (a == null) throw new dev.kaa.objects.PyException(ExceptionTypes.OSError, "illegal IP address string passed to inet_pton");
    return new PyBytes(a);
  }

  @PyMethod("inet_ntop") static PyObject inetNtop(PyModule self, PyObject family, PyObject packed) {
    int fam = (int) Abstract.indexValue(family);
    byte[] a = Buffers.required(packed);
    if (fam == SocketConstants.AF_INET && a.length != 4 || fam == SocketConstants.AF_INET6 && a.length != 16) {
      throw Errors.valueError("invalid length of packed IP address string");
    }
    if (fam != SocketConstants.AF_INET && fam != SocketConstants.AF_INET6) {
      throw Errors.valueError("unknown address family %d", fam);
    }
    return new PyStr(Ipv6Text.format(a));
  }

  @PyMethod("if_nameindex") static PyObject ifNameindex(PyModule self) {
    PyList out = new PyList();
    try {
      for (var nif : java.util.Collections.list(java.net.NetworkInterface.getNetworkInterfaces())) {
        out.add(PyTuple.of(PyInt.of(nif.getIndex()), new PyStr(nif.getName())));
      }
    } catch (IOException e) {
      throw SocketErrors.of(e);
    }
    return out;
  }
}
