package dev.linkcheck.check;

import dev.linkcheck.model.Barrier;
import dev.linkcheck.model.Protection;
import java.net.http.HttpHeaders;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A bot protection that answered in place of the page: which one, what it asks of the client and
 * the status it answered with (the report words it). Recognised from the status, the response
 * headers and at most {@link #LOOK} characters of the body start; the markers are the ones the
 * vendors document or always send (see the README's "The real web"). Immutable; {@link #classify}
 * is stateless.
 */
public record BotWall(Protection protection, Barrier barrier, int status) {

  /** Characters of the body start looked at; markers sit in the first few KiB of these pages. */
  public static final int LOOK = 32 * 1024;

  // Cloudflare's interstitial ("Just a moment...") and its older JS challenge. Cloudflare injects
  // /cdn-cgi/challenge-platform/ scripts into ordinary pages too, so body markers count only on a
  // status Cloudflare challenges with.
  private static final List<String> CLOUDFLARE_CHALLENGE =
      List.of(
          "<title>just a moment...</title>",
          "_cf_chl_opt",
          "cf-browser-verification",
          "/cdn-cgi/challenge-platform/h/",
          "checking your browser before accessing");
  private static final List<String> CLOUDFLARE_BLOCK =
      List.of(
          "attention required! | cloudflare", "sorry, you have been blocked", "cf-error-details");
  // Akamai's edge writes its reference URL with HTML entities.
  private static final List<String> AKAMAI =
      List.of("errors.edgesuite.net", "errors&#46;edgesuite&#46;net", "reference&#32;&#35;");
  private static final List<String> SUCURI =
      List.of("sucuri website firewall", "sucuri-firewall-block.css", "cloudproxy@sucuri.net");
  private static final List<String> ANUBIS =
      List.of("/.within.website/x/cmd/anubis/", "id=\"anubis_challenge\"", "id=\"anubis_version\"");

  /**
   * The wall behind an answer, if any. A wall can answer with any status, a 2xx too (AWS WAF's
   * challenge is a 202, Anubis and Imperva serve theirs as 200), so this is asked before the status
   * is judged. {@code bodyStart} may be null or empty (HEAD, no body read); only its first {@link
   * #LOOK} characters are looked at.
   */
  public static Optional<BotWall> classify(int status, HttpHeaders headers, String bodyStart) {
    String start = bodyStart == null ? "" : bodyStart;
    String body = start.substring(0, Math.min(start.length(), LOOK)).toLowerCase(Locale.ROOT);
    return Optional.ofNullable(byHeaders(status, headers, body))
        .or(() -> Optional.ofNullable(byBody(status, headers, body)));
  }

  private static BotWall byHeaders(int status, HttpHeaders headers, String body) {
    if (status == 999) {
      return new BotWall(Protection.LINKEDIN, Barrier.BLOCK, status);
    }
    // "For the cf-mitigated header, challenge is the only valid value" (Cloudflare docs, "Detect a
    // Challenge Page response").
    if (value(headers, "cf-mitigated").equals("challenge")) {
      return new BotWall(Protection.CLOUDFLARE, Barrier.CHALLENGE, status);
    }
    // AWS WAF: x-amzn-waf-action is "challenge" on a 202 and "captcha" on a 405 (AWS WAF
    // developer guide, "CAPTCHA and Challenge action behavior"); any other value is a block.
    String aws = value(headers, "x-amzn-waf-action");
    if (!aws.isEmpty()) {
      Barrier kind =
          switch (aws) {
            case "challenge" -> Barrier.CHALLENGE;
            case "captcha" -> Barrier.CAPTCHA;
            default -> Barrier.BLOCK;
          };
      return new BotWall(Protection.AWS_WAF, kind, status);
    }
    String vercel = value(headers, "x-vercel-mitigated");
    if (!vercel.isEmpty()) {
      Barrier kind = vercel.equals("challenge") ? Barrier.CHALLENGE : Barrier.BLOCK;
      return new BotWall(Protection.VERCEL, kind, status);
    }
    if (headers.firstValue("x-sucuri-block").isPresent()) {
      return new BotWall(Protection.SUCURI, Barrier.BLOCK, status);
    }
    // DataDome marks every answer of a protected site (x-datadome: protected): only a refusal
    // status makes it the wall.
    boolean datadome =
        headers.firstValue("x-datadome").isPresent()
            || headers.firstValue("x-dd-b").isPresent()
            || headers.allValues("set-cookie").stream()
                .anyMatch(c -> c.toLowerCase(Locale.ROOT).startsWith("datadome="));
    if (datadome && (status == 403 || status == 405 || status == 429)) {
      Barrier kind = body.contains("captcha-delivery.com") ? Barrier.CAPTCHA : Barrier.BLOCK;
      return new BotWall(Protection.DATADOME, kind, status);
    }
    return null;
  }

  private static BotWall byBody(int status, HttpHeaders headers, String body) {
    if (containsAny(body, ANUBIS)) {
      return new BotWall(Protection.ANUBIS, Barrier.CHALLENGE, status);
    }
    if (body.contains("_incapsula_resource")) {
      return new BotWall(Protection.IMPERVA, Barrier.CHALLENGE, status);
    }
    if (body.contains("incapsula incident id")
        || (body.contains("the incident id is:")
            && body.contains("this page can't be displayed"))) {
      return new BotWall(Protection.IMPERVA, Barrier.BLOCK, status);
    }
    if (containsAny(body, SUCURI)) {
      return new BotWall(Protection.SUCURI, Barrier.BLOCK, status);
    }
    if (status >= 400 && body.contains("captcha-delivery.com")) {
      return new BotWall(Protection.DATADOME, Barrier.CAPTCHA, status);
    }
    if (status == 403
        && (containsAny(body, AKAMAI)
            || value(headers, "server").startsWith("akamaighost")
                && body.contains("access denied"))) {
      return new BotWall(Protection.AKAMAI, Barrier.BLOCK, status);
    }
    if (status == 403 || status == 429 || status == 503) {
      if (containsAny(body, CLOUDFLARE_CHALLENGE)) {
        return new BotWall(Protection.CLOUDFLARE, Barrier.CHALLENGE, status);
      }
      if (containsAny(body, CLOUDFLARE_BLOCK)) {
        return new BotWall(Protection.CLOUDFLARE, Barrier.BLOCK, status);
      }
    }
    // CloudFront's page for a request AWS WAF blocked ("Request blocked. ... Generated by
    // cloudfront").
    if (status == 403 && body.contains("request blocked.") && body.contains("cloudfront")) {
      return new BotWall(Protection.AWS_WAF, Barrier.BLOCK, status);
    }
    return null;
  }

  private static String value(HttpHeaders headers, String name) {
    return headers.firstValue(name).orElse("").strip().toLowerCase(Locale.ROOT);
  }

  private static boolean containsAny(String body, List<String> markers) {
    for (String marker : markers) {
      if (body.contains(marker)) {
        return true;
      }
    }
    return false;
  }
}
