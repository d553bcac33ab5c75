package dev.linkcheck.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.linkcheck.check.Hints.Trouble;
import java.net.URI;
import org.junit.jupiter.api.Test;

class HintsTest {

  private static final URI SITE = URI.create("https://Docs.Example.org/a");
  private static final URI REPO = URI.create("https://github.com/o/secret/blob/main/a.md");

  @Test
  void aBotWallHintNamesTheHostTableAndTheStatusToAccept() {
    BotWall wall = new BotWall(Protection.CLOUDFLARE, BotWall.Kind.CHALLENGE, 403);
    assertThat(Hints.of(new Trouble.Walled(SITE, wall)))
        .contains(
            "403 from a bot wall: add `[hosts.\"docs.example.org\"] accept = [403]` if you trust it");
  }

  @Test
  void githubsRateLimitAsksForATokenUnlessOneWasSent() {
    assertThat(Hints.of(new Trouble.RateLimited(REPO, false)))
        .contains("GitHub rate limit: set GITHUB_TOKEN");
    assertThat(Hints.of(new Trouble.RateLimited(REPO, true)))
        .hasValueSatisfying(
            h ->
                assertThat(h)
                    .startsWith("GitHub rate limit even with a token")
                    .contains("concurrency"));
    assertThat(Hints.of(new Trouble.RateLimited(SITE, false)))
        .hasValueSatisfying(
            h -> assertThat(h).contains("[hosts.\"docs.example.org\"] request-interval"));
  }

  @Test
  void timeoutsCountTheAttempts() {
    assertThat(Hints.of(new Trouble.TimedOut(SITE, 3)))
        .contains(
            "timed out 3 times: raise `--timeout` or set `[hosts.\"docs.example.org\"] timeout`");
    assertThat(Hints.of(new Trouble.TimedOut(SITE, 1)))
        .hasValueSatisfying(h -> assertThat(h).startsWith("timed out once:"));
  }

  @Test
  void aGithub404WithoutATokenMayBeAPrivateRepository() {
    assertThat(Hints.of(new Trouble.Refused(REPO, 404, false)))
        .hasValueSatisfying(
            h -> assertThat(h).contains("private repository").contains("GITHUB_TOKEN"));
    assertThat(Hints.of(new Trouble.Refused(REPO, 404, true))).isEmpty();
    assertThat(Hints.of(new Trouble.Refused(URI.create("https://github.com/about"), 404, false)))
        .isEmpty();
    assertThat(Hints.of(new Trouble.Refused(SITE, 404, false))).isEmpty();
  }

  @Test
  void refusalsOfUnknownClientsAndLoginsPointAtTheHostTable() {
    assertThat(Hints.of(new Trouble.Refused(SITE, 403, false)))
        .hasValueSatisfying(h -> assertThat(h).contains("user-agent"));
    assertThat(Hints.of(new Trouble.Refused(SITE, 401, false)))
        .hasValueSatisfying(h -> assertThat(h).contains("headers"));
    assertThat(Hints.of(new Trouble.Refused(SITE, 500, false))).isEmpty();
  }

  @Test
  void http2TroublePointsAtTheFlag() {
    assertThat(Hints.of(new Trouble.Http2(SITE)))
        .contains("the server broke HTTP/2: try `--http1.1`");
  }
}
