package dev.kaa.modules.posix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kaa.objects.Abstract;
import dev.kaa.objects.Attributes;
import dev.kaa.objects.PyException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The descriptor table's POSIX rules: lowest free number, dup sharing one open file, dup2, close with the last. */
class FdTableTest {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final FdTable table = new FdTable(new ByteArrayInputStream("in".getBytes(StandardCharsets.UTF_8)), out,
      new ByteArrayOutputStream(), false);
  @TempDir Path dir;

  private static int errno(Runnable r) {
    PyException e = assertThrows(PyException.class, r::run);
    return (int) Abstract.indexValue(Attributes.get(e.value(), "errno"));
  }

  @Test void standardStreamsAreZeroOneTwo() throws IOException {
    ByteBuffer b = ByteBuffer.allocate(10);
    assertEquals(2, table.get(0).read(b));
    table.get(1).write(ByteBuffer.wrap("hi".getBytes(StandardCharsets.UTF_8)));
    assertEquals("hi", out.toString(StandardCharsets.UTF_8));
  }

  @Test void newDescriptorsTakeTheLowestFreeNumber() {
    PipeEnd[] p = PipeEnd.newPipe(table.readiness());
    assertEquals(3, table.add(p[0], false));
    assertEquals(4, table.add(p[1], false));
    table.close(3);
    assertEquals(3, table.dup(4));
    assertEquals(5, table.dup(4));
  }

  @Test void theFileClosesWithItsLastDescriptor() throws IOException {
    PipeEnd[] p = PipeEnd.newPipe(table.readiness());
    int r = table.add(p[0], false), w = table.add(p[1], false);
    int w2 = table.dup(w);
    table.close(w);
    table.get(w2).write(ByteBuffer.wrap(new byte[] {7}));
    table.close(w2);
    ByteBuffer b = ByteBuffer.allocate(4);
    assertEquals(1, table.get(r).read(b));
    assertEquals(0, table.get(r).read(b), "end of file once every write end is closed");
  }

  @Test void dup2ReplacesTheTargetAndKeepsEqualNumbers() {
    PipeEnd[] p = PipeEnd.newPipe(table.readiness());
    int r = table.add(p[0], false);
    assertEquals(9, table.dup2(r, 9, true));
    assertSame(table.get(r), table.get(9));
    assertTrue(table.inheritable(9));
    assertFalse(table.inheritable(r));
    assertEquals(r, table.dup2(r, r, false));
    assertEquals(Errno.EBADF, errno(() -> table.dup2(42, 3, true)));
  }

  @Test void closedNumbersAreBadDescriptors() {
    table.close(2);
    assertNull(table.lookup(2));
    assertEquals(Errno.EBADF, errno(() -> table.close(2)));
    assertEquals(Errno.EBADF, errno(() -> table.get(-1)));
  }

  @Test void filesShareTheirOffsetAcrossDup() throws IOException {
    Path f = dir.resolve("f");
    Files.writeString(f, "abcdef");
    int fd = table.open(f, OpenFlags.O_RDONLY, 0666, 022);
    int copy = table.dup(fd);
    table.get(fd).read(ByteBuffer.allocate(2));
    assertEquals(2, table.get(copy).seek(0, 1));
  }

  @Test void appendWritesAtTheEndEvenWhenReadable() throws IOException {
    Path f = dir.resolve("log");
    Files.writeString(f, "ab");
    int fd = table.open(f, OpenFlags.O_RDWR | OpenFlags.O_APPEND, 0666, 022);
    table.get(fd).seek(0, 0);
    table.get(fd).write(ByteBuffer.wrap("cd".getBytes(StandardCharsets.UTF_8)));
    assertEquals("abcd", Files.readString(f));
  }

  @Test void openFailuresCarryPosixErrnos() {
    assertEquals(Errno.ENOENT, OsErrors.errnoOf(assertThrows(IOException.class,
        () -> table.open(dir.resolve("none"), OpenFlags.O_RDONLY, 0, 0))));
    assertEquals(Errno.EISDIR, OsErrors.errnoOf(assertThrows(IOException.class,
        () -> table.open(dir, OpenFlags.O_WRONLY, 0, 0))));
    assertEquals(Errno.EEXIST, OsErrors.errnoOf(assertThrows(IOException.class,
        () -> table.open(dir, OpenFlags.O_CREAT | OpenFlags.O_EXCL | OpenFlags.O_WRONLY, 0666, 0))));
  }

  @Test void createdFilesGetTheModeLessTheUmask() throws IOException {
    Path f = dir.resolve("new");
    table.open(f, OpenFlags.O_WRONLY | OpenFlags.O_CREAT, 0666, 027);
    assertEquals(0640, (Integer) Files.getAttribute(f, "unix:mode") & 0777);
  }

  @Test void aPipeWithoutReadersIsBroken() throws IOException {
    PipeEnd[] p = PipeEnd.newPipe(table.readiness());
    int r = table.add(p[0], false), w = table.add(p[1], false);
    table.close(r);
    IOException e = assertThrows(IOException.class, () -> table.get(w).write(ByteBuffer.wrap(new byte[1])));
    assertEquals(Errno.EPIPE, OsErrors.errnoOf(e));
  }

  @Test void jdkMessagesMapToErrnos() {
    assertEquals(Errno.EISDIR, OsErrors.errnoOf(new IOException("Is a directory")));
    assertEquals(Errno.EPIPE, OsErrors.errnoOf(new IOException("Broken pipe (Write failed)")));
    assertEquals(Errno.ENOTEMPTY, OsErrors.errnoOf(new java.nio.file.FileSystemException("d", null,
        "Directory not empty")));
    assertEquals(Errno.EIO, OsErrors.errnoOf(new IOException("something else")));
  }
}
