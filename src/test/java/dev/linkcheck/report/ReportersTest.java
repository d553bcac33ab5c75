package dev.linkcheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.linkcheck.model.CheckResult;
import dev.linkcheck.model.InputError;
import dev.linkcheck.model.Location;
import dev.linkcheck.model.Outcome;
import dev.linkcheck.model.SkipReason;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportersTest {

  private static final List<ReportEntry> ENTRIES =
      List.of(
          new ReportEntry(
              new CheckResult("https://z.test/ok", new Outcome.Ok(200), 5),
              List.of(new Location("b.md", 1, 1))),
          new ReportEntry(
              new CheckResult(
                  "https://a.test/gone", new Outcome.Broken(new Outcome.Status(404)), 7),
              List.of(new Location("b.md", 9, 2), new Location("a.md", 12, 5))),
          new ReportEntry(
              new CheckResult(
                  "https://a.test/moved",
                  new Outcome.Redirected(200, List.of("https://a.test/x", "https://a.test/y")),
                  3),
              List.of(new Location("a.md", 2, 1))),
          new ReportEntry(
              new CheckResult("http://slow.test/", new Outcome.Timeout(Duration.ofSeconds(10)), 10),
              List.of(new Location("a.md", 3, 1))),
          new ReportEntry(
              new CheckResult("http://down.test/", new Outcome.Error("connection refused"), 1),
              List.of(new Location("a.md", 7, 9))),
          new ReportEntry(
              new CheckResult(
                  "mailto:x@y.test", new Outcome.Skipped(new SkipReason.Scheme("mailto")), 0),
              List.of(new Location("a.md", 8, 1))));

  private static Report report() {
    return new Report(
        Summary.of(2, 7, ENTRIES, 1234, false),
        ENTRIES,
        List.of(new InputError("c.md", "binary file, not read")));
  }

  private static String render(Reporter reporter) {
    StringWriter s = new StringWriter();
    reporter.write(report(), new PrintWriter(s));
    return s.toString();
  }

  @Test
  void textGroupsFailuresUnderTheirFileSortedByLineAndColumn() {
    String text = render(Reporter.of(Format.TEXT, new ReportStyle(false, false, false)));

    assertThat(text)
        .startsWith(
            """
            a.md
              3:1  timeout after 10s  http://slow.test/
              7:9  error: connection refused  http://down.test/
              12:5  broken 404 Not Found  https://a.test/gone

            b.md
              9:2  broken 404 Not Found  https://a.test/gone

            unreadable inputs
              c.md: binary file, not read

            7 links (6 unique) in 2 files: 1 ok, 1 redirected, 1 broken, 1 timeout, 1 error, \
            0 excluded, 1 skipped, 1 unreadable input (1.2s)
            """);
  }

  @Test
  void verboseTextAlsoListsLinksThatPassed() {
    String text = render(Reporter.of(Format.TEXT, new ReportStyle(true, false, false)));

    assertThat(text)
        .contains("  1:1  ok 200 OK  https://z.test/ok")
        .contains("  2:1  redirected 200 OK after 2 redirects  https://a.test/moved")
        .contains("  8:1  skipped: scheme not checked: mailto  mailto:x@y.test");
  }

  @Test
  void quietTextPrintsOnlyTheSummary() {
    String text = render(Reporter.of(Format.TEXT, new ReportStyle(false, true, false)));

    assertThat(text.lines()).hasSize(1).first().asString().startsWith("7 links (6 unique)");
  }

  @Test
  void colourIsOnlyAddedWhenAskedFor() {
    assertThat(render(Reporter.of(Format.TEXT, new ReportStyle(false, false, true))))
        .contains("\u001b[31m404 Not Found\u001b[0m");
    assertThat(render(Reporter.of(Format.TEXT, new ReportStyle(false, false, false))))
        .doesNotContain("\u001b[");
  }

  @Test
  void jsonHasTheContractShapeWithResultsSortedByUrl() throws Exception {
    JsonNode root = new ObjectMapper().readTree(render(Reporter.of(Format.JSON, null)));

    JsonNode summary = root.get("summary");
    assertThat(summary.get("files").asInt()).isEqualTo(2);
    assertThat(summary.get("links").asInt()).isEqualTo(7);
    assertThat(summary.get("unique").asInt()).isEqualTo(6);
    assertThat(summary.get("broken").asInt()).isEqualTo(1);
    assertThat(summary.get("skipped").asInt()).isEqualTo(1);
    assertThat(summary.get("duration_ms").asLong()).isEqualTo(1234);
    assertThat(summary.has("interrupted")).isFalse();

    List<String> urls = root.get("results").findValuesAsText("url");
    assertThat(urls).isSorted().hasSize(6);

    JsonNode gone = root.get("results").get(urls.indexOf("https://a.test/gone"));
    assertThat(gone.get("status").asText()).isEqualTo("broken");
    assertThat(gone.get("code").asInt()).isEqualTo(404);
    assertThat(gone.get("message").asText()).isEqualTo("Not Found");
    assertThat(gone.get("final_url").isNull()).isTrue();
    assertThat(gone.get("redirects").asInt()).isZero();
    assertThat(gone.get("sources").get(0).get("file").asText()).isEqualTo("a.md");
    assertThat(gone.get("sources").get(0).get("line").asInt()).isEqualTo(12);
    assertThat(gone.get("sources").get(0).get("column").asInt()).isEqualTo(5);
    assertThat(gone.get("sources").get(1).get("file").asText()).isEqualTo("b.md");

    JsonNode moved = root.get("results").get(urls.indexOf("https://a.test/moved"));
    assertThat(moved.get("status").asText()).isEqualTo("redirected");
    assertThat(moved.get("final_url").asText()).isEqualTo("https://a.test/y");
    assertThat(moved.get("redirects").asInt()).isEqualTo(2);

    JsonNode refused = root.get("results").get(urls.indexOf("http://down.test/"));
    assertThat(refused.get("code").isNull()).isTrue();
    assertThat(refused.get("status").asText()).isEqualTo("error");

    assertThat(root.get("input_errors").get(0).get("file").asText()).isEqualTo("c.md");
  }

  @Test
  void jsonMarksAnInterruptedRun() throws Exception {
    Report report = new Report(Summary.of(0, 0, List.of(), 5, true), List.of(), List.of());
    StringWriter s = new StringWriter();
    Reporter.of(Format.JSON, null).write(report, new PrintWriter(s));

    JsonNode root = new ObjectMapper().readTree(s.toString());
    assertThat(root.get("summary").get("interrupted").asBoolean()).isTrue();
  }

  @Test
  void reportFailsOnFailuresOrUnreadableInputsOnly() {
    assertThat(report().failed()).isTrue();
    List<ReportEntry> passing = ENTRIES.subList(0, 1);
    assertThat(new Report(Summary.of(1, 1, passing, 0, false), passing, List.of()).failed())
        .isFalse();
    assertThat(
            new Report(
                    Summary.of(1, 1, passing, 0, false), passing, List.of(new InputError("x", "y")))
                .failed())
        .isTrue();
  }
}
