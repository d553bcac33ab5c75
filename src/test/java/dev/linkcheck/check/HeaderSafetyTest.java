package dev.linkcheck.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.linkcheck.model.Target;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Configured header values reach only the hosts they are meant for, never across a redirect. */
class HeaderSafetyTest {

  private ConcurrencyTest.CountingServer a;
  private ConcurrencyTest.CountingServer b;
  private Checker checker;

  @BeforeEach
  void start() throws Exception {
    a = new ConcurrencyTest.CountingServer("127.0.0.1", Duration.ZERO);
    b = new ConcurrencyTest.CountingServer("127.0.0.2", Duration.ZERO);
    checker =
        new Checker(
            TestOptions.builder(Duration.ofSeconds(2), 0, Duration.ofMillis(10))
                .headers(
                    List.of(
                        Header.parse("host-a.test: Authorization: Bearer scoped-secret"),
                        Header.parse("X-Token: unscoped-secret")))
                .build());
  }

  @AfterEach
  void stop() {
    checker.close();
    a.close();
    b.close();
  }

  private void check(String url) {
    checker.check(new Target.Remote(URI.create(url)));
  }

  private String bHost() {
    return "host-b.test:" + b.server.getAddress().getPort();
  }

  @Test
  void aScopedHeaderGoesToItsHostAndNoOther() {
    check(a.url("host-a.test", "/"));
    check(b.url("host-b.test", "/"));

    assertThat(a.headers).containsEntry("authorization", "Bearer scoped-secret");
    assertThat(b.requests.get()).isEqualTo(1);
    assertThat(b.headers).doesNotContainKey("authorization");
  }

  @Test
  void aScopedHeaderGoesToSubdomainsButNotToLookAlikes() {
    Header scoped = Header.parse("example.com: Authorization: Bearer x");

    assertThat(scoped.appliesTo("example.com", "example.com")).isTrue();
    assertThat(scoped.appliesTo("docs.example.com", "example.com")).isTrue();
    assertThat(scoped.appliesTo("evil-example.com", "evil-example.com")).isFalse();
    assertThat(scoped.appliesTo("example.com.evil.org", "example.com.evil.org")).isFalse();
  }

  @Test
  void noHeaderValueFollowsARedirectToAnotherHost() {
    check(a.url("host-a.test", "/to/" + bHost()));

    assertThat(a.headers)
        .containsEntry("authorization", "Bearer scoped-secret")
        .containsEntry("x-token", "unscoped-secret");
    assertThat(b.requests.get()).isEqualTo(1);
    assertThat(b.headers).doesNotContainKeys("authorization", "x-token");
  }

  @Test
  void anUnscopedHeaderGoesToEveryLinkedHostDirectly() {
    check(b.url("host-b.test", "/"));

    assertThat(b.headers).containsEntry("x-token", "unscoped-secret");
    assertThat(b.headers).doesNotContainKey("authorization");
  }

  @Test
  void headersNeverPrintTheirValues() {
    assertThat(Header.parse("host-a.test: Authorization: Bearer s3cr3t").toString())
        .isEqualTo("host-a.test: Authorization: ***");
    assertThat(Header.parse("X-Token: s3cr3t").toString()).isEqualTo("X-Token: ***");
  }
}
