package dev.linkcheck.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.linkcheck.model.StatusRanges;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HostRulesTest {

  private static HostRule rule(String pattern, int line) {
    return new HostRule(pattern, line, line, null, null, null, null, Map.of(), null, null);
  }

  private final HostRules rules =
      new HostRules(
          List.of(
              rule("*.example.org", 1),
              rule("*.docs.example.org", 2),
              rule("api.docs.example.org", 3),
              rule("GitHub.com.", 4),
              rule("bücher.de", 5)));

  private Optional<String> patternFor(String host) {
    return rules.forHost(host).map(HostRule::pattern);
  }

  @Test
  void anExactHostBeatsEveryPattern() {
    assertThat(patternFor("api.docs.example.org")).contains("api.docs.example.org");
  }

  @Test
  void theMostSpecificPatternWins() {
    assertThat(patternFor("www.docs.example.org")).contains("*.docs.example.org");
    assertThat(patternFor("a.b.docs.example.org")).contains("*.docs.example.org");
    assertThat(patternFor("www.example.org")).contains("*.example.org");
  }

  @Test
  void aPatternDoesNotCoverItsBareDomainNorLookalikes() {
    assertThat(patternFor("example.org")).isEmpty();
    assertThat(patternFor("badexample.org")).isEmpty();
    assertThat(patternFor("example.org.evil.test")).isEmpty();
  }

  @Test
  void hostsCompareWithoutCaseTrailingDotOrUnicode() {
    assertThat(patternFor("github.com")).contains("GitHub.com.");
    assertThat(patternFor("GITHUB.COM.")).contains("GitHub.com.");
    assertThat(patternFor("xn--bcher-kva.de")).contains("bücher.de");
    assertThat(patternFor("gist.github.com")).isEmpty();
  }

  @Test
  void noRulesMatchNothing() {
    assertThat(HostRules.none().forHost("github.com")).isEmpty();
    assertThat(rules.forHost(null)).isEmpty();
  }

  @Test
  void aRulesValuesFallBackToTheRunsAndAcceptAddsToIt() {
    HostRule r =
        new HostRule(
            "x.test",
            1,
            null,
            Duration.ofSeconds(2),
            null,
            5,
            StatusRanges.parse("403"),
            Map.of("Authorization", "secret"),
            "GET",
            null);
    StatusRanges runWide = StatusRanges.parse("200..299");
    assertThat(r.accepts(403, runWide)).isTrue();
    assertThat(r.accepts(204, runWide)).isTrue();
    assertThat(r.accepts(404, runWide)).isFalse();
    assertThat(r.timeoutOr(Duration.ofSeconds(10))).isEqualTo(Duration.ofSeconds(10));
    assertThat(r.maxRetriesOr(2)).isEqualTo(5);
    assertThat(r.concurrencyOr(8)).isEqualTo(8);
    assertThat(r.requestIntervalOr(Duration.ZERO)).isEqualTo(Duration.ofSeconds(2));
    assertThat(r.methodOr("HEAD")).isEqualTo("GET");
    assertThat(r.userAgentOr("linkcheck/1")).isEqualTo("linkcheck/1");
    assertThat(r.toString()).contains("Authorization").doesNotContain("secret");
  }
}
