package dev.linkcheck.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.linkcheck.model.CheckResult;
import dev.linkcheck.model.InputError;
import dev.linkcheck.model.Location;
import dev.linkcheck.model.Outcome;
import dev.linkcheck.model.SkipReason;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

class FormatsTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static final List<ReportEntry> ENTRIES =
      List.of(
          new ReportEntry(
              new CheckResult("https://a.test/ok", new Outcome.Ok(200), 5),
              List.of(new Location("docs/a.md", 1, 1))),
          new ReportEntry(
              new CheckResult(
                  "https://a.test/gone|x", new Outcome.Broken(new Outcome.Status(404)), 7),
              List.of(new Location("docs/b.md", 9, 2), new Location("docs/a.md", 12, 5))),
          new ReportEntry(
              new CheckResult("http://slow.test/", new Outcome.Timeout(Duration.ofSeconds(10)), 10),
              List.of(new Location("docs/a, b.md", 3, 1))),
          new ReportEntry(
              new CheckResult(
                  "mailto:x@y.test", new Outcome.Skipped(new SkipReason.Scheme("mailto")), 0),
              List.of(new Location("docs/a.md", 8, 1))));

  static Report report() {
    return new Report(
        Summary.of(3, 5, ENTRIES, 1500, false),
        ENTRIES,
        List.of(new InputError("docs/bin.md", "binary file, not read")));
  }

  /** What a run writes in {@code format}: each result as it is decided, then the report. */
  static String render(Format format, Report report, ReportStyle style) {
    StringWriter s = new StringWriter();
    Reporter reporter = Reporter.of(format, style);
    PrintWriter out = new PrintWriter(s);
    for (ReportEntry entry : report.results()) {
      reporter.result(entry, out);
    }
    reporter.write(report, out);
    return s.toString();
  }

  private static String render(Format format) {
    return render(format, report(), new ReportStyle(false, false, false));
  }

  @Test
  void ndjsonWritesOneResultPerLineThenTheSummary() throws Exception {
    List<String> lines = render(Format.NDJSON).lines().toList();

    assertThat(lines).hasSize(5);
    for (String line : lines.subList(0, 4)) {
      assertThat(JSON.readTree(line).get("status").asText())
          .isIn("ok", "broken", "timeout", "skipped");
    }
    JsonNode last = JSON.readTree(lines.get(4));
    assertThat(last.at("/summary/broken").asInt()).isEqualTo(1);
    assertThat(last.at("/input_errors/0/file").asText()).isEqualTo("docs/bin.md");
  }

  @Test
  void ndjsonStreamsEachResultOnceAndBeforeTheEnd() throws Exception {
    StringWriter s = new StringWriter();
    Reporter reporter = Reporter.of(Format.NDJSON, null);
    PrintWriter out = new PrintWriter(s);
    reporter.result(ENTRIES.get(1), out);

    assertThat(JSON.readTree(s.toString()).get("url").asText()).isEqualTo("https://a.test/gone|x");

    reporter.write(report(), out);
    List<String> urls =
        s.toString()
            .lines()
            .map(l -> l.contains("\"url\"") ? l : null)
            .filter(l -> l != null)
            .toList();
    assertThat(urls).hasSize(4);
  }

  @Test
  void markdownHasATableRowPerFailingOccurrenceWithPipesEscaped() {
    String md = render(Format.MARKDOWN);

    assertThat(md)
        .startsWith("## linkcheck report")
        .contains("| File | Line:Col | Problem | URL |")
        .contains("| `docs/a.md` | 12:5 | `404 Not Found` | `https://a.test/gone\\|x` |")
        .contains("| `docs/b.md` | 9:2 |")
        .contains("`docs/bin.md`: binary file, not read")
        .doesNotContain("mailto");
  }

  @Test
  void githubWritesAnErrorCommandPerFailingOccurrence() {
    List<String> lines = render(Format.GITHUB).lines().toList();

    assertThat(lines)
        .contains(
            "::error file=docs/a.md,line=12,col=5,title=linkcheck%3A broken link::404 Not Found"
                + " https://a.test/gone|x")
        .contains(
            "::error file=docs/a%2C b.md,line=3,col=1,title=linkcheck%3A timeout link::timeout"
                + " after 10s http://slow.test/")
        .anyMatch(l -> l.startsWith("::error file=docs/bin.md,"))
        .anyMatch(l -> l.startsWith("::notice title=linkcheck::5 links (4 unique)"));
    assertThat(lines.stream().filter(l -> l.startsWith("::error"))).hasSize(4);
  }

  @Test
  void junitHasATestcasePerUniqueUrlWithFailuresAndSkips() throws Exception {
    Document xml = JunitSchema.parseValid(render(Format.JUNIT));

    Element suite = (Element) xml.getElementsByTagName("testsuite").item(0);
    assertThat(xml.getDocumentElement().getTagName()).isEqualTo("testsuites");
    assertThat(suite.getAttribute("tests")).isEqualTo("5");
    assertThat(suite.getAttribute("failures")).isEqualTo("2");
    assertThat(suite.getAttribute("errors")).isEqualTo("1");
    assertThat(suite.getAttribute("skipped")).isEqualTo("1");
    NodeList cases = suite.getElementsByTagName("testcase");
    assertThat(cases.getLength()).isEqualTo(5);
    NodeList failures = suite.getElementsByTagName("failure");
    assertThat(failures.getLength()).isEqualTo(2);
    Element gone = (Element) failures.item(1);
    assertThat(gone.getAttribute("message")).isEqualTo("404 Not Found");
    assertThat(gone.getTextContent()).isEqualTo("docs/a.md:12:5\ndocs/b.md:9:2");
    assertThat(((Element) gone.getParentNode()).getAttribute("name"))
        .isEqualTo("https://a.test/gone|x");
  }

  @Test
  void sarifValidatesAgainstTheSarif210SchemaAndLocatesEachFailure() throws Exception {
    String sarif = render(Format.SARIF);
    JsonSchema schema;
    try (InputStream in = getClass().getResourceAsStream("/schema/sarif-schema-2.1.0.json")) {
      assertThat(in).as("SARIF schema on the test classpath").isNotNull();
      schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
    }

    JsonNode root = JSON.readTree(sarif);
    Set<ValidationMessage> problems = schema.validate(root);

    assertThat(problems).isEmpty();
    JsonNode results = root.at("/runs/0/results");
    assertThat(results).hasSize(4);
    assertThat(results.get(0).get("ruleId").asText()).isEqualTo("link-timeout");
    assertThat(results.get(0).at("/locations/0/physicalLocation/artifactLocation/uri").asText())
        .isEqualTo("docs/a,%20b.md");
    assertThat(results.get(1).at("/locations/0/physicalLocation/artifactLocation/uri").asText())
        .isEqualTo("docs/a.md");
    assertThat(results.get(1).at("/locations/0/physicalLocation/region/startLine").asInt())
        .isEqualTo(12);
    assertThat(results.get(1).at("/locations/0/physicalLocation/region/startColumn").asInt())
        .isEqualTo(5);
    assertThat(root.at("/runs/0/columnKind").asText()).isEqualTo("unicodeCodePoints");
  }

  @Test
  void junitThatBreaksTheLayoutFailsTheSchema() {
    String misplaced =
        "<testsuites><testsuite name=\"x\" tests=\"one\"><failure/></testsuite></testsuites>";

    assertThatThrownBy(() -> JunitSchema.validate(misplaced)).isInstanceOf(SAXException.class);
  }

  @Test
  void aBrokenSarifDocumentFailsTheSchema() throws Exception {
    JsonSchema schema;
    try (InputStream in = getClass().getResourceAsStream("/schema/sarif-schema-2.1.0.json")) {
      schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
    }
    JsonNode bad = JSON.readTree("{\"version\":\"2.1.0\",\"runs\":[{\"results\":[]}]}");

    assertThat(schema.validate(bad)).isNotEmpty();
  }
}
