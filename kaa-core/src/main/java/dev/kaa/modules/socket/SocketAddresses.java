package dev.kaa.modules.socket;

import dev.kaa.objects.Abstract;
import dev.kaa.objects.Buffers;
import dev.kaa.objects.Errors;
import dev.kaa.objects.ExceptionTypes;
import dev.kaa.objects.PyBytes;
import dev.kaa.objects.PyException;
import dev.kaa.objects.PyInt;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyStr;
import dev.kaa.objects.PyTuple;
import dev.kaa.objects.PyType;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.UnixDomainSocketAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Socket addresses between Python's forms ({@code (host, port)}, {@code (host, port, flowinfo, scope_id)}, a path
 * for AF_UNIX) and the JDK's, with host names resolved as the C library would ({@code ''} is any address,
 * {@code '<broadcast>'} the broadcast one) and resolution failures as {@code socket.gaierror}.
 */
final class SocketAddresses {
  private SocketAddresses() {}

  static final PyType GAIERROR = new PyType("socket.gaierror", ExceptionTypes.OSError);
  static final PyType HERROR = new PyType("socket.herror", ExceptionTypes.OSError);

  /** gaierror(code, message) as getaddrinfo's failures read. */
  static PyException gaierror(int code) {
    String text = switch (code) {
      case SocketConstants.EAI_NONAME -> "Name or service not known";
      case SocketConstants.EAI_AGAIN -> "Temporary failure in name resolution";
      case SocketConstants.EAI_FAMILY -> "ai_family not supported";
      case SocketConstants.EAI_SERVICE -> "Servname not supported for ai_socktype";
      default -> "Unknown error";
    };
    return PyException.withArgs(GAIERROR, PyInt.of(code), new PyStr(text));
  }

  static InetSocketAddress anyAddress(int family) {
    return new InetSocketAddress(family == SocketConstants.AF_INET6 ? anyV6() : anyV4(), 0);
  }

  private static InetAddress anyV4() {
    try {
      return InetAddress.getByAddress(new byte[4]);
    } catch (UnknownHostException e) {
      throw new IllegalStateException(e);
    }
  }

  private static InetAddress anyV6() {
    try {
      return InetAddress.getByAddress(new byte[16]);
    } catch (UnknownHostException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The host part of an address as text ({@code str}, or bytes/bytearray decoded as IDNA would for ASCII). */
  static String hostText(PyObject host, String function) {
    if (host instanceof PyStr s) return s.value;
    if (host instanceof PyBytes || host instanceof dev.kaa.objects.PyByteArray) {
      return new String(Buffers.required(host), StandardCharsets.ISO_8859_1);
    }
    throw Errors.typeError("%s(): AF_INET address must be str, not %s", function, host.type().name());
  }

  /** Resolves {@code host} for {@code family} (AF_UNSPEC: the first answer), raising gaierror. */
  static InetAddress resolve(String host, int family) {
    if (host.isEmpty()) return family == SocketConstants.AF_INET6 ? anyV6() : anyV4();
    if (host.equals("<broadcast>")) {
      try {
        return InetAddress.getByAddress(new byte[] {-1, -1, -1, -1});
      } catch (UnknownHostException e) {
        throw new IllegalStateException(e);
      }
    }
    try {
      for (InetAddress a : InetAddress.getAllByName(host)) {
        if (matches(a, family)) return a;
      }
    } catch (UnknownHostException | SecurityException e) {
      throw gaierror(SocketConstants.EAI_NONAME);
    }
    throw gaierror(family == SocketConstants.AF_INET6 || family == SocketConstants.AF_INET
        ? SocketConstants.EAI_NONAME : SocketConstants.EAI_FAMILY);
  }

  static boolean matches(InetAddress a, int family) {
    return family == SocketConstants.AF_UNSPEC || (family == SocketConstants.AF_INET) == (a instanceof Inet4Address);
  }

  /** A Python address for a socket of {@code family}, resolved. */
  static SocketAddress fromPython(PyObject address, int family, String function) {
    if (family == SocketConstants.AF_UNIX) {
      PyObject path = address instanceof PyStr || Buffers.exports(address) ? address
          : dev.kaa.objects.Attributes.get(address, "__fspath__").call0();
      String p = path instanceof PyStr s ? s.value : new String(Buffers.required(path), StandardCharsets.UTF_8);
      return UnixDomainSocketAddress.of(Path.of(p));
    }
    if (!(address instanceof PyTuple t)) {
      throw Errors.typeError("%s(): AF_INET%s address must be tuple, not %s", function,
          family == SocketConstants.AF_INET6 ? "6" : "", address.type().name());
    }
    int want = family == SocketConstants.AF_INET6 ? 4 : 2;
    if (t.size() < 2 || t.size() > want) {
      if (family == SocketConstants.AF_INET6) {
        throw Errors.typeError("%s(): AF_INET6 address must be a tuple (host, port[, flowinfo[, scopeid]])", function);
      }
      throw Errors.typeError("AF_INET address must be a pair (host, port)");
    }
    String host = hostText(t.get(0), function);
    if (!(t.get(1) instanceof PyInt)) {
      throw Errors.typeError("'%s' object cannot be interpreted as an integer", t.get(1).type().name());
    }
    long port = Abstract.indexValue(t.get(1));
    if (port < 0 || port > 65535) {
      throw Errors.overflowError("%s(): port must be 0-65535.", function);
    }
    return new InetSocketAddress(resolve(host, family), (int) port);
  }

  /** The Python form of a JDK address ({@code None} for none). */
  static PyObject toPython(SocketAddress address, int family) {
    if (address instanceof InetSocketAddress in) {
      InetAddress a = in.getAddress();
      PyStr host = new PyStr(hostString(a));
      if (a instanceof Inet6Address v6) {
        return PyTuple.of(host, PyInt.of(in.getPort()), PyInt.of(0), PyInt.of(v6.getScopeId()));
      }
      return PyTuple.of(host, PyInt.of(in.getPort()));
    }
    if (address instanceof UnixDomainSocketAddress u) return new PyStr(u.getPath().toString());
    if (family == SocketConstants.AF_UNIX) return new PyStr("");
    return family == SocketConstants.AF_INET6
        ? PyTuple.of(new PyStr("::"), PyInt.of(0), PyInt.of(0), PyInt.of(0))
        : PyTuple.of(new PyStr("0.0.0.0"), PyInt.of(0));
  }

  /** A numeric address as {@code inet_ntop} writes it (IPv6 compressed, without the JDK's scope suffix). */
  static String hostString(InetAddress a) {
    if (a instanceof Inet6Address) return Ipv6Text.format(a.getAddress());
    return a.getHostAddress();
  }
}
