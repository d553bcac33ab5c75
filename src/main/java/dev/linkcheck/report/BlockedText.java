package dev.linkcheck.report;

import dev.linkcheck.model.Barrier;

/**
 * Words a bot wall's answer, naming the protection ({@code "Cloudflare challenge: a browser would
 * likely pass"}). Stateless.
 */
public final class BlockedText {

  private BlockedText() {}

  /** {@code protection} as users know it ("Cloudflare"), {@code code} the status it answered. */
  public static String of(String protection, Barrier barrier, int code) {
    if (code == 999) {
      return protection + " refuses robots (999): a browser would likely pass";
    }
    return switch (barrier) {
      case CHALLENGE -> protection + " challenge: a browser would likely pass";
      case CAPTCHA -> protection + " CAPTCHA: a person would have to solve it";
      case BLOCK -> protection + " block page: the protection refused this client";
    };
  }
}
