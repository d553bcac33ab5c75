package dev.linkcheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.linkcheck.model.Barrier;
import dev.linkcheck.model.CheckResult;
import dev.linkcheck.model.Hint;
import dev.linkcheck.model.Location;
import dev.linkcheck.model.Outcome;
import dev.linkcheck.model.Protection;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** Every format shows a blocked link as a warning with its protection and hint, never a failure. */
class BlockedFormatsTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static final List<ReportEntry> ENTRIES =
      List.of(
          new ReportEntry(
              new CheckResult(
                      "https://walled.test/page",
                      new Outcome.Blocked(Protection.CLOUDFLARE, Barrier.CHALLENGE, 403, List.of()),
                      3)
                  .withHint(new Hint.AcceptWall("walled.test", 403)),
              List.of(new Location("docs/a.md", 4, 2))),
          new ReportEntry(
              new CheckResult(
                  "https://a.test/gone", new Outcome.Broken(new Outcome.Status(404)), 3),
              List.of(new Location("docs/a.md", 7, 1))),
          new ReportEntry(
              new CheckResult("https://a.test/ok", new Outcome.Ok(200), 3).asCached(),
              List.of(new Location("docs/a.md", 9, 1))));

  private static Report report() {
    return new Report(Summary.of(1, 3, ENTRIES, 1, 800, false), ENTRIES, List.of());
  }

  private static String render(Format format, boolean verbose) {
    return FormatsTest.render(format, report(), new ReportStyle(verbose, false, false));
  }

  @Test
  void aBlockedLinkIsCountedButFailsTheRunOnlyWhenAskedTo() {
    Report report = report();

    assertThat(report.summary().blocked()).isEqualTo(1);
    assertThat(report.summary().failures()).isEqualTo(1);
    Report onlyBlocked =
        new Report(
            Summary.of(1, 1, ENTRIES.subList(0, 1), 0, 1, false), ENTRIES.subList(0, 1), List.of());
    assertThat(onlyBlocked.failed()).isFalse();
    assertThat(onlyBlocked.failed(true)).isTrue();
  }

  @Test
  void jsonSaysBlockedWithTheProtectionTheHintAndTheCachedMark() throws Exception {
    JsonNode root = JSON.readTree(render(Format.JSON, false));

    JsonNode blocked = root.at("/results/2");
    assertThat(blocked.get("url").asText()).isEqualTo("https://walled.test/page");
    assertThat(blocked.get("status").asText()).isEqualTo("blocked");
    assertThat(blocked.get("code").asInt()).isEqualTo(403);
    assertThat(blocked.get("message").asText())
        .isEqualTo("Cloudflare challenge: a browser would likely pass");
    assertThat(blocked.get("hint").asText())
        .isEqualTo(
            "403 from a bot wall: add `[hosts.\"walled.test\"] accept = [403]` if you trust it");
    assertThat(blocked.has("cached")).isFalse();
    assertThat(root.at("/results/1/cached").asBoolean()).isTrue();
    assertThat(root.at("/summary/blocked").asInt()).isEqualTo(1);
  }

  @Test
  void textShowsTheBlockedLinkWithoutVerboseWithItsHintAndCountsIt() {
    String text = render(Format.TEXT, false);

    assertThat(text)
        .contains(
            "4:2  blocked: Cloudflare challenge: a browser would likely pass "
                + " https://walled.test/page")
        .contains("      hint: 403 from a bot wall")
        .contains("1 broken", ", 1 blocked, 1 cached")
        .doesNotContain("a.test/ok");
  }

  @Test
  void sarifMakesItAWarningOfItsOwnRule() throws Exception {
    JsonNode results = JSON.readTree(render(Format.SARIF, false)).at("/runs/0/results");

    assertThat(results).hasSize(2);
    assertThat(results.get(0).get("ruleId").asText()).isEqualTo("blocked-link");
    assertThat(results.get(0).get("level").asText()).isEqualTo("warning");
    assertThat(results.get(1).get("level").asText()).isEqualTo("error");
  }

  @Test
  void githubWarnsWithTheHintAndErrsOnlyOnTheBrokenLink() {
    List<String> lines = render(Format.GITHUB, false).lines().toList();

    assertThat(lines.stream().filter(l -> l.startsWith("::error"))).singleElement();
    assertThat(lines)
        .contains(
            "::warning file=docs/a.md,line=4,col=2,title=linkcheck%3A blocked link::blocked:"
                + " Cloudflare challenge: a browser would likely pass https://walled.test/page"
                + "%0Ahint: 403 from a bot wall: add `[hosts.\"walled.test\"] accept = [403]` if"
                + " you trust it");
  }

  @Test
  void junitSkipsTheBlockedLinkAndStaysValid() throws Exception {
    Document xml = JunitSchema.parseValid(render(Format.JUNIT, false));

    Element suite = (Element) xml.getElementsByTagName("testsuite").item(0);
    assertThat(suite.getAttribute("failures")).isEqualTo("1");
    assertThat(suite.getAttribute("skipped")).isEqualTo("1");
    Element skipped = (Element) xml.getElementsByTagName("skipped").item(0);
    assertThat(skipped.getAttribute("message"))
        .isEqualTo("blocked: Cloudflare challenge: a browser would likely pass");
  }

  @Test
  void markdownListsBlockedLinksInTheirOwnTable() {
    String md = render(Format.MARKDOWN, false);

    assertThat(md.substring(md.indexOf("### Blocked")))
        .contains("| `docs/a.md` | 4:2 |")
        .contains("`https://walled.test/page`");
    assertThat(md.substring(0, md.indexOf("### Blocked"))).doesNotContain("walled.test");
  }
}
