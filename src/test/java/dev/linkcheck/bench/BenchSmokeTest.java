package dev.linkcheck.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.linkcheck.cli.Main;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The loopback benchmark end to end on its smallest preset, as CI's smoke test: correctness only
 * (verdicts, links found, per-host limit), never timing.
 */
class BenchSmokeTest {

  @TempDir Path work;

  // Short timeout and backoff keep the hanging and resetting URLs to a few seconds.
  private static final List<String> FAST =
      List.of("--timeout", "1", "--retry-wait-time", "0.2", "--host-concurrency", "4");

  @Test
  void smallestPresetIsJudgedPerfectlyWithinTheHostLimit() throws Exception {
    BenchResult result = BenchRun.run(Preset.named("200"), linkcheckOnClasspath(), FAST, work);

    assertJudgedPerfectly(result);
    assertThat(result.server().http2Requests()).isZero();
  }

  // A new TLS connection's first answer is held three latencies (up to 600 ms), and a cold JVM's
  // first handshakes are slow on a busy machine (seen: over 2 s at load 20 on 2 cores): a short
  // timeout would cut ordinary requests short and judge them timeouts.
  private static final List<String> FAST_TLS =
      List.of("--timeout", "4", "--retry-wait-time", "0.2", "--host-concurrency", "4");

  @Test
  void smallestTlsPresetIsJudgedPerfectlyThroughTheThrowAwayCaAndTheHostsFile() throws Exception {
    // Real TLS 1.3 on h0.bench.test ...: the names resolve only through the generated hosts
    // file and the certificate is trusted only through the generated trust store.
    BenchResult result =
        BenchRun.run(Preset.named("net-200-tls"), linkcheckOnClasspath(), FAST_TLS, work);

    assertJudgedPerfectly(result);
    assertThat(result.command()).anyMatch(a -> a.startsWith("-Djavax.net.ssl.trustStore="));
    assertThat(result.command()).noneMatch(a -> a.equals("--insecure"));
    // Every connection's first answer is held for the set-up cost, so the busiest host saw some.
    assertThat(result.server().busiest().setup()).as(result.render()).isPositive();
    // One first attempt for every URL on a live host (the same seed gives the same corpus).
    Preset preset = Preset.named("net-200-tls");
    long live =
        Corpus.generate(preset, Corpus.hosts(preset), 1, work.resolve("again"))
            .urls
            .values()
            .stream()
            .filter(u -> u.behaviour() != Behaviour.REFUSED)
            .count();
    assertThat(result.server().kinds().get(RequestKind.FIRST)).isEqualTo(live);
  }

  @Test
  void smallestHttp2PresetIsJudgedPerfectlyByJettyOverAlpn() throws Exception {
    BenchResult result =
        BenchRun.run(Preset.named("net-200-h2"), linkcheckOnClasspath(), FAST_TLS, work);

    assertJudgedPerfectly(result);
  }

  private static void assertJudgedPerfectly(BenchResult result) {
    assertThat(result.killed()).as(result.render()).isFalse();
    assertThat(result.linksExtracted()).as(result.render()).isEqualTo(200);
    assertThat(result.uniqueReported()).as(result.render()).isEqualTo(80);
    assertThat(result.score().misjudged()).as(result.render()).isEmpty();
    assertThat(result.score().precision()).isEqualTo(1.0);
    assertThat(result.score().recall()).isEqualTo(1.0);
    assertThat(result.score().truePositives()).isPositive();
    assertThat(result.maxInFlightPerHost()).as(result.render()).isBetween(1, 4);
    assertThat(result.unexpectedRequests()).isZero();
    assertThat(result.requests()).isGreaterThanOrEqualTo(result.demandedRequests());
    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.correct()).isTrue();
  }

  @Test
  void idealTimePacksEachHostsSlotsAndAddsItsRetryAfterPause() {
    Host host = Host.of(0, Duration.ofMillis(100), true);
    Settings settings = Settings.of(List.of("--host-concurrency", "2", "--timeout", "5"));
    List<Corpus.Url> urls = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      urls.add(new Corpus.Url("u" + i, host, Behaviour.OK));
    }
    // Three 100 ms requests on two slots: two rounds.
    assertThat(IdealTime.of(urls, settings)).isEqualTo(Duration.ofMillis(200));

    urls.add(new Corpus.Url("n", host, Behaviour.NOT_FOUND));
    // HEAD and GET of the 404 (200 ms) beside the three: 500 ms over two slots, longest first.
    assertThat(IdealTime.of(urls, settings)).isEqualTo(Duration.ofMillis(300));

    urls.add(new Corpus.Url("t", host, Behaviour.TOO_MANY));
    // 700 ms packed onto two slots (400 ms), plus the host's one-second Retry-After pause.
    assertThat(IdealTime.of(urls, settings)).isEqualTo(Duration.ofMillis(1400));

    urls.add(new Corpus.Url("h", host, Behaviour.HANG));
    // A hang is a 5 s attempt and its retry (the default), bounded by --retry-timeout's rule at
    // its 2 s floor on a host this fast and waiting no backoff: 7 s on one slot, the other four
    // URLs on the other, plus the Retry-After second: 8 s.
    assertThat(IdealTime.of(urls, settings)).isEqualTo(Duration.ofSeconds(8));
    // With --retry-timeout 5, the retry may take all 5 s: 10 s on one slot, 11 s in all.
    Settings full =
        Settings.of(List.of("--host-concurrency", "2", "--timeout", "5", "--retry-timeout", "5"));
    assertThat(IdealTime.of(urls, full)).isEqualTo(Duration.ofSeconds(11));
    // With --max-timeout-retries 0, one 5 s attempt; the host's slots then need 5.7 s over two,
    // 5 s on one, plus the Retry-After second: 6 s.
    Settings once =
        Settings.of(
            List.of("--host-concurrency", "2", "--timeout", "5", "--max-timeout-retries", "0"));
    assertThat(IdealTime.of(urls, once)).isEqualTo(Duration.ofSeconds(6));
  }

  private static List<String> linkcheckOnClasspath() {
    return List.of(
        ProcessHandle.current().info().command().orElse("java"),
        "-cp",
        System.getProperty("java.class.path"),
        Main.class.getName());
  }
}
