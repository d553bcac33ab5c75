package dev.linkcheck.io;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Passes bytes on and remembers the first write failure, which a {@link java.io.PrintWriter} above
 * would otherwise swallow, so that whoever owns the stream can say why output was lost. A failure
 * is rethrown every time. Thread-safe for the failure record.
 */
public final class WatchedOutputStream extends FilterOutputStream {

  private final Consumer<IOException> onFirstFailure;
  private volatile IOException failure;

  public WatchedOutputStream(OutputStream out) {
    this(out, e -> {});
  }

  /** As {@link #WatchedOutputStream(OutputStream)}, telling {@code onFirstFailure} at once. */
  public WatchedOutputStream(OutputStream out, Consumer<IOException> onFirstFailure) {
    super(out);
    this.onFirstFailure = onFirstFailure;
  }

  /** The first write, flush or close failure, or null. */
  public IOException failure() {
    return failure;
  }

  /** True when the failure is the reader closing its end of a pipe (EPIPE). */
  public static boolean isBrokenPipe(IOException e) {
    // Java reports EPIPE only in the message; these are Linux's, macOS's and Windows' words.
    String m = e.getMessage() == null ? "" : e.getMessage().toLowerCase(Locale.ROOT);
    return m.contains("broken pipe") || m.contains("pipe is being closed");
  }

  @Override
  public void write(int b) throws IOException {
    try {
      out.write(b);
    } catch (IOException e) {
      throw record(e);
    }
  }

  @Override
  public void write(byte[] b, int off, int len) throws IOException {
    try {
      out.write(b, off, len);
    } catch (IOException e) {
      throw record(e);
    }
  }

  @Override
  public void flush() throws IOException {
    try {
      out.flush();
    } catch (IOException e) {
      throw record(e);
    }
  }

  @Override
  public void close() throws IOException {
    try {
      out.close();
    } catch (IOException e) {
      throw record(e);
    }
  }

  private synchronized IOException record(IOException e) {
    if (failure == null) {
      failure = e;
      onFirstFailure.accept(e);
    }
    return e;
  }
}
