package dev.kaa.modules.socket;

import dev.kaa.modules.posix.Errno;
import dev.kaa.modules.posix.ErrnoException;
import dev.kaa.modules.posix.Interruptible;
import dev.kaa.modules.posix.OpenFile;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ProtocolFamily;
import java.net.SocketAddress;
import java.net.SocketOption;
import java.net.StandardProtocolFamily;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedSelectorException;
import java.nio.channels.DatagramChannel;
import java.nio.channels.NetworkChannel;
import java.nio.channels.SelectableChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The open file description behind a socket's descriptor. A BSD socket is made first and becomes a server or a
 * client later; the JDK has a different channel for each, so the channel is made when the socket's use is known:
 * {@code bind} of a stream socket opens a listening {@link ServerSocketChannel} (reopened as a client if
 * {@code connect} follows), {@code connect} a {@link SocketChannel}, datagram sockets a {@link DatagramChannel}.
 * Channels are always non-blocking underneath: a blocking call waits on this socket's own {@link Selector} a tick at
 * a time, so Ctrl-C and timeouts reach it, and {@code select} asks the same selector whether the socket is ready.
 */
final class SocketFile extends OpenFile {
  final int family, type;
  private SelectableChannel channel;
  private Selector selector;
  /** Options set before the channel existed, applied when it is made. */
  private final Map<SocketOption<Object>, Object> pendingOptions = new LinkedHashMap<>();
  /** Options the JDK has no handle for, as set: (level << 16 | name) -> value ({@link SocketOptions}). */
  final Map<Integer, Long> otherOptions = new java.util.HashMap<>();
  /** Where {@code bind} put a stream socket that then connects (its listening channel is given up). */
  private SocketAddress boundClient;
  boolean listening;
  /** A non-blocking {@code connect} that has not finished: its outcome is asked for through SO_ERROR. */
  boolean connecting;
  /** The errno of a failed non-blocking connect, reported once by SO_ERROR. */
  int pendingError;
  private boolean inputShut;
  private static final long TICK_MILLIS = 20;

  SocketFile(int family, int type) {
    this.family = family;
    this.type = type;
  }

  /** A connected stream socket made by accept() or socketpair(). */
  SocketFile(int family, SocketChannel accepted) throws IOException {
    this(family, SocketConstants.SOCK_STREAM);
    adopt(accepted);
  }

  @Override public Kind kind() { return Kind.SOCKET; }

  @Override public boolean readable() { return true; }

  @Override public boolean writable() { return true; }

  boolean isStream() { return type == SocketConstants.SOCK_STREAM; }

  ProtocolFamily protocolFamily() {
    return switch (family) {
      case SocketConstants.AF_INET6 -> StandardProtocolFamily.INET6;
      case SocketConstants.AF_UNIX -> StandardProtocolFamily.UNIX;
      default -> StandardProtocolFamily.INET;
    };
  }

  SelectableChannel channel() { return channel; }

  /**
   * The channel's system descriptor, for a child that inherits the socket (multiprocessing's duplex pipes); -1
   * without a channel or where the JDK does not tell ({@link dev.kaa.modules.posix.JdkDescriptors}).
   */
  @Override public int nativeFd() { return dev.kaa.modules.posix.JdkDescriptors.of(channel); }

  private void adopt(SelectableChannel c) throws IOException {
    c.configureBlocking(false);
    channel = c;
    for (Map.Entry<SocketOption<Object>, Object> o : pendingOptions.entrySet()) {
      if (((NetworkChannel) c).supportedOptions().contains(o.getKey())) ((NetworkChannel) c).setOption(o.getKey(), o.getValue());
    }
  }

  /** The datagram channel, made on first use. */
  DatagramChannel datagram() throws IOException {
    if (channel == null) adopt(DatagramChannel.open(protocolFamily()));
    return (DatagramChannel) channel;
  }

