package dev.linkcheck.check;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Ends after {@code limit} bytes; {@link #truncated} tells whether the underlying stream had more.
 * Closing it does not close the underlying stream. Not thread-safe.
 */
final class LimitedInputStream extends FilterInputStream {

  private long left;
  private boolean truncated;

  LimitedInputStream(InputStream in, long limit) {
    super(in);
    this.left = limit;
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    if (left <= 0) {
      if (!truncated && super.read() >= 0) {
        truncated = true;
      }
      return -1;
    }
    int n = super.read(b, off, (int) Math.min(len, left));
    if (n > 0) {
      left -= n;
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    int chunk = (int) Math.max(0, Math.min(n, 8192));
    return Math.max(0, read(new byte[chunk], 0, chunk));
  }

  @Override
  public int available() {
    return 0;
  }

  @Override
  public boolean markSupported() {
    return false;
  }

  /**
   * Leaves the underlying stream open: the parser closes its reader at the end of what it may read,
   * but the download is stopped by its owner, once the HTTP exchange is over.
   */
  @Override
  public void close() {}

  boolean truncated() {
    return truncated;
  }
}
