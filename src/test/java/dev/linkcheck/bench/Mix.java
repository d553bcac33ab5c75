package dev.linkcheck.bench;

/**
 * The share of each behaviour among a preset's unique URLs, in per mille (the rest answer 200), the
 * latency of the biggest host, and how many hangs sit on it (placed there exactly rather than
 * drawn, so that the host which sets the run's length always meets them). Every tenth host also has
 * one 429 and a fiftieth of the hosts have no listener, whatever the mix. Immutable.
 */
record Mix(
    String name,
    int notFound,
    int redirect,
    int head405,
    int flaky503,
    int reset,
    int hang,
    int biggestLatencyMs,
    double hangsOnBiggestShare) {

  /** The mix of the first benchmark: few hangs (0.2%), none forced onto the biggest host. */
  static final Mix CLASSIC = new Mix("classic", 50, 50, 40, 30, 6, 2, 120, 0);

  /**
   * Issue 12's workload: 4% 404, 1% hangs (of which 12 among the biggest host's 1,440 URLs at 20k),
   * 1% resets, redirects, 405 on HEAD, 503 once; the biggest host at 100 ms.
   */
  static final Mix ISSUE_12 = new Mix("issue-12", 40, 40, 30, 20, 10, 10, 100, 12.0 / 1440);

  /** Hangs placed on the biggest host when it holds {@code urls} URLs (at least one, if any). */
  int hangsOnBiggest(int urls) {
    return hangsOnBiggestShare == 0 ? 0 : Math.max(1, (int) Math.round(urls * hangsOnBiggestShare));
  }

  /** The behaviour of a draw in [0, 1000) on a live host (hangs left out on the biggest one). */
  Behaviour draw(int perMille, boolean biggest) {
    int t = notFound;
    if (perMille < t) {
      return Behaviour.NOT_FOUND;
    }
    if (perMille < (t += redirect)) {
      return Behaviour.REDIRECT;
    }
    if (perMille < (t += head405)) {
      return Behaviour.HEAD_405;
    }
    if (perMille < (t += flaky503)) {
      return Behaviour.FLAKY_503;
    }
    if (perMille < (t += reset)) {
      return Behaviour.RESET;
    }
    if (perMille < t + hang) {
      return biggest && hangsOnBiggestShare > 0 ? Behaviour.OK : Behaviour.HANG;
    }
    return Behaviour.OK;
  }
}
