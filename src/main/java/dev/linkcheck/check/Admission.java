package dev.linkcheck.check;

import java.time.Duration;

/**
 * The way into one request: the host's gate (its permits and any pause), then the global limit,
 * then the host's {@code request-interval}. The interval is claimed only once both limits are held,
 * so a request that the global limit started late still counts from its real start; one that comes
 * too early gives both back and waits holding neither. Thread-safe.
 */
final class Admission {

  private final Permits inFlight;

  Admission(int maxConcurrency) {
    this.inFlight = new Permits(maxConcurrency);
  }

  /**
   * Waits until a request to {@code gate}'s host may start (a URL's follow-ups first); returns how
   * long the host's pause held it. Call {@link #leave} after the request.
   */
  Duration enter(HostGates.Gate gate, boolean followUp) throws InterruptedException {
    Duration paused = Duration.ZERO;
    while (true) {
      paused = paused.plus(gate.enter(followUp));
      try {
        // The global limit passes the host with the most work left first: it sets the run's length.
        inFlight.acquire(followUp, gate.backlog());
      } catch (InterruptedException e) {
        gate.leave();
        throw e;
      }
      long early = gate.claimStart();
      if (early == 0) {
        return paused;
      }
      leave(gate);
      Thread.sleep(Duration.ofNanos(early));
    }
  }

  void leave(HostGates.Gate gate) {
    inFlight.release();
    gate.leave();
  }
}