  void bind(SocketAddress address) throws IOException {
    if (!isStream()) {
      datagram().bind(address);
    } else if (channel == null) {
      ServerSocketChannel server = ServerSocketChannel.open(protocolFamily());
      applyReuse(server);
      server.bind(address, 128);
      adopt(server);
    } else {
      throw new ErrnoException(Errno.EINVAL);
    }
  }

  private void applyReuse(NetworkChannel c) throws IOException {
    for (Map.Entry<SocketOption<Object>, Object> o : pendingOptions.entrySet()) {
      if (c.supportedOptions().contains(o.getKey())) c.setOption(o.getKey(), o.getValue());
    }
  }

  void listen() throws IOException {
    if (!isStream()) throw new ErrnoException(Errno.EOPNOTSUPP);
    if (channel == null) bind(family == SocketConstants.AF_UNIX ? null : SocketAddresses.anyAddress(family));
    if (!(channel instanceof ServerSocketChannel)) throw new ErrnoException(Errno.EINVAL);
    listening = true;
  }

  /** Starts connecting; true when the connection is made already (loopback often is). */
  boolean startConnect(SocketAddress address) throws IOException {
    if (!isStream()) {
      datagram().connect(address);
      return true;
    }
    if (channel instanceof ServerSocketChannel server) {  // bound first: give the address to a client channel
      boundClient = server.getLocalAddress();
      server.close();
      channel = null;
    }
    if (channel instanceof SocketChannel sc && sc.isConnected()) throw new ErrnoException(SocketErrors.EISCONN);
    if (channel == null) {
      SocketChannel sc = SocketChannel.open(protocolFamily());
      adopt(sc);
      if (boundClient != null) sc.bind(boundClient);
    }
    connecting = true;
    boolean done = ((SocketChannel) channel).connect(address);
    if (done) connecting = false;
    return done;
  }

  /** Finishes a connect: true when connected, false when still in progress; throws its failure. */
  boolean finishConnect() throws IOException {
    if (!connecting) return true;
    try {
      if (!((SocketChannel) channel).finishConnect()) return false;
    } finally {
      // a failure ends the attempt too
      if (!((SocketChannel) channel).isConnectionPending()) connecting = false;
    }
    connecting = false;
    return true;
  }

  SocketChannel accept() throws IOException {
    if (!(channel instanceof ServerSocketChannel server) || !listening) throw new ErrnoException(Errno.EINVAL);
    return server.accept();
  }

  SocketChannel stream() throws IOException {
    if (channel instanceof SocketChannel sc && sc.isConnected()) return sc;
    throw new ErrnoException(SocketErrors.ENOTCONN);
  }

  /** Whether {@code os.read}/{@code os.write} on the descriptor wait (a socket whose timeout is None). */
  volatile boolean blockingMode = true;

  @Override public boolean blocking() { return blockingMode; }

  @Override public void setBlocking(boolean blocking) { blockingMode = blocking; }

  /** POSIX read on the descriptor: waits when the socket is blocking. */
  @Override public int read(ByteBuffer into) throws IOException {
    while (true) {
      int n = readNow(into);
      if (n != -1 || !blockingMode) return n;
      awaitReadable(-1);
    }
  }

  @Override public int write(ByteBuffer from) throws IOException {
    while (true) {
      int n = writeNow(from);
      if (n != -1 || !blockingMode) return n;
      awaitWritable(-1);
    }
  }

  /** Reads what is there: the count, 0 at end of stream, -1 when nothing has arrived yet. */
  int readNow(ByteBuffer into) throws IOException {
    if (!isStream()) {
      return datagram().isConnected() ? datagram().read(into) : receiveUnconnected(into);
    }
    if (inputShut) return 0;
    int n = stream().read(into);
    return n < 0 ? 0 : n == 0 && into.hasRemaining() ? -1 : n;
  }

  private int receiveUnconnected(ByteBuffer into) throws IOException {
    int before = into.position();
    return datagram().receive(into) == null ? -1 : into.position() - before;
  }

  /** Writes what fits now: the count, -1 when nothing could be written yet. */
  int writeNow(ByteBuffer from) throws IOException {
    if (!isStream()) return datagram().write(from);
    int n = stream().write(from);
    return n == 0 && from.hasRemaining() ? -1 : n;
  }

