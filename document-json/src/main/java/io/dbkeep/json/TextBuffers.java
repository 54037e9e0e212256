package io.dbkeep.json;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.ArrayBlockingQueue;

/**
 * Byte buffers for writing whole documents as text, kept between writes: a {@code
 * ByteArrayOutputStream} that grows from 32 bytes to a 0.84 MB document copies about twice the
 * document on the way (ADR 0131). At most one buffer per processor is kept, each of at most {@link
 * #MAX_KEPT} bytes, so what stays on the heap between saves is bounded (a few MiB); a larger
 * document gets a buffer of its own that is dropped after use. Thread-safe: a buffer is used by one
 * writer at a time.
 */
final class TextBuffers {

  /** The largest buffer kept for the next write. */
  static final int MAX_KEPT = 2 << 20;

  private static final int FIRST_SIZE = 64 << 10;

  private static final ArrayBlockingQueue<byte[]> KEPT =
      new ArrayBlockingQueue<>(Math.max(2, Runtime.getRuntime().availableProcessors()));

  private TextBuffers() {}

  /** An output stream over a kept buffer (or a new one); {@link Text#text()} ends its use. */
  static Text open() {
    var bytes = KEPT.poll();
    return new Text(bytes != null ? bytes : new byte[FIRST_SIZE]);
  }

  /** UTF-8 text written into a buffer, read out once as a string. */
  static final class Text extends OutputStream {
    private byte[] bytes;
    private int count;

    private Text(byte[] bytes) {
      this.bytes = bytes;
    }

    @Override
    public void write(int b) {
      ensure(1);
      bytes[count++] = (byte) b;
    }

    @Override
    public void write(byte[] source, int offset, int length) {
      ensure(length);
      System.arraycopy(source, offset, bytes, count, length);
      count += length;
    }

    private void ensure(int more) {
      if (bytes == null) {
        throw new IllegalStateException("this text was read out");
      }
      if (bytes.length - count < more) {
        var size = Math.max(bytes.length * 2L, (long) count + more);
        if (size > Integer.MAX_VALUE - 8) {
          throw new OutOfMemoryError("a text of more than 2 GiB");
        }
        bytes = Arrays.copyOf(bytes, (int) size);
      }
    }

    /** The text written, decoded once; the buffer goes back to be kept (when small enough). */
    String text() {
      var text = new String(bytes, 0, count, StandardCharsets.UTF_8);
      if (bytes.length <= MAX_KEPT) {
        KEPT.offer(bytes);
      }
      bytes = null;
      return text;
    }
  }
}
