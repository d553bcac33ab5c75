package dev.linkcheck.report;

import dev.linkcheck.io.AtomicFile;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;

/**
 * Where a report goes: standard output, or a file written atomically (visible only once committed,
 * so an interrupted run never leaves a truncated report). Not thread-safe.
 */
public sealed interface ReportOutput extends AutoCloseable {

  PrintWriter writer();

  /** Makes everything written final: flushes stdout, or renames the file into place. */
  void commit() throws IOException;

  @Override
  void close() throws IOException;

  /** A file at {@code path} when non-null, else {@code stdout}. */
  static ReportOutput open(Path path, PrintWriter stdout) throws IOException {
    return path == null ? new Stdout(stdout) : new File(new AtomicFile(path));
  }

  /** The process's standard output (never closed here). */
  record Stdout(PrintWriter writer) implements ReportOutput {
    @Override
    public void commit() {
      writer.flush();
    }

    @Override
    public void close() {
      writer.flush();
    }
  }

  /** An atomically written file. */
  record File(AtomicFile file) implements ReportOutput {
    @Override
    public PrintWriter writer() {
      return file.writer();
    }

    @Override
    public void commit() throws IOException {
      file.commit();
    }

    @Override
    public void close() throws IOException {
      file.close();
    }
  }
}
