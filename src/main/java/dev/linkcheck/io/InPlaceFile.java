package dev.linkcheck.io;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Writes into what already is at a path that is not a regular file (a FIFO, a character device such
 * as /dev/null, a terminal): opened and written, never removed or renamed over. Opening a FIFO
 * waits for its reader, as a shell redirection does. Not thread-safe.
 */
public final class InPlaceFile implements OutputFile {

  private final Path path;
  private final WatchedOutputStream stream;
  private final PrintWriter writer;

  /** Opens {@code path}, which exists, for writing without creating or truncating anything. */
  public InPlaceFile(Path path) throws IOException {
    this.path = path;
    try {
      this.stream = new WatchedOutputStream(Files.newOutputStream(path, StandardOpenOption.WRITE));
    } catch (IOException e) {
      throw OutputException.of(path, e);
    }
    this.writer = OutputFile.utf8(stream);
  }

  @Override
  public PrintWriter writer() {
    return writer;
  }

  @Override
  public void commit() throws IOException {
    writer.flush();
    IOException failure = stream.failure();
    if (failure != null) {
      throw OutputException.write(path, failure);
    }
  }

  @Override
  public void close() {
    writer.close();
  }
}