  void shutdown(int how) throws IOException {
    SocketChannel sc = stream();
    if (how == SocketConstants.SHUT_RD || how == SocketConstants.SHUT_RDWR) {
      sc.shutdownInput();
      inputShut = true;
    }
    if (how == SocketConstants.SHUT_WR || how == SocketConstants.SHUT_RDWR) sc.shutdownOutput();
  }

  @SuppressWarnings("unchecked")
  <T> void setOption(SocketOption<T> option, T value) throws IOException {
    if (channel instanceof NetworkChannel nc && nc.supportedOptions().contains(option)) {
      nc.setOption(option, value);
    }
    pendingOptions.put((SocketOption<Object>) option, value);
  }

  <T> T getOption(SocketOption<T> option) throws IOException {
    if (channel instanceof NetworkChannel nc && nc.supportedOptions().contains(option)) return nc.getOption(option);
    @SuppressWarnings("unchecked") T pending = (T) pendingOptions.get(option);
    return pending;
  }

  SocketAddress localAddress() throws IOException {
    if (channel instanceof NetworkChannel nc) return nc.getLocalAddress();
    return boundClient;
  }

  SocketAddress remoteAddress() throws IOException {
    if (channel instanceof SocketChannel sc) return sc.getRemoteAddress();
    if (channel instanceof DatagramChannel dc) return dc.getRemoteAddress();
    return null;
  }

  /** The operations {@code select} and blocking calls wait for: reading means accepting on a listening socket. */
  private int readOps() { return listening ? SelectionKey.OP_ACCEPT : SelectionKey.OP_READ; }

  private int writeOps() { return connecting ? SelectionKey.OP_CONNECT : SelectionKey.OP_WRITE; }

  @Override public boolean readReady() {
    if (channel == null || inputShut) return channel == null || inputShut;
    return ready(readOps(), 0);
  }

  @Override public boolean writeReady() {
    if (channel == null) return false;
    if (channel instanceof ServerSocketChannel) return false;
    return ready(writeOps(), 0);
  }

  /** Waits until reading (accepting) would not block; false when {@code timeoutNanos} (>= 0) passed first. */
  boolean awaitReadable(long timeoutNanos) throws IOException { return await(readOps(), timeoutNanos); }

  boolean awaitWritable(long timeoutNanos) throws IOException { return await(writeOps(), timeoutNanos); }

  /** Called with the GIL released ({@link Interruptible#call}). */
  private boolean await(int ops, long timeoutNanos) throws IOException {
    long end = timeoutNanos < 0 ? Long.MAX_VALUE : System.nanoTime() + timeoutNanos;
    while (true) {
      long left = end - System.nanoTime();
      if (timeoutNanos >= 0 && left <= 0) return ready(ops, 0);
      long millis = Math.max(1, Math.min(TICK_MILLIS, timeoutNanos < 0 ? TICK_MILLIS : left / 1_000_000));
      if (ready(ops, millis)) return true;
      if (Thread.currentThread().isInterrupted()) throw new InterruptedIOException("interrupted");
      Interruptible.checkpoint();
    }
  }

  /** Whether {@code ops} are ready now, waiting up to {@code millis} (0: just look). */
  private synchronized boolean ready(int ops, long millis) {
    try {
      if (selector == null) selector = Selector.open();
      SelectionKey key = channel.keyFor(selector);
      if (key == null) key = channel.register(selector, ops);
      else key.interestOps(ops);
      int n = millis == 0 ? selector.selectNow() : selector.select(millis);
      selector.selectedKeys().clear();
      return n > 0 && (key.readyOps() & ops) != 0;
    } catch (IOException | ClosedSelectorException | java.nio.channels.CancelledKeyException e) {
      return true;  // the call itself will report what is wrong
    }
  }

  @Override protected void release() throws IOException {
    try {
      if (selector != null) selector.close();
    } finally {
      if (channel != null) channel.close();
    }
  }
}
