package dev.linkcheck.bench;

/**
 * Why the server thinks a request was sent, from what it answered that URL before: the URL's first
 * attempt, a GET after a HEAD it refused, the first request to a redirect's target, the tool's
 * retry after a failed attempt, or a re-send within moments of a reset (the HTTP client's own
 * silent retry, which no backoff precedes).
 */
enum RequestKind {
  FIRST("first attempt"),
  GET_FALLBACK("GET fallback"),
  REDIRECT_HOP("redirect hop"),
  RETRY("retry"),
  RESEND("re-sent at once after a reset");

  final String label;

  RequestKind(String label) {
    this.label = label;
  }
}
