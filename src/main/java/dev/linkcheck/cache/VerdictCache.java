package dev.linkcheck.cache;

import dev.linkcheck.model.CheckResult;
import dev.linkcheck.model.Diagnostics;
import dev.linkcheck.model.Outcome;
import dev.linkcheck.model.StatusRanges;
import dev.linkcheck.model.Target;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * {@code --cache}: the verdicts of remote URLs from earlier runs, reused while younger than the
 * maximum age and still accepted by {@code --accept}. Only ok and redirected verdicts are stored,
 * so a failure is always checked again. Thread-safe: {@link #check} is called from many threads.
 */
public final class VerdictCache {

  /** The cache file's name, in the working directory. */
  public static final String FILE_NAME = ".linkcheck-cache";

  private final Path file;
  private final Duration maxAge;
  private final StatusRanges accept;
  private final Clock clock;
  private final Map<String, CacheFile.Verdict> verdicts;
  private final AtomicInteger hits = new AtomicInteger();

  private VerdictCache(
      Path file,
      Duration maxAge,
      StatusRanges accept,
      Clock clock,
      Map<String, CacheFile.Verdict> verdicts) {
    this.file = file;
    this.maxAge = maxAge;
    this.accept = accept;
    this.clock = clock;
    this.verdicts = new ConcurrentHashMap<>(verdicts);
  }

  /**
   * The cache stored in {@code file}, empty when there is none. A file that cannot be read or is
   * not in the format is ignored with a warning, and replaced when the cache is saved.
   */
  public static VerdictCache open(
      Path file, Duration maxAge, StatusRanges accept, Clock clock, Diagnostics diagnostics) {
    Map<String, CacheFile.Verdict> verdicts = Map.of();
    if (Files.exists(file)) {
      try {
        verdicts = CacheFile.read(file);
      } catch (IOException | CacheFile.CorruptException e) {
        diagnostics.warning(
            file.getFileName() + ": ignored, not a linkcheck cache (" + e.getMessage() + ")");
      }
    }
    return new VerdictCache(file, maxAge, accept, clock, verdicts);
  }

  /**
   * The verdict on {@code target}: from the cache when it holds a fresh one, else from {@code
   * checker}, remembered when it is not a failure. Only remote targets are cached.
   */
  public CheckResult check(Target target, Function<Target, CheckResult> checker) {
    if (!(target instanceof Target.Remote)) {
      return checker.apply(target);
    }
    CacheFile.Verdict cached = verdicts.get(target.key());
    if (cached != null && fresh(cached) && accepted(cached.outcome())) {
      hits.incrementAndGet();
      return new CheckResult(target.key(), cached.outcome(), 0).asCached();
    }
    CheckResult result = checker.apply(target);
    Instant now = clock.instant();
    switch (result.outcome()) {
      case Outcome.Ok o when o.code() != null ->
          verdicts.put(target.key(), new CacheFile.Verdict(now, o));
      case Outcome.Redirected r -> verdicts.put(target.key(), new CacheFile.Verdict(now, r));
      case Outcome.Ok o -> verdicts.remove(target.key());
      case Outcome.Broken b -> verdicts.remove(target.key());
      // A wall may let the next run through, and a blocked verdict has seen no page.
      case Outcome.Blocked b -> verdicts.remove(target.key());
      case Outcome.Timeout t -> verdicts.remove(target.key());
      case Outcome.Error e -> verdicts.remove(target.key());
      case Outcome.Excluded x -> verdicts.remove(target.key());
      case Outcome.Skipped s -> verdicts.remove(target.key());
      case Outcome.Known k -> verdicts.remove(target.key());
    }
    return result;
  }

  private boolean fresh(CacheFile.Verdict verdict) {
    Duration age = Duration.between(verdict.checkedAt(), clock.instant());
    return !age.isNegative() && age.compareTo(maxAge) < 0;
  }

  /** A verdict taken under another {@code --accept} may not hold under this one. */
  private boolean accepted(Outcome outcome) {
    return switch (outcome) {
      case Outcome.Ok o -> o.code() != null && accept.accepts(o.code());
      case Outcome.Redirected r -> accept.accepts(r.code());
      case Outcome.Broken b -> false;
      case Outcome.Blocked b -> false;
      case Outcome.Timeout t -> false;
      case Outcome.Error e -> false;
      case Outcome.Excluded x -> false;
      case Outcome.Skipped s -> false;
      case Outcome.Known k -> false;
    };
  }

  /** How many verdicts came from the cache so far. */
  public int hits() {
    return hits.get();
  }

  /** Writes the fresh verdicts back, atomically; expired ones are dropped. */
  public void save() throws IOException {
    Map<String, CacheFile.Verdict> keep = new java.util.TreeMap<>();
    verdicts.forEach(
        (url, verdict) -> {
          if (fresh(verdict)) {
            keep.put(url, verdict);
          }
        });
    CacheFile.write(file, keep);
  }
}
