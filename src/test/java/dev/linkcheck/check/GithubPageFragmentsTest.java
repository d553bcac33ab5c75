package dev.linkcheck.check;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.http.Fault;
import dev.linkcheck.GithubLookalike;
import dev.linkcheck.model.Outcome;
import dev.linkcheck.model.SkipReason;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Fragments of github.com pages against the GitHub look-alike: the page checked as any link, its
 * raw source fetched once from raw.githubusercontent.com and judged as github.com would scroll.
 */
class GithubPageFragmentsTest {

  private static final String CODE = "import sys\n".repeat(12);
  private static final String README =
      "# Project\n\nIntro.\n\n## Installation\n\nRun it.\n\n## Note\n\nText.\n";

  @RegisterExtension final GithubLookalike github = GithubLookalike.start();

  @RegisterExtension final TrustingProbes probes = new TrustingProbes();

  private RemoteFragments fragments(long maxBodyBytes) {
    return new RemoteFragments(probes.probe(), maxBodyBytes);
  }

  private Map<String, Outcome> decide(String page, String... fragments) throws Exception {
    return outcomes(
        fragments(FragmentOptions.defaults().maxBodyBytes())
            .decide(URI.create(github.https("github.com") + page), List.of(fragments)));
  }

  /** The outcomes of {@code verdicts}, in their order. */
  private static Map<String, Outcome> outcomes(Map<String, Verdict> verdicts) {
    Map<String, Outcome> outcomes = new LinkedHashMap<>();
    verdicts.forEach((fragment, verdict) -> outcomes.put(fragment, verdict.outcome()));
    return outcomes;
  }

  /** github.com's page, HTML whose anchors the JavaScript would add: none to find in it. */
  private void page(String path, int status) {
    github.serve(
        path, status, "text/html", "<html><body><div id=repo-content></div></body></html>");
  }

  private void raw(String path, String text) {
    github.serve(path, 200, "text/plain; charset=utf-8", text);
  }

  private List<String> methods(String path) {
    return github.server().getAllServeEvents().stream()
        .filter(e -> e.getRequest().getUrl().equals(path))
        .map(e -> e.getRequest().getMethod().getName())
        .toList();
  }

  private String rawUrl(String path) {
    return "https://raw.githubusercontent.com:" + github.server().httpsPort() + path;
  }

  @Test
  void lineAnchorsAreCheckedAgainstTheRawFilesLineCountFetchedOnce() throws Exception {
    page("/o/r/blob/main/src/app.py", 200);
    raw("/o/r/main/src/app.py", CODE);

    Map<String, Outcome> decided =
        decide("/o/r/blob/main/src/app.py", "L3", "L3-L5", "L999", "L10-L13", "L12");

    assertThat(decided)
        .containsEntry("L3", new Outcome.Ok(200))
        .containsEntry("L3-L5", new Outcome.Ok(200))
        .containsEntry("L12", new Outcome.Ok(200))
        .containsEntry("L999", new Outcome.Broken(new Outcome.MissingLine("L999", 12, 200)))
        .containsEntry("L10-L13", new Outcome.Broken(new Outcome.MissingLine("L10-L13", 12, 200)));
    assertThat(methods("/o/r/blob/main/src/app.py")).containsExactly("HEAD");
    assertThat(methods("/o/r/main/src/app.py")).containsExactly("GET");
  }

  @Test
  void headingsOfARenderedMarkdownFileAreCheckedAgainstItsRawMarkdown() throws Exception {
    page("/o/r/blob/main/docs/README.md", 200);
    raw("/o/r/main/docs/README.md", README);

    Map<String, Outcome> decided =
        decide(
            "/o/r/blob/main/docs/README.md",
            "installation",
            "user-content-installation",
            "nope",
            "L5",
            "top");

    assertThat(decided)
        .containsEntry("installation", new Outcome.Ok(200))
        .containsEntry("user-content-installation", new Outcome.Ok(200))
        .containsEntry("L5", new Outcome.Ok(200))
        .containsEntry("top", new Outcome.Ok(200))
        .containsEntry(
            "nope", new Outcome.Broken(new Outcome.MissingFragment("nope", "note", 200)));
  }

  @Test
  void theRepositoryPageIsCheckedAgainstTheReadmeAtTheDefaultBranch() throws Exception {
    page("/o/r", 200);
    raw("/o/r/HEAD/README.md", README);

    Map<String, Outcome> decided = decide("/o/r", "installation", "readme", "instalation");

    assertThat(decided)
        .containsEntry("installation", new Outcome.Ok(200))
        .containsEntry("readme", new Outcome.Ok(200))
        .containsEntry(
            "instalation",
            new Outcome.Broken(new Outcome.MissingFragment("instalation", "installation", 200)));
  }

