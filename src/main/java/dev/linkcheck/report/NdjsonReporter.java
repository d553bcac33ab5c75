package dev.linkcheck.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.linkcheck.model.InputError;
import dev.linkcheck.model.ResultKey;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Newline-delimited JSON: one result object per line as soon as each unique target is decided, then
 * a final {@code {"summary":…,"input_errors":[…]}} line. Thread-safe; one instance per run.
 */
final class NdjsonReporter implements Reporter {

  private final Set<ResultKey> written = ConcurrentHashMap.newKeySet();

  @Override
  public void result(ReportEntry entry, PrintWriter out) {
    // A page and each of its fragments are separate results.
    if (written.add(entry.result().key())) {
      String line = line(g -> JsonReporter.writeResult(entry, g));
      synchronized (out) {
        out.println(line);
        out.flush();
      }
    }
  }

  @Override
  public void write(Report report, PrintWriter out) {
    // An interrupted run may hold results that were never streamed: write them before the summary.
    for (ReportEntry entry : report.results()) {
      result(entry, out);
    }
    String summary =
        line(
            g -> {
              g.writeStartObject();
              g.writeFieldName("summary");
              JsonReporter.writeSummary(report.summary(), g);
              g.writeArrayFieldStart("input_errors");
              for (InputError error : report.inputErrors()) {
                JsonReporter.writeInputError(error, g);
              }
              g.writeEndArray();
              g.writeEndObject();
            });
    synchronized (out) {
      out.println(summary);
      out.flush();
    }
  }

  /** Something written with a generator. */
  @FunctionalInterface
  private interface JsonBody {
    void write(JsonGenerator g) throws IOException;
  }

  private static String line(JsonBody body) {
    StringWriter s = new StringWriter();
    try (JsonGenerator g = JsonReporter.FACTORY.createGenerator(s)) {
      body.write(g);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return s.toString();
  }
}
