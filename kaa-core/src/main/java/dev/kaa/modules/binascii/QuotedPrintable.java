package dev.kaa.modules.binascii;

import dev.kaa.objects.Abstract;
import dev.kaa.objects.Buffers;
import dev.kaa.objects.PyBytes;
import dev.kaa.objects.PyMethod;
import dev.kaa.objects.PyObject;
import dev.kaa.runtime.PyModule;
import java.io.ByteArrayOutputStream;

/** binascii's quoted-printable codec (RFC 1521), with CPython's choices of what to quote and where to break lines. */
final class QuotedPrintable {
  private QuotedPrintable() {}

  private static final int MAX_LINE = 76;
  private static final byte[] HEX = "0123456789ABCDEF".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);

  @PyMethod(value = "a2b_qp", positionalOnly = 0)
  static PyObject a2bQp(PyModule self, PyObject data, @PyMethod.Opt PyObject header) {
    byte[] in = BinasciiModule.asciiData(data);
    boolean underscores = header != null && Abstract.isTrue(header);
    ByteArrayOutputStream out = new ByteArrayOutputStream(in.length);
    int i = 0;
    while (i < in.length) {
      if (in[i] == '=') {
        i++;
        if (i >= in.length) break;
        if (in[i] == '\n' || in[i] == '\r') {  // a soft line break: drop through the end of the line
          while (i < in.length && in[i] != '\n') i++;
          if (i < in.length) i++;
        } else if (in[i] == '=') {
          out.write('=');
          i++;
        } else if (i + 1 < in.length && hexValue(in[i]) >= 0 && hexValue(in[i + 1]) >= 0) {
          out.write(hexValue(in[i]) << 4 | hexValue(in[i + 1]));
          i += 2;
        } else {
          out.write('=');
        }
      } else if (underscores && in[i] == '_') {
        out.write(' ');
        i++;
      } else {
        out.write(in[i++]);
      }
    }
    return new PyBytes(out.toByteArray());
  }

  private static int hexValue(byte c) { return Character.digit(c, 16); }

  @PyMethod(value = "b2a_qp", positionalOnly = 0)
  static PyObject b2aQp(PyModule self, PyObject data, @PyMethod.Opt PyObject quotetabs, @PyMethod.Opt PyObject istext,
      @PyMethod.Opt PyObject header) {
    byte[] in = Buffers.required(data);
    boolean quoteTabs = quotetabs != null && Abstract.isTrue(quotetabs);
    boolean text = istext == null || Abstract.isTrue(istext);
    boolean head = header != null && Abstract.isTrue(header);
    int firstNewline = indexOf(in, (byte) '\n');
    boolean crlf = firstNewline > 0 && in[firstNewline - 1] == '\r';
    Output out = new Output(in.length * 2);
    int lineLength = 0, i = 0;
    while (i < in.length) {
      int c = in[i] & 0xff;
      boolean last = i + 1 == in.length;
      int next = last ? -1 : in[i + 1] & 0xff;
      boolean quote = c > 126 || c == '=' || (head && c == '_')
          || (c == '.' && lineLength == 0 && (last || next == '\n' || next == '\r' || next == 0))
          || (!text && (c == '\r' || c == '\n'))
          || ((c == '\t' || c == ' ') && last)
          || (c < 33 && c != '\r' && c != '\n' && (quoteTabs || (c != '\t' && c != ' ')));
      if (quote) {
        if (lineLength + 3 >= MAX_LINE) {
          out.softBreak(crlf);
          lineLength = 0;
        }
        out.quoted(c);
        i++;
        lineLength += 3;
      } else if (text && (c == '\n' || (c == '\r' && next == '\n'))) {
        lineLength = 0;
        out.lineBreak(crlf);
        i += c == '\r' ? 2 : 1;
      } else {
        if (!last && next != '\n' && lineLength + 1 >= MAX_LINE) {
          out.softBreak(crlf);
          lineLength = 0;
        }
        lineLength++;
        out.literal(head && c == ' ' ? '_' : c);
        i++;
      }
    }
    return new PyBytes(out.toByteArray());
  }

  /** The encoder's output, holding back a space or tab until it is known not to end a line (there it is quoted). */
  private static final class Output extends ByteArrayOutputStream {
    private int pending = -1;

    Output(int size) { super(size); }

    private void flush(boolean quote) {
      if (pending < 0) return;
      int c = pending;
      pending = -1;
      if (quote) {
        quoted(c);
      } else {
        write(c);
      }
    }

    void literal(int c) {
      flush(false);
      if (c == ' ' || c == '\t') {
        pending = c;
      } else {
        write(c);
      }
    }

    void quoted(int c) {
      flush(false);
      write('=');
      write(HEX[(c >> 4) & 0xf]);
      write(HEX[c & 0xf]);
    }

    void softBreak(boolean crlf) {
      flush(false);
      write('=');
      if (crlf) write('\r');
      write('\n');
    }

    void lineBreak(boolean crlf) {
      flush(true);
      if (crlf) write('\r');
      write('\n');
    }

    @Override public byte[] toByteArray() {
      flush(false);
      return super.toByteArray();
    }
  }

  private static int indexOf(byte[] data, byte b) {
    for (int i = 0; i < data.length; i++) if (data[i] == b) return i;
    return -1;
  }
}
