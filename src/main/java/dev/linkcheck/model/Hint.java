package dev.linkcheck.model;

/**
 * What a user can do about a failing or blocked result, as a fact the report words: which host
 * table or flag would help. At most one per result. Immutable.
 */
public sealed interface Hint {

  /** A bot wall answered {@code code}: accepting it for {@code host} is the user's call. */
  record AcceptWall(String host, int code) implements Hint {}

  /** GitHub rate-limited the run; {@code tokenSent} says whether a token went with it. */
  record GithubRateLimit(boolean tokenSent) implements Hint {}

  /** {@code host} kept answering 429: slow down for it. */
  record SlowDown(String host) implements Hint {}

  /** No answer from {@code host} in time, {@code attempts} times. */
  record RaiseTimeout(String host, int attempts) implements Hint {}

  /** A github.com repository answered 404 without a token: it may be private. */
  record PrivateRepository() implements Hint {}

  /** {@code host} wants a login (401). */
  record Login(String host) implements Hint {}

  /** {@code host} refused with 403 and no bot wall: it may refuse unknown clients. */
  record UnknownClient(String host) implements Hint {}

  /** The server broke HTTP/2. */
  record Http1() implements Hint {}
}
