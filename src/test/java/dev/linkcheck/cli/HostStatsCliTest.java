package dev.linkcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.linkcheck.Loopback;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code --host-stats}: per-host figures on stderr after a text report, in JSON's report. */
class HostStatsCliTest {

  @TempDir Path dir;

  @RegisterExtension final Loopback web = Loopback.start();

  private CliRunner cli;

  @BeforeEach
  void setUp() {
    // /ok: one HEAD; /gone: a HEAD and its GET, both 404; /quota/*: one HEAD that empties the
    // quota for a second, so that whichever of the two comes second waits.
    web.status("/ok", 200).status("/gone", 404);
    web.quotaUsedUp("/quota/.*", "1");
    Loopback.write(dir, "a.md", web.markdownLinks("/ok", "/gone"));
    Loopback.write(dir, "quota.md", web.markdownLinks("/quota/a", "/quota/b"));
    cli = new CliRunner(dir);
  }

  private String host() {
    return "127.0.0.1:" + web.server().port();
  }

  @Test
  void textReportIsFollowedByOneLinePerHostOnStderr() {
    CliRunner.Run run = cli.run("--host-stats", "a.md");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).doesNotContain("requests");
    assertThat(run.err().lines().filter(l -> l.startsWith(host())))
        .singleElement()
        .asString()
        .matches(Pattern.quote(host()) + "  3 requests  p50 \\d+ms  p95 \\d+ms  200×1 404×2");
  }

  @Test
  void aPausedHostsWaitIsCounted() {
    CliRunner.Run run = cli.run("--host-stats", "--host-concurrency", "1", "quota.md");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.err())
        .containsPattern(
            Pattern.quote(host())
                + "  2 requests  p50 \\d+ms  p95 \\d+ms  200×2  waited 1× (0\\.\\d+|1(\\.\\d+)?)s");
  }

  @Test
  void jsonCarriesAHostsObjectWithExactCounts() throws Exception {
    CliRunner.Run run = cli.run("--host-stats", "--format", "json", "a.md");

    JsonNode root = new ObjectMapper().readTree(run.out());
    JsonNode hosts = root.get("hosts");
    assertThat(hosts.fieldNames()).toIterable().containsExactly(host());
    JsonNode h = hosts.get(host());
    assertThat(h.get("requests").asInt()).isEqualTo(3);
    assertThat(h.get("statuses").size()).isEqualTo(2);
    assertThat(h.get("statuses").get("200").asInt()).isEqualTo(1);
    assertThat(h.get("statuses").get("404").asInt()).isEqualTo(2);
    assertThat(h.get("waits").asInt()).isZero();
    assertThat(h.get("waited_ms").asLong()).isZero();
    assertThat(h.get("p50_ms").asLong()).isNotNegative();
    assertThat(h.get("p95_ms").asLong()).isGreaterThanOrEqualTo(h.get("p50_ms").asLong());
    // In the report, so not on stderr as well.
    assertThat(run.err()).doesNotContain(host() + "  3 requests");
  }

  @Test
  void withoutTheOptionThereAreNoHostFigures() throws Exception {
    CliRunner.Run json = cli.run("--format", "json", "a.md");
    CliRunner.Run text = cli.run("a.md");

    assertThat(new ObjectMapper().readTree(json.out()).has("hosts")).isFalse();
    assertThat(text.err()).doesNotContain("requests");
  }

  @Test
  void aMachineFormatLeavesStdoutAloneAndPutsTheFiguresOnStderr() {
    CliRunner.Run run = cli.run("--host-stats", "--format", "ndjson", "a.md");

    assertThat(run.out()).doesNotContain("requests");
    assertThat(run.err()).contains(host() + "  3 requests");
  }
}
