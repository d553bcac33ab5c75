package dev.linkcheck.model;

import java.util.List;

/**
 * The verdict on one unique target. Sealed so that every reporter must handle every outcome: a new
 * outcome does not compile until each {@code switch} over it is extended. Immutable.
 */
public sealed interface Outcome {

  /**
   * Accepted status without a redirect; {@code code} is null for local files; {@code note}
   * (nullable) says what was not checked, e.g. the fragment of a page that is not HTML.
   */
  record Ok(Integer code, String note) implements Outcome {
    public Ok(Integer code) {
      this(code, null);
    }
  }

  /** Accepted status after at least one redirect; {@code hops} lists each URL redirected to. */
  record Redirected(int code, List<String> hops) implements Outcome {
    public Redirected {
      hops = List.copyOf(hops);
    }
  }

  /**
   * Final status not accepted ({@code code} set) or a missing local target ({@code code} null);
   * {@code hops} lists redirects followed on the way.
   */
  record Broken(Integer code, String message, List<String> hops) implements Outcome {
    public Broken {
      hops = List.copyOf(hops);
    }
  }

  /** No answer in time after all retries. */
  record Timeout(String message) implements Outcome {}

  /** No HTTP answer: DNS failure, refused, reset, TLS failure, malformed URL, redirect loop. */
  record Error(String message) implements Outcome {}

  /** Matched an exclusion; never requested. */
  record Excluded(String message) implements Outcome {}

  /** Deliberately not checked (scheme not checked, empty link, ...), with the reason. */
  record Skipped(String message) implements Outcome {}

  /**
   * A failure that the {@code --baseline} report already had for the same URL in the same files:
   * reported with the original {@code failure}'s details, but it does not fail the run.
   */
  record Known(Outcome failure) implements Outcome {
    public Known {
      if (!failure.isFailure()) {
        throw new IllegalArgumentException("only a failure can be known: " + failure);
      }
    }

    @Override
    public List<String> hops() {
      return failure.hops();
    }
  }

  /** The URLs redirected to on the way, in order; empty when no redirect was followed. */
  default List<String> hops() {
    return List.of();
  }

  /** The contract name of this outcome, as written in JSON reports. */
  default String status() {
    return switch (this) {
      case Ok o -> "ok";
      case Redirected r -> "redirected";
      case Broken b -> "broken";
      case Timeout t -> "timeout";
      case Error e -> "error";
      case Excluded x -> "excluded";
      case Skipped s -> "skipped";
      case Known k -> "known";
    };
  }

  /** True for the outcomes that make a run fail: broken, timeout and error (not known ones). */
  default boolean isFailure() {
    return switch (this) {
      case Ok o -> false;
      case Redirected r -> false;
      case Broken b -> true;
      case Timeout t -> true;
      case Error e -> true;
      case Excluded x -> false;
      case Skipped s -> false;
      case Known k -> false;
    };
  }
}
