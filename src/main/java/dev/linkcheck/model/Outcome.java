package dev.linkcheck.model;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

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
   * A target that is not there, and why ({@code cause}); {@code hops} lists redirects followed on
   * the way. The report words it: a verdict carries no prose.
   */
  record Broken(Cause cause, List<String> hops) implements Outcome {
    public Broken {
      hops = List.copyOf(hops);
    }

    /** A broken target reached without a redirect. */
    public Broken(Cause cause) {
      this(cause, List.of());
    }

    /** The final HTTP status the target answered with, or null when there was no HTTP answer. */
    public Integer code() {
      return switch (cause) {
        case Status s -> s.code();
        case MissingFile f -> null;
        case MissingRoute r -> null;
        case NotAFolder n -> null;
        case MissingFragment f -> f.pageCode();
        case MissingLine l -> l.pageCode();
      };
    }
  }

  /** Why a target is broken. Sealed so that each report must word each cause. */
  sealed interface Cause {}

  /** The final answer's HTTP status {@code code} was not accepted. */
  record Status(int code) implements Cause {}

  /** No file or folder at a local link's path. */
  record MissingFile() implements Cause {}

  /**
   * No source file for a documentation site's route: {@code site} names the framework, {@code
   * tried} every candidate, relative to the site's root.
   */
  record MissingRoute(String site, List<String> tried) implements Cause {
    public MissingRoute {
      tried = List.copyOf(tried);
    }
  }

  /** A link written as a folder ({@code file.md/}) whose path is a file. */
  record NotAFolder() implements Cause {}

  /**
   * The page exists but has no anchor for {@code fragment} (as written, without {@code #}); {@code
   * suggestion} is the nearest anchor it has (nullable) and {@code pageCode} the status the page
   * answered with (null for a local file).
   */
  record MissingFragment(String fragment, String suggestion, Integer pageCode) implements Cause {}

  /**
   * A line anchor of a github.com file ({@code fragment}, e.g. {@code L10-L20}) past its end: the
   * file has {@code lineCount} lines; {@code pageCode} is the status the page answered with.
   */
  record MissingLine(String fragment, int lineCount, Integer pageCode) implements Cause {}

  /**
   * A bot protection answered in place of the page ({@code protection}, what it asks: {@code
   * barrier}) with status {@code code}: the page may well be there, so this is not a failure unless
   * the run asks for it ({@code --fail-on-blocked}); {@code hops} lists redirects followed.
   */
  record Blocked(Protection protection, Barrier barrier, int code, List<String> hops)
      implements Outcome {
    public Blocked {
      hops = List.copyOf(hops);
    }
  }

  /** No answer within {@code after} (the configured timeout), after all retries. */
  record Timeout(Duration after) implements Outcome {}

  /** No HTTP answer: DNS failure, refused, reset, TLS failure, malformed URL, redirect loop. */
  record Error(String message) implements Outcome {}

  /** Matched an exclusion; never requested. */
  record Excluded(String message) implements Outcome {}

  /** Deliberately not checked (scheme not checked, empty link, ...), with the reason. */
  record Skipped(SkipReason reason) implements Outcome {}

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

  /** Which of the outcomes this is. */
  default Kind kind() {
    return switch (this) {
      case Ok o -> Kind.OK;
      case Redirected r -> Kind.REDIRECTED;
      case Broken b -> Kind.BROKEN;
      case Blocked b -> Kind.BLOCKED;
      case Timeout t -> Kind.TIMEOUT;
      case Error e -> Kind.ERROR;
      case Excluded x -> Kind.EXCLUDED;
      case Skipped s -> Kind.SKIPPED;
      case Known k -> Kind.KNOWN;
    };
  }

  /** The contract name of this outcome, as written in JSON reports. */
  default String status() {
    return kind().status();
  }

  /** True for the outcomes that make a run fail: broken, timeout and error (not known ones). */
  default boolean isFailure() {
    return kind().isFailure();
  }

  /** The outcomes by kind, each with its contract name and whether it fails a run. */
  enum Kind {
    OK,
    REDIRECTED,
    BROKEN,
    BLOCKED,
    TIMEOUT,
    ERROR,
    EXCLUDED,
    SKIPPED,
    KNOWN;

    /** The contract name, as written in JSON reports: {@code ok}, {@code broken}, ... */
    public String status() {
      return name().toLowerCase(Locale.ROOT);
    }

    /** True for broken, timeout and error: a known failure does not fail this run. */
    public boolean isFailure() {
      return switch (this) {
        case BROKEN, TIMEOUT, ERROR -> true;
        case OK, REDIRECTED, BLOCKED, EXCLUDED, SKIPPED, KNOWN -> false;
      };
    }

    /**
     * True for the outcomes a report shows without {@code -v}: failures, and blocked links (a
     * warning: the link may be fine, but nobody has seen the page).
     */
    public boolean isShown() {
      return isFailure() || this == BLOCKED;
    }

    /** The kind whose contract name is {@code status}, if any. */
    public static Optional<Kind> ofStatus(String status) {
      for (Kind kind : values()) {
        if (kind.status().equals(status)) {
          return Optional.of(kind);
        }
      }
      return Optional.empty();
    }
  }
}
