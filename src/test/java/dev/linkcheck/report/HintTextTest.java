package dev.linkcheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.linkcheck.model.Hint;
import org.junit.jupiter.api.Test;

class HintTextTest {

  @Test
  void eachHintNamesWhatToDo() {
    assertThat(HintText.of(new Hint.AcceptWall("x.example", 403)))
        .isEqualTo(
            "403 from a bot wall: add `[hosts.\"x.example\"] accept = [403]` if you trust it");
    assertThat(HintText.of(new Hint.GithubRateLimit(false)))
        .isEqualTo("GitHub rate limit: set GITHUB_TOKEN");
    assertThat(HintText.of(new Hint.GithubRateLimit(true)))
        .startsWith("GitHub rate limit even with a token")
        .contains("[hosts.\"github.com\"] concurrency");
    assertThat(HintText.of(new Hint.SlowDown("x.example")))
        .contains("[hosts.\"x.example\"] request-interval");
    assertThat(HintText.of(new Hint.RaiseTimeout("x.example", 3)))
        .isEqualTo("timed out 3 times: raise `--timeout` or set `[hosts.\"x.example\"] timeout`");
    assertThat(HintText.of(new Hint.RaiseTimeout("x.example", 1))).startsWith("timed out once:");
    assertThat(HintText.of(new Hint.PrivateRepository()))
        .contains("private repository")
        .contains("GITHUB_TOKEN");
    assertThat(HintText.of(new Hint.Login("x.example"))).contains("[hosts.\"x.example\"] headers");
    assertThat(HintText.of(new Hint.UnknownClient("x.example"))).contains("user-agent");
    assertThat(HintText.of(new Hint.Http1())).isEqualTo("the server broke HTTP/2: try `--http1.1`");
  }
}
