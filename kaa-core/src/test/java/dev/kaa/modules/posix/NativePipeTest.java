package dev.kaa.modules.posix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A pipe that becomes the system's ({@link PipeBuffer#toNative}) keeps what it held and its ends' state, and a child
 * spawned with a descriptor ({@link NativeOs#spawn}) reads and writes it under the number it was given.
 */
class NativePipeTest {
  private NativeOs os;
  private final Readiness readiness = new Readiness();

  @BeforeEach void nativeCalls() {
    os = NativeOs.get();
    assumeTrue(os != null, "no native calls in this JVM (Java 22+ with native access)");
  }

  private static ByteBuffer bytes(String s) { return ByteBuffer.wrap(s.getBytes(StandardCharsets.US_ASCII)); }

  private static String read(OpenFile f, int n) throws IOException {
    ByteBuffer b = ByteBuffer.allocate(n);
    int got = f.read(b);
    return got <= 0 ? "<" + got + ">" : new String(b.array(), 0, got, StandardCharsets.US_ASCII);
  }

  @Test void whatThePipeHeldIsReadAfterItBecameTheSystems() throws IOException {
    PipeEnd[] p = PipeEnd.newPipe(readiness);
    p[1].write(bytes("before "));
    assertFalse(p[0].polled());
    int r = p[0].nativeFd(), w = p[1].nativeFd();
    assertTrue(r > 2 && w > 2 && r != w);
    assertTrue(p[0].polled() && p[1].polled());
    p[1].write(bytes("after"));
    assertTrue(p[0].readReady());
    assertEquals(12, p[0].available());
    assertEquals("before after", read(p[0], 100));
    assertFalse(p[0].readReady());
    p[0].setBlocking(false);
    assertEquals("<-1>", read(p[0], 100));
    p[1].release();
    assertTrue(p[0].hungUp());
    assertEquals("<0>", read(p[0], 100));
    p[0].release();
  }

  @Test void aWriteToAPipeWhoseReaderClosedIsEpipe() throws IOException {
    PipeEnd[] p = PipeEnd.newPipe(readiness);
    p[1].nativeFd();
    p[0].release();
    assertTrue(p[1].hungUp());
    ErrnoException e = org.junit.jupiter.api.Assertions.assertThrows(ErrnoException.class,
        () -> p[1].write(bytes("x")));
    assertEquals(Errno.EPIPE, e.errno);
    p[1].release();
  }

  @Test void aClosedEndStaysClosedWhenThePipeBecomesTheSystems() throws IOException {
    PipeEnd[] p = PipeEnd.newPipe(readiness);
    p[1].write(bytes("last words"));
    p[1].release();
    assertEquals(-1, p[1].nativeFd());
    assertTrue(p[0].nativeFd() > 2);
    assertEquals("last words", read(p[0], 100));
    assertEquals("<0>", read(p[0], 100));
    p[0].release();
  }

  @Test void aSpawnedChildWritesToTheDescriptorItWasGiven() throws IOException {
    PipeEnd[] p = PipeEnd.newPipe(readiness);
    long pid = os.spawn("/bin/sh", List.of("sh", "-c", "echo from child >&9; exit 3"), List.of("PATH=/bin:/usr/bin"),
        "/", new int[] {p[1].nativeFd()}, new int[] {9});
    p[1].release();
    assertEquals(3 << 8, os.waitpid(pid, false));
    assertEquals("from child\n", read(p[0], 100));
    assertEquals("<0>", read(p[0], 100));
    p[0].release();
  }

  @Test void aChildGetsOnlyTheDescriptorsItWasGiven() throws IOException {
    PipeEnd[] kept = PipeEnd.newPipe(readiness), other = PipeEnd.newPipe(readiness);
    int otherFd = other[1].nativeFd();
    long pid = os.spawn("/bin/sh", List.of("sh", "-c", "ls /proc/self/fd >&5"), List.of("PATH=/bin:/usr/bin"), "/",
        new int[] {kept[1].nativeFd()}, new int[] {5});
    kept[1].release();
    os.waitpid(pid, false);
    StringBuilder listing = new StringBuilder();
    for (String s; !(s = read(kept[0], 1000)).equals("<0>"); ) listing.append(s);
    // 0, 1, 2, 5, and the descriptor ls opened to list the directory
    List<String> fds = List.of(listing.toString().trim().split("\\s+"));
    assertTrue(fds.contains("5"), fds.toString());
    assertFalse(fds.contains(Integer.toString(otherFd)), fds.toString());
    assertTrue(fds.size() <= 5, fds.toString());
    kept[0].release();
    other[0].release();
    other[1].release();
  }
}
