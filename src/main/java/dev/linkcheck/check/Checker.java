package dev.linkcheck.check;

import dev.linkcheck.model.CheckResult;
import dev.linkcheck.model.Target;

/**
 * Decides the outcome of targets: HTTP(S) through one shared HttpClient, local files on disk.
 * Thread-safe: call {@link #check} from many virtual threads at once; it blocks the caller and
 * enforces the per-host and total concurrency limits itself.
 */
public final class Checker implements AutoCloseable {

  private final CheckOptions options;

  public Checker(CheckOptions options) {
    this.options = options;
  }

  /** Checks one target; a broken link is a result, never an exception. */
  public CheckResult check(Target target) {
    throw new UnsupportedOperationException("TODO " + options + target);
  }

  @Override
  public void close() {}
}
