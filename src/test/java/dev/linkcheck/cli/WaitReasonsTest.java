package dev.linkcheck.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;

import dev.linkcheck.Loopback;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
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
        dir.resolve("a.md"), "[a](" + web.url("/busy") + ") [b](" + web.url("/flaky") + ")\n");

    Process p =
        Subprocess.builder(dir, "-vv", "-r", "0.1", "a.md").redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();

    assertThat(p.exitValue()).as(output).isZero();
    assertThat(output)
        .contains(
            "HEAD "
                + web.url("/busy")
                + ": retry 1 of 2 in 1s (HTTP 429, Retry-After: 1; host paused)")
        .contains("HEAD " + web.url("/flaky") + ": retry 1 of 2 in 0.10s (HTTP 503, backoff)");
  }
}
