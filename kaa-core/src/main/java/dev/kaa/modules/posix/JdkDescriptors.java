package dev.kaa.modules.posix;

import java.io.FileDescriptor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;

/**
 * The system descriptor behind a JDK channel, for a child process that is to inherit it ({@code pass_fds},
 * multiprocessing's pipes). The JDK keeps it in its own classes of {@code sun.nio.ch}, which the {@code kaa-cli} jar's
 * manifest opens to Kaa ({@code Add-Opens: java.base/sun.nio.ch}, as the JVM option {@code --add-opens} would); -1
 * where it does not (Kaa embedded without that grant), and passing such a file is refused.
 */
public final class JdkDescriptors {
  private JdkDescriptors() {}

  /** The descriptor of a socket or pipe channel, or of a file channel; -1 when it cannot be read. */
  public static int of(Object channel) {
    if (channel == null) return -1;
    try {
      Class<?> selectable = Class.forName("sun.nio.ch.SelChImpl");
      if (selectable.isInstance(channel)) return (int) selectable.getMethod("getFDVal").invoke(channel);
      Class<?> file = Class.forName("sun.nio.ch.FileChannelImpl");
      if (file.isInstance(channel)) return FileChannels.fdVal((FileDescriptor) FileChannels.FD.get(channel));
    } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
      // not opened to Kaa
    }
    return -1;
  }

  /** The reflective handles on FileChannelImpl, found once. */
  private static final class FileChannels {
    static final Field FD;
    static final Method FD_VAL;

    static {
      try {
        FD = Class.forName("sun.nio.ch.FileChannelImpl").getDeclaredField("fd");
        FD.setAccessible(true);
        FD_VAL = Class.forName("sun.nio.ch.IOUtil").getMethod("fdVal", FileDescriptor.class);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
    }

    static int fdVal(FileDescriptor fd) throws ReflectiveOperationException { return (int) FD_VAL.invoke(null, fd); }
  }
}
