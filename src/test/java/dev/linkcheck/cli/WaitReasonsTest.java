package dev.linkcheck.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import dev.linkcheck.Loopback;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code -vv} says why a request waited: which retry, after what, and a paused host. */
class WaitReasonsTest {

  @TempDir Path dir;

  @RegisterExtension final Loopback web = Loopback.start();

  /** {@code path} answers {@code first} once (with {@code retryAfter} when not null), then 200. */
  private void onceThenOk(String path, int first, String retryAfter) {
    var answer = aResponse().withStatus(first);
    if (retryAfter != null) {
      answer = answer.withHeader("Retry-After", retryAfter);
    }
    onceThenOk(path, answer);
  }

  /** {@code path} gives {@code answer} once, then 200. */
  private void onceThenOk(String path, ResponseDefinitionBuilder answer) {
    web.stub(
        any(urlPathEqualTo(path))
            .inScenario(path)
            .whenScenarioStateIs(STARTED)
            .willReturn(answer)
            .willSetStateTo("ok"));
    web.stub(
        any(urlPathEqualTo(path))
            .inScenario(path)
            .whenScenarioStateIs("ok")
            .willReturn(aResponse().withStatus(200)));
  }

  @Test
  void debugLogsNameTheRetryAndWhatItWaitsFor() throws Exception {
    onceThenOk("/busy", 429, "1");
    onceThenOk("/flaky", 503, null);
    Files.writeString(
        dir.resolve("a.md"),
        // Two host names of one server: /busy's pause must not hold /flaky up.
        "[a](" + web.url("/busy") + ") [b](" + web.url("localhost", "/flaky") + ")\n");

    String output = runWithoutFailures("-vv", "-r", "0.1", "a.md");

    // The host's pause is what the retry waits for (a hair less than 1 s by then), at the gate.
    assertThat(output)
        .containsPattern(
            Pattern.quote("HEAD " + web.url("/busy") + ": retry (429: no retry spent) in ")
                + "(0\\.\\d\\ds|1s|1\\.00s)"
                + Pattern.quote(" (HTTP 429; host paused (Retry-After))"))
        .containsPattern(
            Pattern.quote("HEAD " + web.url("/busy") + ": waited ")
                + "[0-9.]+s"
                + Pattern.quote(": its host is paused (Retry-After)"))
        .contains(
            "HEAD "
                + web.url("localhost", "/flaky")
                + ": retry 1 of 2 in 0.10s (HTTP 503, backoff)");
  }

  @Test
  void debugLogsNameTheRateLimitHeaderThatPausedTheHost() throws Exception {
    web.quotaUsedUp("/quota/.*", "1");
    Files.writeString(
        dir.resolve("a.md"), "[a](" + web.url("/quota/a") + ") [b](" + web.url("/quota/b") + ")\n");

    String output = runWithoutFailures("-vv", "--host-concurrency", "1", "a.md");

    // Whichever of the two went second waited for the reset.
    assertThat(output)
        .contains("127.0.0.1:" + web.server().port() + " paused for 1s (X-RateLimit-Reset)")
        .containsPattern(
            Pattern.quote("HEAD " + web.url("/quota/"))
                + "[ab]: waited [0-9.]+s"
                + Pattern.quote(": its host is paused (X-RateLimit-Reset)"));
  }

  @Test
  void debugLogsSayATimeoutsRetryQueuesBehindFirstTriesWithinItsOwnTimeout() throws Exception {
    onceThenOk("/stall", aResponse().withStatus(200).withFixedDelay(3000));
    Files.writeString(dir.resolve("a.md"), "[a](" + web.url("/stall") + ")\n");

    String output =
        runWithoutFailures("-vv", "--timeout", "0.5", "--retry-timeout", "0.75", "a.md");

    assertThat(output)
        .contains(
            "HEAD "
                + web.url("/stall")
                + ": retry 1 of 2 in 0s (timeout; behind the host's first tries, within 0.75s)");
  }

  /** A linkcheck process's console output, once it has ended with exit code 0. */
  private String runWithoutFailures(String... args) throws Exception {
    Process p = Subprocess.builder(dir, args).redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(output).isZero();
    return output;
  }
}
