package dev.linkcheck.check;

import dev.linkcheck.model.StatusRanges;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Everything a {@link Checker} is built from. {@code timeout} bounds one attempt; {@code
 * maxRetries} counts retries after the first try, of which at most {@code maxTimeoutRetries} retry
 * a timeout; {@code retryTimeout} bounds a timeout's retry (null: {@link RetryTimeouts}' rule from
 * the host's answers so far); {@code retryWait} is the first backoff, doubling; {@code addresses}
 * are the networks never requested; {@code fragments} the settings of fragment checks; {@code
 * retryAfterCap} the longest {@code Retry-After} honoured; {@code hostRules} the config file's
 * per-host settings; {@code githubToken} (nullable, never printed) goes to GitHub's hosts only;
 * {@code http1Only} forces HTTP/1.1 everywhere. Build one with {@link #builder()} (the defaults,
 * then what differs) or {@link #toBuilder()}. Immutable.
 */
public record CheckOptions(
    Duration timeout,
    int maxRetries,
    int maxTimeoutRetries,
    Duration retryTimeout,
    Duration retryWait,
    int maxRedirects,
    int maxConcurrency,
    int hostConcurrency,
    StatusRanges accept,
    List<Header> headers,
    String userAgent,
    boolean insecure,
    AddressPolicy addresses,
    FragmentOptions fragments,
    Duration retryAfterCap,
    HostRules hostRules,
    String githubToken,
    boolean http1Only) {

  /**
   * The documented defaults, written as on the command line, so that an option's {@code
   * defaultValue} and {@link #defaults()} are one value.
   */
  public static final class Defaults {
    public static final String TIMEOUT = "10";
    public static final String MAX_RETRIES = "2";
    public static final String MAX_TIMEOUT_RETRIES = "1";
    public static final String RETRY_TIMEOUT = "auto";
    public static final String RETRY_WAIT = "1";
    public static final String MAX_REDIRECTS = "10";
    public static final String MAX_CONCURRENCY = "128";
    public static final String HOST_CONCURRENCY = "8";
    public static final String ACCEPT = "200..299";
    public static final String MAX_BODY_BYTES = "10MiB";

    /** The checker's own; the command line sends {@code linkcheck/VERSION}. */
    public static final String USER_AGENT = "linkcheck";

    private Defaults() {}
  }

  private static final CheckOptions DEFAULTS =
      new CheckOptions(
          Quantities.seconds(Defaults.TIMEOUT),
          Integer.parseInt(Defaults.MAX_RETRIES),
          Integer.parseInt(Defaults.MAX_TIMEOUT_RETRIES),
          null,
          Quantities.seconds(Defaults.RETRY_WAIT),
          Integer.parseInt(Defaults.MAX_REDIRECTS),
          Integer.parseInt(Defaults.MAX_CONCURRENCY),
          Integer.parseInt(Defaults.HOST_CONCURRENCY),
          StatusRanges.parse(Defaults.ACCEPT),
          List.of(),
          Defaults.USER_AGENT,
          false,
          AddressPolicy.ALLOW_ALL,
          FragmentOptions.defaults(),
          RetryPolicy.RETRY_AFTER_CAP,
          HostRules.none(),
          null,
          false);

  public CheckOptions {
    Objects.requireNonNull(timeout, "timeout");
    Objects.requireNonNull(retryWait, "retryWait");
    Objects.requireNonNull(accept, "accept");
    Objects.requireNonNull(userAgent, "userAgent");
    Objects.requireNonNull(addresses, "addresses");
    Objects.requireNonNull(fragments, "fragments");
    Objects.requireNonNull(retryAfterCap, "retryAfterCap");
    Objects.requireNonNull(hostRules, "hostRules");
    headers = List.copyOf(headers);
  }

  /** Like the record's, but the token's value stays out of logs and error messages. */
  @Override
  public String toString() {
    return "CheckOptions[timeout="
        + timeout
        + ", maxRetries="
        + maxRetries
        + ", hostConcurrency="
        + hostConcurrency
        + ", maxConcurrency="
        + maxConcurrency
        + ", hostRules="
        + hostRules
        + ", githubToken="
        + (githubToken == null ? "none" : "***")
        + ", http1Only="
        + http1Only
        + "]";
  }

  /** The documented defaults, read from {@link Defaults}. */
  public static CheckOptions defaults() {
    return DEFAULTS;
  }

  /** A builder that starts from {@link #defaults()}. */
  public static Builder builder() {
    return DEFAULTS.toBuilder();
  }

  /** A builder that starts from these options. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** Sets what differs from the options it started from; {@link #build} checks nothing is null. */
  public static final class Builder {
    private Duration timeout;
    private int maxRetries;
    private int maxTimeoutRetries;
    private Duration retryTimeout;
    private Duration retryWait;
    private int maxRedirects;
    private int maxConcurrency;
    private int hostConcurrency;
    private StatusRanges accept;
    private List<Header> headers;
    private String userAgent;
    private boolean insecure;
    private AddressPolicy addresses;
    private FragmentOptions fragments;
    private Duration retryAfterCap;
    private HostRules hostRules;
    private String githubToken;
    private boolean http1Only;

    private Builder(CheckOptions o) {
      timeout = o.timeout;
      maxRetries = o.maxRetries;
      maxTimeoutRetries = o.maxTimeoutRetries;
      retryTimeout = o.retryTimeout;
      retryWait = o.retryWait;
      maxRedirects = o.maxRedirects;
      maxConcurrency = o.maxConcurrency;
      hostConcurrency = o.hostConcurrency;
      accept = o.accept;
      headers = o.headers;
      userAgent = o.userAgent;
      insecure = o.insecure;
      addresses = o.addresses;
      fragments = o.fragments;
      retryAfterCap = o.retryAfterCap;
      hostRules = o.hostRules;
      githubToken = o.githubToken;
      http1Only = o.http1Only;
    }

    public Builder timeout(Duration value) {
      timeout = value;
      return this;
    }

    public Builder maxRetries(int value) {
      maxRetries = value;
      return this;
    }

    public Builder maxTimeoutRetries(int value) {
      maxTimeoutRetries = value;
      return this;
    }

    /** Null for the rule of {@link RetryTimeouts}. */
    public Builder retryTimeout(Duration value) {
      retryTimeout = value;
      return this;
    }

    public Builder retryWait(Duration value) {
      retryWait = value;
      return this;
    }

    public Builder maxRedirects(int value) {
      maxRedirects = value;
      return this;
    }

    public Builder maxConcurrency(int value) {
      maxConcurrency = value;
      return this;
    }

    public Builder hostConcurrency(int value) {
      hostConcurrency = value;
      return this;
    }

    public Builder accept(StatusRanges value) {
      accept = value;
      return this;
    }

    public Builder headers(List<Header> value) {
      headers = value;
      return this;
    }

    public Builder userAgent(String value) {
      userAgent = value;
      return this;
    }

    public Builder insecure(boolean value) {
      insecure = value;
      return this;
    }

    public Builder addresses(AddressPolicy value) {
      addresses = value;
      return this;
    }

    public Builder fragments(FragmentOptions value) {
      fragments = value;
      return this;
    }

    public Builder hostRules(HostRules value) {
      hostRules = value;
      return this;
    }

    /** Null for none. */
    public Builder githubToken(String value) {
      githubToken = value;
      return this;
    }

    public Builder http1Only(boolean value) {
      http1Only = value;
      return this;
    }

    /** Not an option: the documented minute, shortened by tests that prove the cap. */
    Builder retryAfterCap(Duration value) {
      retryAfterCap = value;
      return this;
    }

    public CheckOptions build() {
      return new CheckOptions(
          timeout,
          maxRetries,
          maxTimeoutRetries,
          retryTimeout,
          retryWait,
          maxRedirects,
          maxConcurrency,
          hostConcurrency,
          accept,
          headers,
          userAgent,
          insecure,
          addresses,
          fragments,
          retryAfterCap,
          hostRules,
          githubToken,
          http1Only);
    }
  }
}
