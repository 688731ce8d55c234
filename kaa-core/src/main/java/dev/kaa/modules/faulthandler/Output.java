package dev.kaa.modules.faulthandler;

import dev.kaa.modules.posix.OpenFile;
import dev.kaa.objects.PyObject;
import dev.kaa.runtime.Interpreter;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * Where a dump goes: a file descriptor of the interpreter, written directly (below any Python buffering, as
 * CPython's {@code write(fd)}), and the file object it came from, kept alive while the handler may write.
 * Failures to write are ignored: the dump is a last resort.
 */
record Output(Interpreter interp, int fd, PyObject file) {
  void write(String text) {
    OpenFile f = interp.posix().fds().lookup(fd);
    if (f == null) return;
    ByteBuffer bytes = ByteBuffer.wrap(text.getBytes(StandardCharsets.US_ASCII));
    try {
      while (bytes.hasRemaining()) {
        if (f.write(bytes) <= 0) return;
      }
    } catch (IOException e) {
      // nowhere left to report it
    }
  }
}
