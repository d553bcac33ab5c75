package dev.linkcheck.check;

import dev.linkcheck.GithubLookalike;
import java.net.http.HttpClient;
import java.time.Duration;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.slf4j.LoggerFactory;

/**
 * Probes on a client that trusts the GitHub look-alike's test CA, made for each test and shut down
 * after it: register with {@code @RegisterExtension}.
 */
final class TrustingProbes implements BeforeEachCallback, AfterEachCallback {

  private HttpClient client;

  @Override
  public void beforeEach(ExtensionContext context) throws Exception {
    client = GithubLookalike.trustingClient();
  }

  @Override
  public void afterEach(ExtensionContext context) {
    client.shutdownNow();
  }

  /** A new probe with the checker tests' options: a 5 s timeout, no retries. */
  HttpProbe probe() {
    CheckOptions options = CheckerTest.options(Duration.ofSeconds(5), 0);
    return new HttpProbe(client, options, LoggerFactory.getLogger(TrustingProbes.class));
  }
}
