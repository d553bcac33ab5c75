package dev.linkcheck.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import dev.linkcheck.Loopback;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code --cache}: verdicts reused across runs, against a real loopback server's journal. */
class CacheCliTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  @RegisterExtension
  final Loopback loopback =
      Loopback.start()
          .status("/ok", 200)
          .stub(
              any(urlPathEqualTo("/moved"))
                  .willReturn(aResponse().withStatus(301).withHeader("Location", "/ok")))
          .status("/gone", 404)
          .status("/forbidden", 403);

  private final WireMockServer server = loopback.server();
  private CliRunner cli;

  @BeforeEach
  void start() {
    cli = new CliRunner(dir);
  }

  private void links(String... paths) throws Exception {
    Files.writeString(dir.resolve("a.md"), loopback.markdownLinks(paths));
  }

  private int requests() {
    return loopback.requests();
  }

  /**
   * The results of a JSON report without their timings, which differ between runs, and without the
   * cache's mark, which tells a reused verdict from a fresh one.
   */
  private static JsonNode resultsWithoutTimings(String report) throws Exception {
    JsonNode results = JSON.readTree(report).get("results");
    results.forEach(r -> ((ObjectNode) r).remove(java.util.List.of("duration_ms", "cached")));
    return results;
  }

  @Test
  void aSecondRunTakesVerdictsFromTheCacheAndReportsThemLikeFreshOnesMarkedCached()
      throws Exception {
    links("/ok", "/moved");
    CliRunner.Run first = cli.run("--cache", "--format", "json", "a.md");
    assertThat(first.exitCode()).as(first.err()).isZero();
    assertThat(JSON.readTree(first.out()).at("/summary/cached").asInt()).isZero();
    assertThat(dir.resolve(".linkcheck-cache")).exists();
    server.resetRequests();

    CliRunner.Run second = cli.run("--cache", "--format", "json", "a.md");

    assertThat(second.exitCode()).as(second.err()).isZero();
    assertThat(requests()).isZero();
    JsonNode summary = JSON.readTree(second.out()).get("summary");
    assertThat(summary.get("cached").asInt()).isEqualTo(2);
    assertThat(summary.get("ok").asInt()).isEqualTo(1);
    assertThat(summary.get("redirected").asInt()).isEqualTo(1);
    assertThat(JSON.readTree(first.out()).at("/results/0/cached").isMissingNode()).isTrue();
    JSON.readTree(second.out())
        .get("results")
        .forEach(r -> assertThat(r.get("cached").asBoolean()).as(r.toString()).isTrue());
    assertThat(resultsWithoutTimings(second.out())).isEqualTo(resultsWithoutTimings(first.out()));
    assertThat(cli.run("--cache", "a.md").out()).contains("2 cached");
  }

  @Test
  void verboseTextMarksEachVerdictTakenFromTheCacheAfterItsWords() throws Exception {
    links("/ok", "/moved", "/gone");
    CliRunner.Run first = cli.run("--cache", "-v", "a.md");
    assertThat(first.out()).as(first.err()).doesNotContain("(cached)");

    CliRunner.Run second = cli.run("--cache", "-v", "a.md");

    assertThat(second.out())
        .contains("  1:1  ok 200 OK (cached)  " + loopback.url("/ok") + "\n")
        .contains(
            "  2:1  redirected 200 OK after 1 redirect (cached)  " + loopback.url("/moved") + "\n")
        // failures are never cached: checked again, so not marked
        .contains("  3:1  broken 404 Not Found  " + loopback.url("/gone") + "\n")
        .contains("2 cached");
  }

  @Test
  void inColourTheVerdictKeepsItsFormAndACachedOneIsStillMarked() throws Exception {
    links("/ok");
    cli.run("--cache", "a.md");

    CliRunner.Run coloured = cli.run("--cache", "-v", "--color", "always", "a.md");

    // In colour the verdict keeps its colour instead of a leading word; the mark stays.
    assertThat(coloured.out().replaceAll("\u001B\\[[0-9;]*m", ""))
        .contains("  1:1  200 OK (cached)  " + loopback.url("/ok") + "\n");
  }

  @Test
  void withoutCacheTheCacheFileIsNeitherReadNorWritten() throws Exception {
    links("/ok");
    assertThat(cli.run("--cache", "a.md").exitCode()).isZero();
    server.resetRequests();

    CliRunner.Run run = cli.run("a.md");

    assertThat(run.exitCode()).isZero();
    assertThat(requests()).isPositive();
    assertThat(run.out()).doesNotContain("cached");
  }

  @Test
  void anExpiredVerdictIsCheckedAgain() throws Exception {
    links("/ok");
    Instant twoDaysAgo = Instant.now().minus(Duration.ofDays(2)).truncatedTo(ChronoUnit.SECONDS);
    Files.writeString(
        dir.resolve(".linkcheck-cache"),
        "linkcheck-cache 1\n" + twoDaysAgo + "\tok\t200\t" + loopback.url("/ok") + "\n");

    CliRunner.Run young = cli.run("--cache", "--max-cache-age", "3d", "a.md");
    assertThat(young.exitCode()).as(young.err()).isZero();
    assertThat(requests()).isZero();
    assertThat(young.out()).contains("1 cached");

    Files.writeString(
        dir.resolve(".linkcheck-cache"),
        "linkcheck-cache 1\n" + twoDaysAgo + "\tok\t200\t" + loopback.url("/ok") + "\n");
    CliRunner.Run old = cli.run("--cache", "a.md"); // default: 1d

    assertThat(old.exitCode()).isZero();
    assertThat(requests()).isPositive();
    assertThat(old.out()).doesNotContain("cached");
    // the fresh verdict replaced the expired one
    assertThat(Files.readString(dir.resolve(".linkcheck-cache"))).doesNotContain(twoDaysAgo + "");
  }

  @Test
  void shortAgesExpireToo() throws Exception {
    links("/ok");
    Instant minuteAgo = Instant.now().minusSeconds(60).truncatedTo(ChronoUnit.SECONDS);
    Files.writeString(
        dir.resolve(".linkcheck-cache"),
        "linkcheck-cache 1\n" + minuteAgo + "\tok\t200\t" + loopback.url("/ok") + "\n");

    assertThat(cli.run("--cache", "--max-cache-age", "30s", "a.md").exitCode()).isZero();
    assertThat(requests()).isPositive();
  }

  @Test
  void aCorruptCacheIsIgnoredEverythingIsCheckedAndTheFileIsRewritten() throws Exception {
    links("/ok");
    Files.writeString(dir.resolve(".linkcheck-cache"), "{\"not\": \"a cache\"}\n\u0000\u0001");

    CliRunner.Run run = cli.run("--cache", "--format", "json", "a.md");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(requests()).isPositive();
    assertThat(JSON.readTree(run.out()).at("/summary/ok").asInt()).isEqualTo(1);
    List<String> rewritten = Files.readAllLines(dir.resolve(".linkcheck-cache"));
    assertThat(rewritten.getFirst()).isEqualTo("linkcheck-cache 1");
    assertThat(rewritten).anyMatch(l -> l.endsWith("\tok\t200\t" + loopback.url("/ok")));
  }

  @Test
  void aCorruptCacheIsAWarningOnStderrNotAnError() throws Exception {
    links("/ok");
    Files.writeString(dir.resolve(".linkcheck-cache"), "linkcheck-cache 1\nnot\ta verdict\n");

    // slf4j writes to the process's stderr, so this needs a real process.
    Process p =
        Subprocess.builder(dir, "--cache", "a.md")
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);

    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(err).isZero();
    assertThat(err).contains("linkcheck: warning: ", ".linkcheck-cache", "line 2");
    assertThat(requests()).isPositive();
  }

  @Test
  void failuresAreNeverCachedAndAreRequestedAgain() throws Exception {
    links("/ok", "/gone");
    assertThat(cli.run("--cache", "a.md").exitCode()).isEqualTo(1);
    assertThat(Files.readString(dir.resolve(".linkcheck-cache")))
        .contains(loopback.url("/ok"))
        .doesNotContain(loopback.url("/gone"));
    server.resetRequests();

    CliRunner.Run second = cli.run("--cache", "a.md");

    assertThat(second.exitCode()).isEqualTo(1);
    assertThat(second.out()).contains("404 Not Found", "1 cached");
    assertThat(server.getAllServeEvents())
        .isNotEmpty()
        .allSatisfy(e -> assertThat(e.getRequest().getUrl()).isEqualTo("/gone"));
  }

  @Test
  void aVerdictTakenUnderAnotherAcceptIsCheckedAgain() throws Exception {
    links("/forbidden");
    assertThat(cli.run("--cache", "--accept", "200..299,403", "a.md").exitCode()).isZero();
    server.resetRequests();

    CliRunner.Run strict = cli.run("--cache", "a.md");

    assertThat(strict.exitCode()).isEqualTo(1);
    assertThat(requests()).isPositive();
  }

  @Test
  void aBadMaxCacheAgeIsAUsageErrorNamingTheFlag() throws Exception {
    links("/ok");

    for (String bad : List.of("1y", "10", "-1d", "")) {
      CliRunner.Run run = cli.run("--cache", "--max-cache-age", bad, "a.md");
      assertThat(run.exitCode()).as(bad).isEqualTo(2);
      assertThat(run.err()).contains("--max-cache-age");
    }
    assertThat(requests()).isZero();
  }

  @Test
  void cacheOptionsWorkFromTheConfigFileAndBadValuesNameKeyAndLine() throws Exception {
    links("/ok");
    Files.writeString(dir.resolve("linkcheck.toml"), "cache = true\nmax-cache-age = \"12h\"\n");
    assertThat(cli.run("a.md").exitCode()).isZero();
    server.resetRequests();
    assertThat(cli.run("a.md").out()).contains("1 cached");
    assertThat(requests()).isZero();

    Files.writeString(
        dir.resolve("linkcheck.toml"), "cache = true\n\nmax-cache-age = \"a week\"\n");
    CliRunner.Run bad = cli.run("a.md");
    assertThat(bad.exitCode()).isEqualTo(2);
    assertThat(bad.err()).contains("linkcheck.toml:3", "max-cache-age");
  }
}
