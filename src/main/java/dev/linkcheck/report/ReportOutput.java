package dev.linkcheck.report;

import dev.linkcheck.io.OutputFile;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;

/**
 * Where a report goes: standard output, or a file opened by {@link OutputFile#open} (a regular file
 * is visible only once committed, so an interrupted run never leaves a truncated report; a FIFO or
 * device is written in place). Failures are {@link dev.linkcheck.io.OutputException}s naming the
 * file. Not thread-safe.
 */
public sealed interface ReportOutput extends AutoCloseable {

  PrintWriter writer();

  /** Makes everything written final: flushes stdout, or finishes the file (renamed into place). */
  void commit() throws IOException;

  @Override
  void close() throws IOException;

  /** A file at {@code path} when non-null, else {@code stdout}. */
  static ReportOutput open(Path path, PrintWriter stdout) throws IOException {
    return path == null ? new Stdout(stdout) : new File(OutputFile.open(path));
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

  /** A file named by {@code --output}. */
  record File(OutputFile file) implements ReportOutput {
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
