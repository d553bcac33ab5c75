package dev.linkcheck.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.linkcheck.model.InputError;
import dev.linkcheck.model.Outcome;
import dev.linkcheck.model.Version;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * SARIF 2.1.0 for code-scanning dashboards: one result per failing occurrence with its physical
 * location. Columns are Unicode code points, declared with {@code columnKind}. Stateless.
 */
final class SarifReporter implements Reporter {

  private static final String[][] RULES = {
    {
      "broken-link", "The link's target answered with a status that is not accepted, or is missing."
    },
    {"link-timeout", "The link's server did not answer in time."},
    {"link-error", "The link could not be requested: DNS, connection, TLS or redirect failure."},
    {"blocked-link", "A bot protection answered in place of the page: nobody saw it."},
    {"unreadable-input", "An input file could not be read or decoded."}
  };

  @Override
  public void write(Report report, PrintWriter out) {
    JsonDocument.write(
        out,
        g -> {
          g.writeStartObject();
          g.writeStringField("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
          g.writeStringField("version", "2.1.0");
          g.writeArrayFieldStart("runs");
          g.writeStartObject();
          writeTool(g);
          g.writeStringField("columnKind", "unicodeCodePoints");
          g.writeArrayFieldStart("results");
          // Compared with a baseline, every result says whether it is new (SARIF wants all or
          // none).
          boolean compared = report.summary().known() > 0;
          for (Occurrence o :
              Occurrence.of(report, e -> e.result().outcome().kind().isShown() || isKnown(e))) {
            Outcome outcome = o.entry().result().outcome();
            boolean known = outcome instanceof Outcome.Known;
            writeResult(
                g,
                new Result(
                    ruleId(outcome),
                    level(outcome),
                    compared ? (known ? "unchanged" : "new") : null,
                    OutcomeText.verdict(o.entry().result())
                        + ": "
                        + o.entry().result().displayUrl()),
                o.at().file(),
                o.at().line(),
                o.at().column());
          }
          for (InputError error : report.inputErrors()) {
            writeResult(
                g,
                new Result("unreadable-input", "error", compared ? "new" : null, error.message()),
                error.file(),
                0,
                0);
          }
          g.writeEndArray();
          g.writeEndObject();
          g.writeEndArray();
          g.writeEndObject();
        });
  }

  private static void writeTool(JsonGenerator g) throws IOException {
    g.writeObjectFieldStart("tool");
    g.writeObjectFieldStart("driver");
    g.writeStringField("name", "linkcheck");
    g.writeStringField("version", Version.VERSION);
    g.writeStringField("informationUri", "https://github.com/linkcheck/linkcheck");
    g.writeArrayFieldStart("rules");
    for (String[] rule : RULES) {
      g.writeStartObject();
      g.writeStringField("id", rule[0]);
      g.writeObjectFieldStart("shortDescription");
      g.writeStringField("text", rule[1]);
      g.writeEndObject();
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
    g.writeEndObject();
  }

  /** What a SARIF result says; {@code baselineState} null when not compared with a baseline. */
  private record Result(String ruleId, String level, String baselineState, String message) {}

  private static boolean isKnown(ReportEntry entry) {
    return entry.result().outcome() instanceof Outcome.Known;
  }

  /** {@code line} 0 means the whole file: no region. */
  private static void writeResult(JsonGenerator g, Result r, String file, int line, int column)
      throws IOException {
    g.writeStartObject();
    g.writeStringField("ruleId", r.ruleId());
    g.writeStringField("level", r.level());
    if (r.baselineState() != null) {
      g.writeStringField("baselineState", r.baselineState());
    }
    g.writeObjectFieldStart("message");
    g.writeStringField("text", r.message());
    g.writeEndObject();
    g.writeArrayFieldStart("locations");
    g.writeStartObject();
    g.writeObjectFieldStart("physicalLocation");
    g.writeObjectFieldStart("artifactLocation");
    g.writeStringField("uri", uriReference(file));
    g.writeEndObject();
    if (line > 0) {
      g.writeObjectFieldStart("region");
      g.writeNumberField("startLine", line);
      g.writeNumberField("startColumn", column);
      g.writeEndObject();
    }
    g.writeEndObject();
    g.writeEndObject();
    g.writeEndArray();
    g.writeEndObject();
  }

  /** A relative path as the URI reference SARIF requires: spaces and the like percent-encoded. */
  static String uriReference(String path) {
    try {
      return new URI(null, null, path, null).getRawPath();
    } catch (URISyntaxException e) {
      return URLEncoder.encode(path, StandardCharsets.UTF_8).replace("%2F", "/");
    }
  }

  /** A known failure is a note, a blocked link a warning (it may be fine), the rest errors. */
  private static String level(Outcome outcome) {
    return switch (outcome.kind()) {
      case KNOWN -> "note";
      case BLOCKED -> "warning";
      case OK, REDIRECTED, BROKEN, TIMEOUT, ERROR, EXCLUDED, SKIPPED -> "error";
    };
  }

  private static String ruleId(Outcome outcome) {
    return switch (outcome) {
      case Outcome.Broken b -> "broken-link";
      case Outcome.Blocked b -> "blocked-link";
      case Outcome.Timeout t -> "link-timeout";
      case Outcome.Error e -> "link-error";
      case Outcome.Ok o -> throw new IllegalArgumentException("not a failure");
      case Outcome.Redirected r -> throw new IllegalArgumentException("not a failure");
      case Outcome.Excluded x -> throw new IllegalArgumentException("not a failure");
      case Outcome.Skipped s -> throw new IllegalArgumentException("not a failure");
      case Outcome.Known k -> ruleId(k.failure());
    };
  }
}
