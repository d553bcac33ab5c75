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
    double hangsOnBiggestPerUnique) {

  /** The mix of the first benchmark: few hangs (0.2%), none forced onto the biggest host. */
  static final Mix CLASSIC = new Mix("classic", 50, 50, 40, 30, 6, 2, 120, 0);

  /**
   * Issue 12's workload: 4% 404, 1% hangs of which about a dozen (0.15% of the unique URLs) on the
   * biggest host, 1% resets, redirects, 405 on HEAD, 503 once; the biggest host at 100 ms.
   */
  static final Mix ISSUE_12 = new Mix("issue-12", 40, 40, 30, 20, 10, 10, 100, 0.0015);

  /** Hangs placed on the biggest host for {@code unique} URLs (at least one when any are). */
  int hangsOnBiggest(int unique) {
    return hangsOnBiggestPerUnique == 0
        ? 0
        : Math.max(1, (int) Math.round(unique * hangsOnBiggestPerUnique));
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
      return biggest && hangsOnBiggestPerUnique > 0 ? Behaviour.OK : Behaviour.HANG;
    }
    return Behaviour.OK;
  }
}
