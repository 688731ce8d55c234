import dev.kaa.runtime.Interpreter;
import dev.kaa.runtime.Startup;
import dev.kaa.runtime.SysFlags;
import java.io.ByteArrayInputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.RecordComponent;
import java.util.List;

/**
 * Starts Kaa's interpreter several times in one JVM, as {@code kaa -c pass} starts it, and prints each start's CPU
 * time on its thread: the first start is a cold JVM's, the later ones show what the same work costs once the JVM has
 * loaded and compiled the code it runs. The argument is a letter per start: F a full start, S one without site
 * ({@code -S}). Not part of Kaa. Run with the launcher's JVM command (bench/startup_profile.sh shows how), e.g.
 * {@code javac -cp kaa-core/target/kaa-core.jar -d DIR bench/startup_profile/RepeatedStarts.java}, then
 * {@code java FLAGS -cp JARS:DIR -XX:AOTCache=kaa-core/target/kaa.aot RepeatedStarts FFFF}.
 */
public final class RepeatedStarts {
  public static void main(String[] args) throws Exception {
    String starts = args[0];
    Thread thread = new Thread(null, () -> {
      ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
      StringBuilder out = new StringBuilder();
      for (char kind : starts.toCharArray()) {
        long before = cpu.getCurrentThreadCpuTime();
        new Interpreter(new Interpreter.Config(List.of("-c"), "", "kaa", new ByteArrayInputStream(new byte[0]),
            System.out, System.err, kind == 'S' ? withoutSite() : Startup.DEFAULT));
        out.append(String.format(" %c %.1f", kind, (cpu.getCurrentThreadCpuTime() - before) / 1e6));
      }
      System.out.println("start CPU ms:" + out);
    }, "main", 512L << 20);  // a large stack, as Kaa's Main gives its main thread
    thread.start();
    thread.join();
  }

  /** The default start with {@code sys.flags.no_site} set. */
  private static Startup withoutSite() {
    try {
      SysFlags flags = Startup.DEFAULT.flags();
      RecordComponent[] parts = SysFlags.class.getRecordComponents();
      Object[] values = new Object[parts.length];
      Class<?>[] types = new Class<?>[parts.length];
      for (int i = 0; i < parts.length; i++) {
        values[i] = parts[i].getName().equals("noSite") ? 1 : parts[i].getAccessor().invoke(flags);
        types[i] = parts[i].getType();
      }
      Startup d = Startup.DEFAULT;
      return new Startup(d.origArgv(), d.pathAfterFirst(), SysFlags.class.getDeclaredConstructor(types).newInstance(values),
          d.warnoptions(), d.xoptions(), d.unbuffered(), d.stdoutLineBuffered(), d.ioEncoding(), d.ioErrors());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }
}
