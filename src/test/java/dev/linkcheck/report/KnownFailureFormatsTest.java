package dev.linkcheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import dev.linkcheck.model.CheckResult;
import dev.linkcheck.model.Location;
import dev.linkcheck.model.Outcome;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** Every format shows a baseline's known failure, keeps its details, and does not fail on it. */
class KnownFailureFormatsTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static final List<ReportEntry> ENTRIES =
      List.of(
          new ReportEntry(
              new CheckResult(
                  "https://a.test/known",
                  new Outcome.Known(new Outcome.Broken(new Outcome.Status(404))),
                  3),
              List.of(new Location("docs/a.md", 4, 2))),
          new ReportEntry(
              new CheckResult("https://a.test/new", new Outcome.Broken(new Outcome.Status(410)), 3),
              List.of(new Location("docs/a.md", 7, 1))),
          new ReportEntry(
              new CheckResult("https://a.test/ok", new Outcome.Ok(200), 3),
              List.of(new Location("docs/a.md", 9, 1))));

  private static Report report() {
    return new Report(Summary.of(1, 3, ENTRIES, 2, 800, false), ENTRIES, List.of());
  }

  private static String render(Format format) {
    return FormatsTest.render(format, report(), new ReportStyle(true, false, false));
  }

  @Test
  void theSummaryCountsKnownApartFromFailures() {
    Summary s = report().summary();

    assertThat(s.known()).isEqualTo(1);
    assertThat(s.broken()).isEqualTo(1);
    assertThat(s.failures()).isEqualTo(1);
    assertThat(s.cached()).isEqualTo(2);
  }

  @Test
  void jsonSaysKnownWithTheOriginalCodeAndMessage() throws Exception {
    JsonNode root = JSON.readTree(render(Format.JSON));

    JsonNode known = root.at("/results/0");
    assertThat(known.get("status").asText()).isEqualTo("known");
    assertThat(known.get("code").asInt()).isEqualTo(404);
    assertThat(known.get("message").asText()).isEqualTo("Not Found");
    assertThat(root.at("/summary/known").asInt()).isEqualTo(1);
    assertThat(root.at("/summary/cached").asInt()).isEqualTo(2);
  }

  @Test
  void ndjsonStreamsTheKnownResult() throws Exception {
    List<String> lines = render(Format.NDJSON).lines().toList();

    assertThat(lines).hasSize(4);
    assertThat(JSON.readTree(lines.get(0)).get("status").asText()).isEqualTo("known");
    assertThat(JSON.readTree(lines.get(3)).at("/summary/known").asInt()).isEqualTo(1);
  }

  @Test
  void textShowsTheKnownVerdictAndCountsIt() {
    String text = render(Format.TEXT);

    assertThat(text)
        .contains("4:2  known: 404 Not Found  https://a.test/known")
        .contains("7:1  broken 410 Gone  https://a.test/new")
        .contains("1 broken", "1 known, 2 cached");
  }

  @Test
  void markdownListsKnownFailuresInTheirOwnTable() {
    String md = render(Format.MARKDOWN);
    String known = md.substring(md.indexOf("### Known failures"));
    String failing = md.substring(0, md.indexOf("### Known failures"));

    assertThat(failing).contains("`https://a.test/new`").doesNotContain("a.test/known");
    assertThat(known)
        .contains("| `docs/a.md` | 4:2 | `known: 404 Not Found` | `https://a.test/known` |");
  }

  @Test
  void githubWarnsAboutKnownFailuresAndErrsOnlyOnNewOnes() {
    List<String> lines = render(Format.GITHUB).lines().toList();

    assertThat(lines.stream().filter(l -> l.startsWith("::error")))
        .singleElement()
        .asString()
        .contains("a.test/new");
    assertThat(lines)
        .contains(
            "::warning file=docs/a.md,line=4,col=2,title=linkcheck%3A known broken link::known: 404"
                + " Not Found https://a.test/known");
  }

  @Test
  void junitSkipsKnownFailuresAndStaysValid() throws Exception {
    Document xml = JunitSchema.parseValid(render(Format.JUNIT));

    Element suite = (Element) xml.getElementsByTagName("testsuite").item(0);
    assertThat(suite.getAttribute("failures")).isEqualTo("1");
    assertThat(suite.getAttribute("skipped")).isEqualTo("1");
    Element skipped = (Element) xml.getElementsByTagName("skipped").item(0);
    assertThat(((Element) skipped.getParentNode()).getAttribute("name"))
        .isEqualTo("https://a.test/known");
    assertThat(skipped.getAttribute("message")).isEqualTo("known: 404 Not Found");
  }

  @Test
  void sarifMarksKnownResultsUnchangedAndNewOnesNewAndStaysValid() throws Exception {
    JsonNode root = JSON.readTree(render(Format.SARIF));
    try (InputStream in = getClass().getResourceAsStream("/schema/sarif-schema-2.1.0.json")) {
      JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
      assertThat(schema.validate(root)).isEmpty();
    }

    JsonNode results = root.at("/runs/0/results");
    assertThat(results).hasSize(2);
    assertThat(results.get(0).get("baselineState").asText()).isEqualTo("unchanged");
    assertThat(results.get(0).get("level").asText()).isEqualTo("note");
    assertThat(results.get(0).get("ruleId").asText()).isEqualTo("broken-link");
    assertThat(results.get(1).get("baselineState").asText()).isEqualTo("new");
    assertThat(results.get(1).get("level").asText()).isEqualTo("error");
  }
}
