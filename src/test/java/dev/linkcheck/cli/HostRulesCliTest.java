package dev.linkcheck.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.linkcheck.Loopback;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code [hosts."..."]} tables of linkcheck.toml through the whole command line, in-process:
 * host-a.test (127.0.0.1) gets the rule, host-b.test (127.0.0.2) does not.
 */
class HostRulesCliTest {

  @TempDir Path dir;
  private Loopback a;
  private Loopback b;
  private CliRunner cli;

  @BeforeEach
  void start() {
    a = Loopback.at("127.0.0.1");
    b = Loopback.at("127.0.0.2");
    cli = new CliRunner(dir);
  }

  @AfterEach
  void stop() {
    a.close();
    b.close();
  }

  private String aUrl(String path) {
    return a.url("host-a.test", path);
  }

  private String bUrl(String path) {
    return b.url("host-b.test", path);
  }

  /** A document linking {@code path} on both hosts, and the config file. */
  private void write(String path, String config) {
    Loopback.write(dir, "a.md", "[a](" + aUrl(path) + ") [b](" + bUrl(path) + ")\n");
    Loopback.write(dir, "linkcheck.toml", config);
  }

  private static Map<String, String> statusByUrl(String json) throws Exception {
    Map<String, String> byUrl = new HashMap<>();
    new ObjectMapper()
        .readTree(json)
        .get("results")
        .forEach((JsonNode r) -> byUrl.put(r.get("url").asText(), r.get("status").asText()));
    return byUrl;
  }

  @Test
  void aHostTableInTheConfigFileAppliesToItsHostOnly() throws Exception {
    a.status("/forbidden", 403);
    b.status("/forbidden", 403);
    write(
        "/forbidden",
        """
        max-retries = 0

        [hosts."host-a.test"]
        accept = [403]
        """);

    CliRunner.Run run = cli.run("--format", "json", "a.md");

    assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
    assertThat(statusByUrl(run.out()))
        .containsEntry(aUrl("/forbidden"), "ok")
        .containsEntry(bUrl("/forbidden"), "broken");
  }

  @Test
  void aHostsTimeoutBeatsTheCommandLines() throws Exception {
    a.stub(any(urlPathEqualTo("/slow")).willReturn(aResponse().withFixedDelay(1500)));
    b.stub(any(urlPathEqualTo("/slow")).willReturn(aResponse().withFixedDelay(1500)));
    write("/slow", "[hosts.\"host-a.test\"]\ntimeout = \"5s\"\n");

    CliRunner.Run run =
        cli.run("--timeout", "0.5", "--max-retries", "0", "--format", "json", "a.md");

    assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
    assertThat(statusByUrl(run.out()))
        .containsEntry(aUrl("/slow"), "ok")
        .containsEntry(bUrl("/slow"), "timeout");
  }

  @Test
  void aHostsMaxRetriesBeatsTheCommandLines() {
    a.status("/flaky", 503);
    b.status("/flaky", 503);
    write("/flaky", "[hosts.\"host-a.test\"]\nmax-retries = 0\n");

    CliRunner.Run run = cli.run("--max-retries", "3", "--retry-wait-time", "0.01", "a.md");

    assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
    // Counted by the servers: HEAD, retries of HEAD, then the GET a failing HEAD gets.
    assertThat(a.methods("/flaky")).containsExactly("HEAD", "GET");
    assertThat(b.methods("/flaky")).containsExactly("HEAD", "HEAD", "HEAD", "HEAD", "GET");
  }

  @Test
  void aPatternTableAppliesToEveryHostUnderIt() {
    a.status("/page", 200);
    b.status("/page", 200);
    write("/page", "[hosts.\"*.test\"]\nmethod = \"get\"\nuser-agent = \"Mozilla/5.0 (rule)\"\n");

    CliRunner.Run run = cli.run("--user-agent", "from-the-command-line", "a.md");

    assertThat(run.exitCode()).as(run.err()).isZero();
    for (Loopback server : new Loopback[] {a, b}) {
      assertThat(server.methods("/page")).containsExactly("GET");
      assertThat(
              server.server().getAllServeEvents().getFirst().getRequest().getHeader("User-Agent"))
          .isEqualTo("Mozilla/5.0 (rule)");
    }
  }

  @Test
  void aBadHostValueIsAUsageErrorNamingTheFileLineAndKey() {
    write("/page", "max-retries = 1\n\n[hosts.\"host-a.test\"]\ntimeout = 5\nconcurrency = 0\n");

    CliRunner.Run run = cli.run("a.md");

    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err())
        .startsWith(
            "linkcheck: linkcheck.toml:5: hosts.\"host-a.test\".concurrency: expected a whole"
                + " number from 1 to 10000\n");
    assertThat(a.requests()).isZero();
  }

  @Test
  void hostsThatIsNotATableIsAUsageError() {
    write("/page", "hosts = \"host-a.test\"\n");

    CliRunner.Run run = cli.run("a.md");

    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err())
        .startsWith("linkcheck: linkcheck.toml:1: hosts: expected tables such as [hosts.");
  }

  @Test
  void anUnknownKeyInAHostTableNamesTheFileLineAndKey() {
    write("/page", "[hosts.\"host-a.test\"]\nretries = 1\n");

    CliRunner.Run run = cli.run("a.md");

    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err())
        .startsWith("linkcheck: linkcheck.toml:2: hosts.\"host-a.test\".retries: unknown key");
  }
}
