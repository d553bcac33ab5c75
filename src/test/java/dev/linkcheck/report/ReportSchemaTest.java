package dev.linkcheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.linkcheck.ReportSchema;
import dev.linkcheck.model.Barrier;
import dev.linkcheck.model.CheckResult;
import dev.linkcheck.model.Hint;
import dev.linkcheck.model.HostStat;
import dev.linkcheck.model.InputError;
import dev.linkcheck.model.Location;
import dev.linkcheck.model.Outcome;
import dev.linkcheck.model.Protection;
import dev.linkcheck.model.SkipReason;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The JSON report keeps its published schema, field for field: every status, every optional field,
 * and nothing the schema does not name.
 */
class ReportSchemaTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** The statuses of the contract, from the outcomes themselves. */
  private static Set<String> statuses() {
    return Arrays.stream(Outcome.Kind.values())
        .map(Outcome.Kind::status)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static Set<String> texts(JsonNode array) {
    Set<String> texts = new TreeSet<>();
    array.forEach(n -> texts.add(n.asText()));
    return texts;
  }

  private static ReportEntry entry(CheckResult result, int line) {
    return new ReportEntry(result, List.of(new Location("docs/a.md", line, 3)));
  }

  /** A report with a result of every status and every optional field the writers have. */
  private static Report everything() {
    Outcome.Broken gone = new Outcome.Broken(new Outcome.Status(404));
    List<ReportEntry> entries =
        List.of(
            entry(new CheckResult("https://a.test/ok", new Outcome.Ok(200), 12), 1),
            entry(new CheckResult("https://a.test/cached", new Outcome.Ok(200), 12).asCached(), 2),
            entry(
                new CheckResult(
                    "https://a.test/doc.pdf",
                    new Outcome.Ok(200, "fragment not checked: not an HTML page"),
                    5,
                    "page=2"),
                3),
            entry(new CheckResult("docs/b.md", new Outcome.Ok(null), 0), 4),
            entry(
                new CheckResult(
                    "https://a.test/moved",
                    new Outcome.Redirected(200, List.of("https://a.test/new")),
                    20),
                5),
            entry(
                new CheckResult("https://a.test/gone", gone, 7)
                    .withHint(new Hint.SlowDown("a.test")),
                6),
            entry(
                new CheckResult(
                    "docs/b.md",
                    new Outcome.Broken(new Outcome.MissingFragment("instal", "install", null)),
                    0,
                    "instal"),
                7),
            entry(
                new CheckResult(
                        "https://wall.test/",
                        new Outcome.Blocked(
                            Protection.CLOUDFLARE, Barrier.CHALLENGE, 403, List.of()),
                        30)
                    .withHint(new Hint.AcceptWall("wall.test", 403)),
                8),
            entry(
                new CheckResult(
                    "https://slow.test/", new Outcome.Timeout(Duration.ofSeconds(10)), 10_000),
                9),
            entry(
                new CheckResult("https://down.test/", new Outcome.Error("connection refused"), 1),
                10),
            entry(
                new CheckResult(
                    "https://x.test/", new Outcome.Excluded("excluded by --exclude x\\.test"), 0),
                11),
            entry(
                new CheckResult(
                    "mailto:a@b.test", new Outcome.Skipped(new SkipReason.Scheme("mailto")), 0),
                12),
            entry(new CheckResult("https://a.test/known", new Outcome.Known(gone), 4), 13));
    Summary summary = Summary.of(3, 13, entries, 1, 1234, true);
    return new Report(
        summary,
        entries,
        List.of(new InputError("docs/bad.md", "not valid UTF-8")),
        List.of("mkdocs (mkdocs.yml)"));
  }

  private static ObjectNode json(Report report) throws Exception {
    StringWriter s = new StringWriter();
    Reporter.of(Format.JSON, new ReportStyle(false, false, false))
        .write(report, new PrintWriter(s));
    return (ObjectNode) JSON.readTree(s.toString());
  }

  /** The {@code hosts} object {@code --host-stats} adds, as its writer writes it. */
  private static JsonNode hosts() throws Exception {
    HostStat stat =
        new HostStat(
            "a.test",
            3,
            Duration.ofMillis(12),
            Duration.ofMillis(40),
            new TreeMap<>(Map.of("200", 2, "429", 1, "error", 1)),
            1,
            Duration.ofMillis(3000));
    StringWriter s = new StringWriter();
    try (JsonGenerator g = JsonReporter.FACTORY.createGenerator(s)) {
      g.writeStartObject();
      HostStatsText.writeJson(g, List.of(stat));
      g.writeEndObject();
    }
    return JSON.readTree(s.toString()).get("hosts");
  }

  @Test
  void theSchemasStatusesAreExactlyTheOutcomeKindsAndEachHasASummaryCount() throws Exception {
    JsonNode schema = JSON.readTree(Path.of(ReportSchema.PATH).toFile());

    assertThat(texts(schema.at("/$defs/result/properties/status/enum"))).isEqualTo(statuses());
    assertThat(texts(schema.at("/$defs/summary/required"))).containsAll(statuses());
  }

  @Test
  void aReportWithEveryStatusAndEveryOptionalFieldKeepsTheSchema() throws Exception {
    ObjectNode report = json(everything());
    report.set("hosts", hosts());

    Set<String> written = new TreeSet<>();
    report.get("results").forEach(r -> written.add(r.get("status").asText()));
    assertThat(written).isEqualTo(statuses());
    for (String field : List.of("fragment", "suggestion", "hint", "cached")) {
      assertThat(report.get("results").findValues(field)).as(field).isNotEmpty();
    }
    assertThat(report.at("/summary/interrupted").asBoolean()).isTrue();
    assertThat(report.at("/summary/sites")).isNotEmpty();
    assertThat(ReportSchema.problems(report)).isEmpty();
  }

  @Test
  void aFieldTheSchemaDoesNotNameBreaksItWhereverItIs() throws Exception {
    ObjectNode valid = json(everything());
    valid.set("hosts", hosts());
    Map<String, Consumer<ObjectNode>> changes =
        Map.of(
            "top level", r -> r.put("extra", 1),
            "summary", r -> ((ObjectNode) r.get("summary")).put("extra", 1),
            "result", r -> ((ObjectNode) r.get("results").get(0)).put("extra", 1),
            "source", r -> ((ObjectNode) r.at("/results/0/sources/0")).put("extra", 1),
            "input error", r -> ((ObjectNode) r.at("/input_errors/0")).put("extra", 1),
            "host", r -> ((ObjectNode) r.at("/hosts/a.test")).put("extra", 1),
            "unknown status", r -> ((ObjectNode) r.get("results").get(0)).put("status", "fine"),
            "missing field", r -> ((ObjectNode) r.get("results").get(0)).remove("final_url"),
            "cached false", r -> ((ObjectNode) r.get("results").get(0)).put("cached", false));

    changes.forEach(
        (where, change) -> {
          ObjectNode changed = valid.deepCopy();
          change.accept(changed);
          assertThat(ReportSchema.problems(changed)).as(where).isNotEmpty();
        });
  }

  @Test
  void eachNdjsonLineKeepsItsPartOfTheSchema() throws Exception {
    StringWriter s = new StringWriter();
    Reporter.of(Format.NDJSON, new ReportStyle(false, false, false))
        .write(everything(), new PrintWriter(s));
    List<String> lines = s.toString().lines().toList();

    assertThat(lines).hasSize(14);
    for (String line : lines.subList(0, lines.size() - 1)) {
      assertThat(ReportSchema.problems("result", JSON.readTree(line))).as(line).isEmpty();
    }
    assertThat(ReportSchema.problems("ndjsonSummary", JSON.readTree(lines.getLast()))).isEmpty();
    ArrayNode notAResult = JSON.createArrayNode();
    assertThat(ReportSchema.problems("result", notAResult)).isNotEmpty();
  }
}
