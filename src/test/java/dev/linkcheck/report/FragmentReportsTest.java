package dev.linkcheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.linkcheck.model.CheckResult;
import dev.linkcheck.model.Location;
import dev.linkcheck.model.Outcome;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Fragment results in every format: {@code url#fragment} for people, fields for machines. */
class FragmentReportsTest {

  private static final String MISSING =
      "fragment #configuring-proxy not found in https://a.test/guide"
          + " (did you mean #configuring-the-proxy?)";

  private static final List<ReportEntry> ENTRIES =
      List.of(
          new ReportEntry(
              new CheckResult(
                  "https://a.test/guide",
                  new Outcome.Broken(
                      new Outcome.MissingFragment(
                          "configuring-proxy", "configuring-the-proxy", 200)),
                  4,
                  "configuring-proxy"),
              List.of(new Location("a.md", 3, 7))),
          new ReportEntry(
              new CheckResult("https://a.test/guide", new Outcome.Ok(200), 4, "intro"),
              List.of(new Location("a.md", 1, 1))),
          new ReportEntry(
              new CheckResult("https://a.test/guide", new Outcome.Ok(200), 4),
              List.of(new Location("a.md", 2, 1))),
          new ReportEntry(
              new CheckResult(
                  "https://a.test/doc.pdf",
                  new Outcome.Ok(200, "fragment not checked: not an HTML page (application/pdf)"),
                  4,
                  "page=2"),
              List.of(new Location("a.md", 4, 1))));

  private static String render(Format format, boolean verbose) {
    StringWriter s = new StringWriter();
    Report report = new Report(Summary.of(1, 4, ENTRIES, 10, false), ENTRIES, List.of());
    Reporter.of(format, new ReportStyle(verbose, false, false)).write(report, new PrintWriter(s));
    return s.toString();
  }

  @Test
  void jsonKeepsThePageUrlAndAddsFragmentAndSuggestionSortedByUrlThenFragment() throws Exception {
    JsonNode results = new ObjectMapper().readTree(render(Format.JSON, false)).get("results");

    assertThat(results.findValuesAsText("url"))
        .containsExactly(
            "https://a.test/doc.pdf",
            "https://a.test/guide",
            "https://a.test/guide",
            "https://a.test/guide");
    assertThat(results.get(2).get("fragment").asText()).isEqualTo("configuring-proxy");
    assertThat(results.get(2).get("suggestion").asText()).isEqualTo("configuring-the-proxy");
    assertThat(results.get(2).get("code").asInt()).isEqualTo(200);
    assertThat(results.get(2).get("message").asText()).isEqualTo(MISSING);
    assertThat(results.get(1).has("fragment")).isFalse();
    assertThat(results.get(3).get("fragment").asText()).isEqualTo("intro");
    assertThat(results.get(3).has("suggestion")).isFalse();
    assertThat(results.get(0).get("message").asText())
        .isEqualTo("fragment not checked: not an HTML page (application/pdf)");
  }

  @Test
  void textShowsTheFragmentMessageWithoutTheStatusAndTheUrlWithItsFragment() {
    assertThat(render(Format.TEXT, true))
        .startsWith(
            """
            a.md
              1:1  ok 200 OK  https://a.test/guide#intro
              2:1  ok 200 OK  https://a.test/guide
              3:7  broken %s  https://a.test/guide#configuring-proxy
              4:1  ok 200 OK (fragment not checked: not an HTML page (application/pdf))  \
            https://a.test/doc.pdf#page=2
            """
                .formatted(MISSING));
  }

  @Test
  void ndjsonStreamsAPageAndEachOfItsFragmentsOnceEvenAFragmentNamedNull() {
    Reporter ndjson = Reporter.of(Format.NDJSON, new ReportStyle(false, false, false));
    StringWriter s = new StringWriter();
    PrintWriter out = new PrintWriter(s);
    List<Location> at = List.of(new Location("a.md", 1, 1));
    ReportEntry page = new ReportEntry(new CheckResult("a.md", new Outcome.Ok(null), 0), at);
    ReportEntry nul = new ReportEntry(new CheckResult("a.md", new Outcome.Ok(null), 0, "null"), at);

    for (ReportEntry e : List.of(page, nul, page, nul)) {
      ndjson.result(e, out);
    }

    assertThat(s.toString().lines()).hasSize(2);
    assertThat(s.toString().lines().toList().get(1)).contains("\"fragment\":\"null\"");
  }

  @Test
  void junitAndSarifNameTheFragment() {
    assertThat(render(Format.JUNIT, false))
        .contains("name=\"https://a.test/guide#configuring-proxy\"")
        .contains("name=\"https://a.test/guide#intro\"");
    assertThat(render(Format.SARIF, false))
        .contains("\"text\" : \"" + MISSING + ": https://a.test/guide#configuring-proxy\"");
  }
}
