package dev.linkcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.linkcheck.check.HostRule;
import dev.linkcheck.check.HostRules;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tomlj.Toml;

class HostRulesFileTest {

  @TempDir Path dir;

  private HostRules read(String toml) throws IOException {
    Path file = dir.resolve("linkcheck.toml");
    Files.writeString(file, toml);
    return HostRulesFile.read(Toml.parse(file), file);
  }

  private void assertError(String toml, String message) {
    assertThatThrownBy(() -> read(toml)).isInstanceOf(UsageError.class).hasMessage(message);
  }

  @Test
  void everyKeyIsReadIntoTheHostsRule() throws Exception {
    HostRules rules =
        read(
            """
            timeout = 10

            [hosts."github.com"]
            concurrency = 2
            request-interval = "1s"
            timeout = 20
            max-retries = 4
            accept = [403, "429"]
            method = "get"
            user-agent = "Mozilla/5.0"

            [hosts."github.com".headers]
            Accept-Language = "en"
            X-Token = "t0ken"
            """);
    HostRule r = rules.forHost("github.com").orElseThrow();
    assertThat(r.line()).isEqualTo(3);
    assertThat(r.concurrency()).isEqualTo(2);
    assertThat(r.requestInterval()).isEqualTo(Duration.ofSeconds(1));
    assertThat(r.timeout()).isEqualTo(Duration.ofSeconds(20));
    assertThat(r.maxRetries()).isEqualTo(4);
    assertThat(r.accept().accepts(403)).isTrue();
    assertThat(r.accept().accepts(429)).isTrue();
    assertThat(r.accept().accepts(404)).isFalse();
    assertThat(r.method()).isEqualTo("GET");
    assertThat(r.userAgent()).isEqualTo("Mozilla/5.0");
    assertThat(r.headers())
        .containsEntry("Accept-Language", "en")
        .containsEntry("X-Token", "t0ken");
  }

  @Test
  void unsetKeysStayUnsetAndPatternsWork() throws Exception {
    HostRules rules =
        read(
            """
            [hosts."*.example.org"]
            timeout = 0.5
            [hosts."www.example.org"]
            request-interval = "2m"
            """);
    HostRule pattern = rules.forHost("docs.example.org").orElseThrow();
    assertThat(pattern.timeout()).isEqualTo(Duration.ofMillis(500));
    assertThat(pattern.concurrency()).isNull();
    assertThat(pattern.headers()).isEmpty();
    assertThat(rules.forHost("www.example.org").orElseThrow().requestInterval())
        .isEqualTo(Duration.ofMinutes(2));
    assertThat(rules.rules())
        .extracting(HostRule::pattern)
        .containsExactly("*.example.org", "www.example.org");
  }

  @Test
  void noHostsTableIsNoRules() throws Exception {
    assertThat(read("timeout = 3\n").rules()).isEmpty();
  }

  @Test
  void anUnknownKeyNamesTheFileLineAndKey() {
    assertError(
        """
        [hosts."github.com"]
        concurency = 2
        """,
        "linkcheck.toml:2: hosts.\"github.com\".concurency: unknown key (known: accept,"
            + " concurrency, headers, max-retries, method, request-interval, timeout, user-agent)");
  }

  @Test
  void badValuesNameTheirLineAndKey() {
    assertError(
        "[hosts.\"a.test\"]\n\ntimeout = \"soon\"\n",
        "linkcheck.toml:3: hosts.\"a.test\".timeout: 'soon' is not a duration: a whole number and"
            + " s, m, h or d (30s, 10m, 12h, 1d)");
    assertError(
        "[hosts.\"a.test\"]\ntimeout = 0\n",
        "linkcheck.toml:2: hosts.\"a.test\".timeout: must be positive");
    assertError(
        "[hosts.\"a.test\"]\nconcurrency = 0\n",
        "linkcheck.toml:2: hosts.\"a.test\".concurrency: expected a whole number from 1 to 10000");
    assertError(
        "[hosts.\"a.test\"]\naccept = [\"abc\"]\n",
        "linkcheck.toml:2: hosts.\"a.test\".accept: 'abc' is not a status code (100..999) in 'abc'");
    assertError(
        "[hosts.\"a.test\"]\nmethod = \"post\"\n",
        "linkcheck.toml:2: hosts.\"a.test\".method: expected \"head\" or \"get\"");
    assertError(
        "[hosts.\"a.test\"]\nheaders = { Host = \"x\" }\n",
        "linkcheck.toml:2: hosts.\"a.test\".headers: 'Host' cannot be set");
    assertError(
        "[hosts.\"a.test\"]\nheaders = { \"Bad Name\" = \"x\" }\n",
        "linkcheck.toml:2: hosts.\"a.test\".headers: 'Bad Name' is not a header name");
    assertError(
        "[hosts.\"a.test\"]\nuser-agent = 3\n",
        "linkcheck.toml:2: hosts.\"a.test\".user-agent: expected a non-empty string");
  }

  @Test
  void badHostNamesAndDuplicatesAreErrors() {
    assertError(
        "[hosts.\"https://a.test/x\"]\ntimeout = 1\n",
        "linkcheck.toml:1: hosts.\"https://a.test/x\": not a host name or pattern: write"
            + " example.com or *.example.com (no scheme, port or path; '*' only as a whole first"
            + " label)");
    assertError(
        "[hosts.\"docs.*.test\"]\ntimeout = 1\n",
        "linkcheck.toml:1: hosts.\"docs.*.test\": not a host name or pattern: write example.com or"
            + " *.example.com (no scheme, port or path; '*' only as a whole first label)");
    assertError(
        "[hosts.\"a.test\"]\ntimeout = 1\n[hosts.\"A.test.\"]\ntimeout = 2\n",
        "linkcheck.toml:3: hosts.\"A.test.\": the same host as line 1");
    assertError(
        "hosts = 3\n", "linkcheck.toml:1: hosts: expected tables such as [hosts.\"example.com\"]");
    assertError(
        "[hosts]\n\"a.test\" = 3\n",
        "linkcheck.toml:2: hosts.\"a.test\": expected a table of settings");
  }
}
