package dev.linkcheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.linkcheck.model.Barrier;
import org.junit.jupiter.api.Test;

class BlockedTextTest {

  @Test
  void theMessageNamesTheProtectionAndWhatABrowserWouldMeet() {
    assertThat(BlockedText.of("Cloudflare", Barrier.CHALLENGE, 403))
        .isEqualTo("Cloudflare challenge: a browser would likely pass");
    assertThat(BlockedText.of("AWS WAF", Barrier.CAPTCHA, 405))
        .isEqualTo("AWS WAF CAPTCHA: a person would have to solve it");
    assertThat(BlockedText.of("Akamai", Barrier.BLOCK, 403))
        .isEqualTo("Akamai block page: the protection refused this client");
    assertThat(BlockedText.of("LinkedIn", Barrier.BLOCK, 999))
        .isEqualTo("LinkedIn refuses robots (999): a browser would likely pass");
  }
}
