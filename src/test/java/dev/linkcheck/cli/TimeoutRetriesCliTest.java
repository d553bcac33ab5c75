package dev.linkcheck.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import dev.linkcheck.Loopback;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --max-timeout-retries} (how many of the retries a timeout may take) and {@code
 * --retry-timeout} (how long such a retry may take), from the CLI.
 */
class TimeoutRetriesCliTest {

  @TempDir Path dir;

  // Answers only after the client's timeout: every attempt is a timeout.
  @RegisterExtension
  final Loopback web =
      Loopback.start().stub(any(urlEqualTo("/hang")).willReturn(aResponse().withFixedDelay(3000)));

  private CliRunner.Run check(String... options) {
    Loopback.write(dir, "a.md", web.markdownLinks("/hang"));
    String[] args = new String[options.length + 5];
    System.arraycopy(options, 0, args, 0, options.length);
    System.arraycopy(
        new String[] {"--timeout", "0.3", "--retry-wait-time", "0.05", "a.md"},
        0,
        args,
        options.length,
        5);
    return new CliRunner(dir).run(args);
  }

  @Test
  void aHangIsTriedOnceMoreByDefaultThoughMoreRetriesAreAllowed() {
    CliRunner.Run run = check("--max-retries", "3");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).contains("timeout");
    assertThat(web.methods("/hang")).hasSize(2);
  }

  @Test
  void noTimeoutRetriesMeansOneAttemptPerHang() {
    CliRunner.Run run = check("--max-retries", "3", "--max-timeout-retries", "0");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(web.methods("/hang")).hasSize(1);
  }

  @Test
  void aNegativeCountIsAUsageErrorNamingTheOption() {
    CliRunner.Run run = check("--max-timeout-retries", "-1");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--max-timeout-retries");
    assertThat(web.requests()).isZero();
  }

  @Test
  void aRetryTimeoutThatIsNotAutoOrAPositiveNumberIsAUsageErrorNamingTheOption() {
    for (String bad : new String[] {"0", "soon", "-2"}) {
      CliRunner.Run run = check("--retry-timeout", bad);

      assertThat(run.exitCode()).as(bad).isEqualTo(2);
      assertThat(run.err()).as(bad).contains("--retry-timeout").contains(bad);
    }
    assertThat(web.requests()).isZero();
  }

  @Test
  void theRetryTimeoutComesFromTheConfigFileToo() {
    // A retry given 5 s sees the answer that comes after 3 s: the hang clears.
    Loopback.write(dir, "linkcheck.toml", "retry-timeout = 5\n");

    CliRunner.Run run = check("--retry-timeout", "auto");
    assertThat(run.exitCode()).as(run.err()).isEqualTo(1);

    CliRunner.Run fromFile = new CliRunner(dir).run("--timeout", "0.3", "a.md");
    assertThat(fromFile.exitCode()).as(fromFile.err()).isZero();
    assertThat(fromFile.out()).contains("ok");
  }
}
