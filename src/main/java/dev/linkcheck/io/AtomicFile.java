package dev.linkcheck.io;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a file (a report, the cache) atomically: into a temporary file beside the target, then
 * renamed over it, so an interrupted run never leaves a truncated file. Not thread-safe per
 * instance.
 */
public final class AtomicFile implements AutoCloseable {

  private final Path target;
  private final Path temp;
  private final PrintWriter writer;
  private boolean committed;

  /** Opens a temporary file beside {@code target}; nothing is visible at {@code target} yet. */
  public AtomicFile(Path target) throws IOException {
    this.target = target.toAbsolutePath();
    Path dir = this.target.getParent();
    this.temp = Files.createTempFile(dir, "." + this.target.getFileName() + ".", ".tmp");
    this.writer = new PrintWriter(Files.newBufferedWriter(temp, StandardCharsets.UTF_8));
  }

  public PrintWriter writer() {
    return writer;
  }

  /** Makes the written content visible at the target path. */
  public void commit() throws IOException {
    writer.close();
    if (writer.checkError()) {
      throw new IOException("cannot write " + temp);
    }
    try {
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
    }
    committed = true;
  }

  /** Discards the temporary file unless committed. */
  @Override
  public void close() throws IOException {
    if (!committed) {
      writer.close();
      Files.deleteIfExists(temp);
    }
  }
}
