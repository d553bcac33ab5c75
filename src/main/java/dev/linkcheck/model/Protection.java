package dev.linkcheck.model;

/** A bot protection that can answer in place of a site, by the name a user knows it by. */
public enum Protection {
  LINKEDIN("LinkedIn"),
  CLOUDFLARE("Cloudflare"),
  AWS_WAF("AWS WAF"),
  AKAMAI("Akamai"),
  IMPERVA("Imperva"),
  DATADOME("DataDome"),
  SUCURI("Sucuri"),
  VERCEL("Vercel"),
  ANUBIS("Anubis");

  private final String displayName;

  Protection(String displayName) {
    this.displayName = displayName;
  }

  public String displayName() {
    return displayName;
  }
}
