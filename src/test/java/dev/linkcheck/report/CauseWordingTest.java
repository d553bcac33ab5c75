package dev.linkcheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.linkcheck.model.CheckResult;
import dev.linkcheck.model.Location;
import dev.linkcheck.model.Outcome;
import dev.linkcheck.model.SkipReason;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each typed cause and reason is worded by the reports, the same in every format. */
class CauseWordingTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static String render(Format format, CheckResult result) {
    List<ReportEntry> entries =
        List.of(new ReportEntry(result, List.of(new Location("a.md", 1, 1))));
    Report report = new Report(Summary.of(1, 1, entries, 0, false), entries, List.of());
    StringWriter s = new StringWriter();
    Reporter.of(format, new ReportStyle(true, false, false)).write(report, new PrintWriter(s));
    return s.toString();
  }

  /** The verdict the text report shows for {@code result}, without colour: led by its word. */
  private static String text(CheckResult result) {
    String line = render(Format.TEXT, result).lines().toList().get(1);
    String prefix = "  1:1  ";
    String suffix = "  " + result.displayUrl();
    assertThat(line).startsWith(prefix).endsWith(suffix);
    return line.substring(prefix.length(), line.length() - suffix.length());
  }

  private static JsonNode json(CheckResult result) throws Exception {
    return JSON.readTree(render(Format.JSON, result)).get("results").get(0);
  }

  private static JsonNode sarif(CheckResult result) throws Exception {
    return JSON.readTree(render(Format.SARIF, result)).at("/runs/0/results/0");
  }

  @Test
  void aStatusIsWordedByItsCodeAndReasonPhrase() throws Exception {
    CheckResult gone =
        new CheckResult("https://a.test/gone", new Outcome.Broken(new Outcome.Status(404)), 0);

    assertThat(text(gone)).isEqualTo("broken 404 Not Found");
    assertThat(json(gone).get("code").asInt()).isEqualTo(404);
    assertThat(json(gone).get("message").asText()).isEqualTo("Not Found");
    assertThat(json(gone).has("suggestion")).isFalse();
    assertThat(sarif(gone).get("ruleId").asText()).isEqualTo("broken-link");
    assertThat(sarif(gone).at("/message/text").asText())
        .isEqualTo("404 Not Found: https://a.test/gone");
  }

  @Test
  void anOkStatusOutsideTheTwoHundredsSaysItWasAcceptedBesideAnyNote() throws Exception {
    CheckResult accepted = new CheckResult("https://a.test/login", new Outcome.Ok(403), 0);
    CheckResult noted =
        new CheckResult(
            "https://a.test/login",
            new Outcome.Ok(403, "fragment not checked: not an HTML page"),
            0,
            "x");

    assertThat(text(accepted)).isEqualTo("ok 403 Forbidden (accepted)");
    assertThat(text(noted))
        .isEqualTo("ok 403 Forbidden (accepted; fragment not checked: not an HTML page)");
    assertThat(text(new CheckResult("https://a.test/", new Outcome.Ok(204), 0)))
        .isEqualTo("ok 204 No Content");
    // JSON says it in its own fields: the status is ok, the message the reason phrase.
    assertThat(json(accepted).get("status").asText()).isEqualTo("ok");
    assertThat(json(accepted).get("message").asText()).isEqualTo("Forbidden");
  }

  @Test
  void aMissingFileHasNoCodeAndSaysSo() throws Exception {
    CheckResult missing =
        new CheckResult("docs/gone.md", new Outcome.Broken(new Outcome.MissingFile()), 0);

    assertThat(text(missing)).isEqualTo("broken file not found");
    assertThat(json(missing).get("code").isNull()).isTrue();
    assertThat(json(missing).get("message").asText()).isEqualTo("file not found");
    assertThat(sarif(missing).at("/message/text").asText())
        .isEqualTo("file not found: docs/gone.md");
  }

  @Test
  void aMissingFragmentNamesItsPageAndSuggestsTheNearestAnchor() throws Exception {
    String words =
        "fragment #configuring-proxy not found in docs/install.md"
            + " (did you mean #configuring-the-proxy?)";
    CheckResult missing =
        new CheckResult(
            "docs/install.md",
            new Outcome.Broken(
                new Outcome.MissingFragment("configuring-proxy", "configuring-the-proxy", null)),
            0,
            "configuring-proxy");

    assertThat(text(missing)).isEqualTo("broken " + words);
    assertThat(json(missing).get("message").asText()).isEqualTo(words);
    assertThat(json(missing).get("suggestion").asText()).isEqualTo("configuring-the-proxy");
    assertThat(json(missing).get("code").isNull()).isTrue();
    assertThat(sarif(missing).at("/message/text").asText())
        .isEqualTo(words + ": docs/install.md#configuring-proxy");
  }

  @Test
  void aRemoteMissingFragmentKeepsThePagesCodeAndHopsButShowsNoStatus() throws Exception {
    CheckResult missing =
        new CheckResult(
            "https://a.test/old",
            new Outcome.Broken(
                new Outcome.MissingFragment("missing", null, 200), List.of("https://a.test/new")),
            0,
            "missing");

    assertThat(text(missing)).isEqualTo("broken fragment #missing not found in https://a.test/old");
    assertThat(json(missing).get("code").asInt()).isEqualTo(200);
    assertThat(json(missing).get("final_url").asText()).isEqualTo("https://a.test/new");
    assertThat(json(missing).has("suggestion")).isFalse();
  }

  @Test
  void aGithubLineAnchorPastTheEndSaysHowManyLinesTheFileHas() throws Exception {
    String url = "https://github.com/o/r/blob/main/a.py";
    CheckResult past =
        new CheckResult(
            url, new Outcome.Broken(new Outcome.MissingLine("L999", 12, 200)), 0, "L999");
    CheckResult one =
        new CheckResult(url, new Outcome.Broken(new Outcome.MissingLine("L2", 1, 200)), 0, "L2");

    String words = "fragment #L999 not found in " + url + " (the file has 12 lines)";
    assertThat(text(past)).isEqualTo("broken " + words);
    assertThat(json(past).get("status").asText()).isEqualTo("broken");
    assertThat(json(past).get("message").asText()).isEqualTo(words);
    assertThat(json(past).get("code").asInt()).isEqualTo(200);
    assertThat(json(past).has("suggestion")).isFalse();
    assertThat(sarif(past).at("/message/text").asText()).isEqualTo(words + ": " + url + "#L999");
    assertThat(text(one)).endsWith("(the file has 1 line)");
  }

  @Test
  void aKnownMissingFragmentKeepsItsWordsAndSuggestion() throws Exception {
    CheckResult known =
        new CheckResult(
            "docs/a.md",
            new Outcome.Known(new Outcome.Broken(new Outcome.MissingFragment("x", "y", null))),
            0,
            "x");

    assertThat(text(known))
        .isEqualTo("known: fragment #x not found in docs/a.md (did you mean #y?)");
    assertThat(json(known).get("status").asText()).isEqualTo("known");
    assertThat(json(known).get("suggestion").asText()).isEqualTo("y");
  }

  static Stream<Arguments> skipReasons() {
    return Stream.of(
        Arguments.of("", new SkipReason.EmptyLink(), "empty link"),
        Arguments.of("mailto:a@b.c", new SkipReason.Scheme("mailto"), "scheme not checked: mailto"),
        Arguments.of("?page=2", new SkipReason.SamePageLink(), "same-page link"),
        Arguments.of("#a", new SkipReason.SamePageFragment(false), "same-page fragment"),
        Arguments.of(
            "#a", new SkipReason.SamePageFragment(true), "same-page fragment of standard input"),
        Arguments.of(
            "/img/a.png", new SkipReason.NeedsRootDir(), "root-relative link needs --root-dir"),
        Arguments.of(
            "https://a.test/", new SkipReason.Offline(), "offline: remote link not checked"),
        Arguments.of(
            "docs/a.md",
            new SkipReason.UnreadableFile("a"),
            "fragment #a not checked: cannot read docs/a.md"),
        Arguments.of(
            "https://a.test/big",
            new SkipReason.PageTooLarge("late", 4096),
            "fragment #late not checked: page larger than --max-body-bytes (4096 bytes)"),
        Arguments.of(
            "https://github.com/o/r",
            new SkipReason.NoRawSource(
                "a", "https://raw.githubusercontent.com/o/r/HEAD/README.md", 404),
            "fragment #a not checked: its source"
                + " https://raw.githubusercontent.com/o/r/HEAD/README.md answered 404"),
        Arguments.of(
            "https://github.com/o/r",
            new SkipReason.NoRawSource(
                "a", "https://raw.githubusercontent.com/o/r/HEAD/README.md", null),
            "fragment #a not checked: its source"
                + " https://raw.githubusercontent.com/o/r/HEAD/README.md could not be fetched"),
        Arguments.of(
            "{{ page.url }}",
            new SkipReason.TemplateExpression(),
            "template expression, not a link until the site is built"),
        Arguments.of(
            "../std/index.html",
            new SkipReason.LeavesSite("mdbook"),
            "leaves the mdbook site, whose URL its config does not name"),
        Arguments.of(
            "/blog",
            new SkipReason.Unmodelled("route of the blog/ plugin"),
            "route of the blog/ plugin, not modelled by linkcheck"));
  }

  @Test
  void aMissingRouteSaysWhatWasTriedAndAFileIsNoFolder() throws Exception {
    CheckResult route =
        new CheckResult(
            "docs/x.md",
            new Outcome.Broken(
                new Outcome.MissingRoute("mkdocs", List.of("docs/x.md", "docs/x/index.md"))),
            0);
    CheckResult folder =
        new CheckResult("docs/a.md/", new Outcome.Broken(new Outcome.NotAFolder()), 0);

    assertThat(text(route))
        .isEqualTo("broken file not found (mkdocs route, tried docs/x.md, docs/x/index.md)");
    assertThat(json(route).get("code").isNull()).isTrue();
    assertThat(text(folder)).isEqualTo("broken not a folder: docs/a.md");
  }

  @ParameterizedTest
  @MethodSource("skipReasons")
  void eachSkipReasonIsWordedWithTheOptionItNeeds(String url, SkipReason reason, String words)
      throws Exception {
    CheckResult skipped = new CheckResult(url, new Outcome.Skipped(reason), 0);

    assertThat(json(skipped).get("message").asText()).isEqualTo(words);
    assertThat(json(skipped).get("status").asText()).isEqualTo("skipped");
    assertThat(render(Format.JUNIT, skipped)).contains("<skipped message=\"" + words + "\"");
  }

  @Test
  void aSkipReasonShowsInTheTextReportAfterSkipped() {
    CheckResult skipped =
        new CheckResult("mailto:a@b.c", new Outcome.Skipped(new SkipReason.Scheme("mailto")), 0);

    assertThat(text(skipped)).isEqualTo("skipped: scheme not checked: mailto");
  }

  @Test
  void aTimeoutSaysHowLongItWaitedTheWayTheUserWroteIt() throws Exception {
    CheckResult slow =
        new CheckResult("https://a.test/", new Outcome.Timeout(Duration.ofMillis(700)), 0);

    assertThat(text(slow)).isEqualTo("timeout after 0.7s");
    assertThat(json(slow).get("message").asText()).isEqualTo("timeout after 0.7s");
    assertThat(
            text(
                new CheckResult("https://a.test/", new Outcome.Timeout(Duration.ofSeconds(10)), 0)))
        .isEqualTo("timeout after 10s");
  }
}