  @Test
  void aRawSourceThatIsNotThereLeavesTheFragmentsOfAPageThatIsUnchecked() throws Exception {
    page("/o/r", 200);

    Map<String, Outcome> decided = decide("/o/r", "installation", "readme");

    assertThat(decided)
        .containsEntry(
            "installation",
            new Outcome.Skipped(
                new SkipReason.NoRawSource("installation", rawUrl("/o/r/HEAD/README.md"), 404)))
        .containsEntry("readme", new Outcome.Ok(200));
  }

  @Test
  void aMissingPageBreaksItsFragmentsByItsOwnStatusWithoutFetchingTheSource() throws Exception {
    page("/o/gone/blob/main/a.md", 404);
    raw("/o/gone/main/a.md", README);

    Map<String, Outcome> decided = decide("/o/gone/blob/main/a.md", "installation", "L1");

    assertThat(decided.values())
        .containsOnly(new Outcome.Broken(new Outcome.Status(404)))
        .hasSize(2);
    assertThat(methods("/o/gone/main/a.md")).isEmpty();
  }

  @Test
  void otherFragmentsOfACodeFileAreNotCheckedAndNeedNoSource() throws Exception {
    page("/o/r/blob/main/src/app.py", 200);
    raw("/o/r/main/src/app.py", CODE);

    Map<String, Outcome> decided = decide("/o/r/blob/main/src/app.py", "main");

    assertThat(decided.get("main")).isInstanceOf(Outcome.Ok.class);
    assertThat(((Outcome.Ok) decided.get("main")).note()).startsWith("fragment not checked");
    assertThat(methods("/o/r/main/src/app.py")).isEmpty();
  }

  @Test
  void aLineOrHeadingPastTheBytesReadIsSkippedAsTooLarge() throws Exception {
    page("/o/r/blob/main/src/app.py", 200);
    raw("/o/r/main/src/app.py", CODE);

    Map<String, Outcome> decided =
        outcomes(
            fragments(40)
                .decide(
                    URI.create(github.https("github.com") + "/o/r/blob/main/src/app.py"),
                    List.of("L2", "L12")));

    assertThat(decided)
        .containsEntry("L2", new Outcome.Ok(200))
        .containsEntry("L12", new Outcome.Skipped(new SkipReason.PageTooLarge("L12", 40)));
  }

  @Test
  void aRawSourceThatRedirectsIsReadWhereItLeads() throws Exception {
    page("/o/r/blob/main/src/app.py", 200);
    github
        .server()
        .stubFor(
            any(urlEqualTo("/o/r/main/src/app.py"))
                .willReturn(
                    aResponse()
                        .withStatus(301)
                        .withHeader("Location", rawUrl("/o/renamed/main/src/app.py"))));
    raw("/o/renamed/main/src/app.py", CODE);

    Map<String, Outcome> decided = decide("/o/r/blob/main/src/app.py", "L12", "L13");

    assertThat(decided)
        .containsEntry("L12", new Outcome.Ok(200))
        .containsEntry("L13", new Outcome.Broken(new Outcome.MissingLine("L13", 12, 200)));
  }

  @Test
  void aRawSourceThatGivesNoAnswerLeavesTheFragmentUnchecked() throws Exception {
    page("/o/r/blob/main/src/app.py", 200);
    github
        .server()
        .stubFor(
            any(urlEqualTo("/o/r/main/src/app.py"))
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

    Map<String, Outcome> decided = decide("/o/r/blob/main/src/app.py", "L3");

    assertThat(decided.get("L3"))
        .isEqualTo(
            new Outcome.Skipped(
                new SkipReason.NoRawSource("L3", rawUrl("/o/r/main/src/app.py"), null)));
  }

  @Test
  void aRedirectedPageKeepsItsHopsOnAMissingLine() throws Exception {
    String moved = github.https("github.com") + "/o/new/blob/main/src/app.py";
    github
        .server()
        .stubFor(
            any(urlEqualTo("/o/r/blob/main/src/app.py"))
                .willReturn(aResponse().withStatus(301).withHeader("Location", moved)));
    page("/o/new/blob/main/src/app.py", 200);
    raw("/o/r/main/src/app.py", CODE);

    Map<String, Outcome> decided = decide("/o/r/blob/main/src/app.py", "L3", "L99");

    assertThat(decided)
        .containsEntry("L3", new Outcome.Redirected(200, List.of(moved)))
        .containsEntry(
            "L99", new Outcome.Broken(new Outcome.MissingLine("L99", 12, 200), List.of(moved)));
  }
}
