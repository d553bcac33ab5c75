package dev.linkcheck.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.linkcheck.model.InputError;
import dev.linkcheck.model.Location;
import dev.linkcheck.model.Outcome;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;

/**
 * The JSON report of the contract (snake_case, results sorted by URL; a {@code hosts} object last
 * when {@code --host-stats} asked for it). Thread-safe.
 */
final class JsonReporter implements Reporter {

  static final JsonFactory FACTORY = JsonFactory.builder().build();

  @Override
  public boolean writesHostStats() {
    return true;
  }

  @Override
  public void write(Report report, PrintWriter out) {
    JsonDocument.write(
        out,
        g -> {
          g.writeStartObject();
          g.writeFieldName("summary");
          writeSummary(report.summary(), report.sites(), g);
          g.writeArrayFieldStart("results");
          for (ReportEntry entry : report.results()) {
            writeResult(entry, g);
          }
          g.writeEndArray();
          g.writeArrayFieldStart("input_errors");
          for (InputError error : report.inputErrors()) {
            writeInputError(error, g);
          }
          g.writeEndArray();
          if (report.hosts().isPresent()) {
            HostStatsText.writeJson(g, report.hosts().get());
          }
          g.writeEndObject();
        });
  }

  /** The summary object; {@code sites} (the documentation sites used) only when there are some. */
  static void writeSummary(Summary s, List<String> sites, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeNumberField("files", s.files());
    g.writeNumberField("links", s.links());
    g.writeNumberField("unique", s.unique());
    g.writeNumberField("ok", s.ok());
    g.writeNumberField("redirected", s.redirected());
    g.writeNumberField("broken", s.broken());
    g.writeNumberField("blocked", s.blocked());
    g.writeNumberField("timeout", s.timeout());
    g.writeNumberField("error", s.error());
    g.writeNumberField("excluded", s.excluded());
    g.writeNumberField("skipped", s.skipped());
    g.writeNumberField("known", s.known());
    g.writeNumberField("cached", s.cached());
    g.writeNumberField("duration_ms", s.durationMs());
    if (s.interrupted()) {
      g.writeBooleanField("interrupted", true);
    }
    if (!sites.isEmpty()) {
      g.writeArrayFieldStart("sites");
      for (String site : sites) {
        g.writeString(site);
      }
      g.writeEndArray();
    }
    g.writeEndObject();
  }

  static void writeResult(ReportEntry entry, JsonGenerator g) throws IOException {
    Outcome outcome = entry.result().outcome();
    g.writeStartObject();
    g.writeStringField("url", entry.result().url());
    if (entry.result().fragment() != null) {
      g.writeStringField("fragment", entry.result().fragment());
    }
    g.writeStringField("status", outcome.status());
    Integer code = OutcomeText.code(outcome);
    if (code == null) {
      g.writeNullField("code");
    } else {
      g.writeNumberField("code", code);
    }
    g.writeStringField("message", OutcomeText.message(entry.result()));
    String suggestion = OutcomeText.suggestion(outcome);
    if (suggestion != null) {
      g.writeStringField("suggestion", suggestion);
    }
    String hint = OutcomeText.hint(entry.result());
    if (hint != null) {
      g.writeStringField("hint", hint);
    }
    if (entry.result().cached()) {
      g.writeBooleanField("cached", true);
    }
    g.writeStringField("final_url", OutcomeText.finalUrl(outcome));
    g.writeNumberField("redirects", outcome.hops().size());
    g.writeNumberField("duration_ms", entry.result().durationMs());
    g.writeArrayFieldStart("sources");
    for (Location at : entry.sources()) {
      writeLocation(at, g);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  static void writeInputError(InputError error, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("file", error.file());
    g.writeStringField("message", error.message());
    g.writeEndObject();
  }

  static void writeLocation(Location at, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("file", at.file());
    g.writeNumberField("line", at.line());
    g.writeNumberField("column", at.column());
    g.writeEndObject();
  }
}
