package dev.kaa.modules.socket;

import java.io.IOException;
import java.net.SocketOption;
import java.net.StandardSocketOptions;

/**
 * {@code setsockopt}/{@code getsockopt} levels and names mapped to the JDK's socket options where it has one;
 * other options are remembered and reported back (the JDK cannot set them, and no stdlib code depends on them
 * taking effect), as a kernel that accepted them would.
 */
final class SocketOptions {
  private SocketOptions() {}

  private static SocketOption<?> jdkOption(int level, int name) {
    if (level == SocketConstants.SOL_SOCKET) {
      return switch (name) {
        case SocketConstants.SO_REUSEADDR -> StandardSocketOptions.SO_REUSEADDR;
        case SocketConstants.SO_REUSEPORT -> StandardSocketOptions.SO_REUSEPORT;
        case SocketConstants.SO_KEEPALIVE -> StandardSocketOptions.SO_KEEPALIVE;
        case SocketConstants.SO_BROADCAST -> StandardSocketOptions.SO_BROADCAST;
        case SocketConstants.SO_SNDBUF -> StandardSocketOptions.SO_SNDBUF;
        case SocketConstants.SO_RCVBUF -> StandardSocketOptions.SO_RCVBUF;
        case SocketConstants.SO_LINGER -> StandardSocketOptions.SO_LINGER;
        default -> null;
      };
    }
    if (level == SocketConstants.IPPROTO_TCP && name == SocketConstants.TCP_NODELAY) return StandardSocketOptions.TCP_NODELAY;
    if (level == SocketConstants.IPPROTO_IPV6 && name == SocketConstants.IPV6_V6ONLY) return null;
    if (level == SocketConstants.IPPROTO_IP && name == SocketConstants.IP_TOS) return StandardSocketOptions.IP_TOS;
    if (level == SocketConstants.IPPROTO_IP && name == SocketConstants.IP_MULTICAST_TTL) {
      return StandardSocketOptions.IP_MULTICAST_TTL;
    }
    if (level == SocketConstants.IPPROTO_IP && name == SocketConstants.IP_MULTICAST_LOOP) {
      return StandardSocketOptions.IP_MULTICAST_LOOP;
    }
    return null;
  }

  @SuppressWarnings("unchecked")
  static void set(SocketFile f, int level, int name, long value) throws IOException {
    SocketOption<?> o = jdkOption(level, name);
    if (o == null) {
      f.otherOptions.put(level << 16 | name, value);
    } else if (o.type() == Boolean.class) {
      f.setOption((SocketOption<Boolean>) o, value != 0);
    } else {
      f.setOption((SocketOption<Integer>) o, (int) value);
    }
  }

  static long get(SocketFile f, int level, int name) throws IOException {
    SocketOption<?> o = jdkOption(level, name);
    if (o == null) {
      return f.otherOptions.getOrDefault(level << 16 | name, 0L);
    }
    Object v = f.getOption(o);
    if (v instanceof Boolean b) return b ? 1 : 0;
    return v instanceof Integer i ? i : 0;
  }
}
