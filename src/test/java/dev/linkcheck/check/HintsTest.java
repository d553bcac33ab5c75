package dev.linkcheck.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.linkcheck.check.Hints.Trouble;
import dev.linkcheck.model.Hint;
import dev.linkcheck.model.Protection;
import java.net.URI;
import org.junit.jupiter.api.Test;

class HintsTest {

  private static final URI SITE = URI.create("https://Docs.Example.org/a");
  private static final URI REPO = URI.create("https://github.com/o/secret/blob/main/a.md");

  @Test
  void aBotWallHintNamesTheHostAndTheStatusToAccept() {
    BotWall wall = new BotWall(Protection.CLOUDFLARE, dev.linkcheck.model.Barrier.CHALLENGE, 403);
    assertThat(Hints.of(new Trouble.Walled(SITE, wall)))
        .contains(new Hint.AcceptWall("docs.example.org", 403));
  }

  @Test
  void githubsRateLimitIsToldFromOtherHostsRateLimits() {
    assertThat(Hints.of(new Trouble.RateLimited(REPO, false)))
        .contains(new Hint.GithubRateLimit(false));
    assertThat(Hints.of(new Trouble.RateLimited(URI.create("https://api.github.com/x"), true)))
        .contains(new Hint.GithubRateLimit(true));
    assertThat(Hints.of(new Trouble.RateLimited(SITE, false)))
        .contains(new Hint.SlowDown("docs.example.org"));
  }

  @Test
  void timeoutsCountTheAttempts() {
    assertThat(Hints.of(new Trouble.TimedOut(SITE, 3)))
        .contains(new Hint.RaiseTimeout("docs.example.org", 3));
  }

  @Test
  void aGithub404WithoutATokenMayBeAPrivateRepository() {
    assertThat(Hints.of(new Trouble.Refused(REPO, 404, false)))
        .contains(new Hint.PrivateRepository());
    assertThat(Hints.of(new Trouble.Refused(REPO, 404, true))).isEmpty();
    assertThat(Hints.of(new Trouble.Refused(URI.create("https://github.com/about"), 404, false)))
        .isEmpty();
    assertThat(Hints.of(new Trouble.Refused(SITE, 404, false))).isEmpty();
  }

  @Test
  void refusalsOfUnknownClientsAndLoginsNameTheHost() {
    assertThat(Hints.of(new Trouble.Refused(SITE, 403, false)))
        .contains(new Hint.UnknownClient("docs.example.org"));
    assertThat(Hints.of(new Trouble.Refused(SITE, 401, false)))
        .contains(new Hint.Login("docs.example.org"));
    assertThat(Hints.of(new Trouble.Refused(SITE, 500, false))).isEmpty();
  }

  @Test
  void http2TroubleSuggestsHttp1() {
    assertThat(Hints.of(new Trouble.Http2(SITE))).contains(new Hint.Http1());
  }
}
