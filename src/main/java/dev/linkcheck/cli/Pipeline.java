package dev.linkcheck.cli;

import dev.linkcheck.check.LinkRewriter;
import dev.linkcheck.check.TargetResolver;
import dev.linkcheck.collect.Collector;
import dev.linkcheck.collect.Source;
import dev.linkcheck.extract.Extractor;
import dev.linkcheck.model.CheckResult;
import dev.linkcheck.model.Document;
import dev.linkcheck.model.Link;
import dev.linkcheck.model.Location;
import dev.linkcheck.model.Target;
import dev.linkcheck.report.ReportEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Reads and extracts inputs on the calling thread while each new unique remote target is checked on
 * its own virtual thread as soon as it is seen, so the network is busy from the first link. Single
 * use; {@link #snapshot} and the counters may be read from other threads during the run.
 */
final class Pipeline {

  /** A unique target, every place it is written, and its result once decided. */
  private static final class Tracked {
    final Target target;
    // Guarded by itself: appended by the extracting thread, copied by an interrupted run's report.
    final List<Location> sources = new ArrayList<>(1);
    volatile CheckResult result;
    final AtomicBoolean published = new AtomicBoolean();

    Tracked(Target target) {
      this.target = target;
    }
  }

  private final Collector collector;
  private final LinkRewriter rewriter;
  private final TargetResolver resolver;
  private final Function<Target, CheckResult> checker;
  private final ReportingDiagnostics diagnostics;
  private final Consumer<ReportEntry> onResult;
  private volatile boolean extracted;
  private final Map<String, Tracked> targets = new ConcurrentHashMap<>();
  private final AtomicInteger files = new AtomicInteger();
  private final AtomicInteger links = new AtomicInteger();
  private final AtomicInteger done = new AtomicInteger();
  private final AtomicInteger failed = new AtomicInteger();

  Pipeline(
      Collector collector,
      LinkRewriter rewriter,
      TargetResolver resolver,
      Function<Target, CheckResult> checker,
      ReportingDiagnostics diagnostics,
      Consumer<ReportEntry> onResult) {
    this.collector = collector;
    this.rewriter = rewriter;
    this.resolver = resolver;
    this.checker = checker;
    this.diagnostics = diagnostics;
    this.onResult = onResult;
  }

  /** Reads, extracts and checks every source; returns when every target is decided. */
  void run(List<Source> sources) throws InterruptedException {
    try (ExecutorService network = Executors.newVirtualThreadPerTaskExecutor()) {
      for (Source source : sources) {
        Optional<Document> document = collector.read(source, diagnostics);
        if (document.isEmpty()) {
          continue;
        }
        files.incrementAndGet();
        Document doc = document.get();
        for (Link link : Extractor.forType(doc.type()).extract(doc)) {
          links.incrementAndGet();
          add(doc, link, network);
        }
      }
      // From now on sources are complete, so a decided target can be passed on at once.
      extracted = true;
      for (Tracked tracked : targets.values()) {
        if (tracked.result != null) {
          publish(tracked);
        }
      }
      network.shutdown();
      while (!network.awaitTermination(1, TimeUnit.HOURS)) {
        // every request is bounded by the checker's timeouts: keep waiting
      }
    }
  }

  private void add(Document doc, Link link, ExecutorService network) {
    Target target = resolver.resolve(doc, rewriter.rewrite(link));
    boolean[] created = {false};
    Tracked tracked =
        targets.computeIfAbsent(
            target.key(),
            key -> {
              created[0] = true;
              return new Tracked(target);
            });
    synchronized (tracked.sources) {
      tracked.sources.add(link.location());
    }
    if (created[0]) {
      // Only the network is worth a thread: local and decided targets are answered at once.
      if (target instanceof Target.Remote) {
        network.execute(() -> decide(tracked));
      } else {
        decide(tracked);
      }
    }
  }

  private void decide(Tracked tracked) {
    CheckResult result = checker.apply(tracked.target);
    tracked.result = result;
    if (result.outcome().isFailure()) {
      failed.incrementAndGet();
    }
    done.incrementAndGet();
    if (extracted) {
      publish(tracked);
    }
  }

  /** Passes a decided target on exactly once, whichever thread gets there first. */
  private void publish(Tracked tracked) {
    if (tracked.published.compareAndSet(false, true)) {
      synchronized (tracked.sources) {
        onResult.accept(new ReportEntry(tracked.result, List.copyOf(tracked.sources)));
      }
    }
  }

  /** The decided targets so far, with their sources. */
  List<ReportEntry> snapshot() {
    List<ReportEntry> entries = new ArrayList<>(targets.size());
    for (Tracked tracked : targets.values()) {
      CheckResult result = tracked.result;
      if (result != null) {
        synchronized (tracked.sources) {
          entries.add(new ReportEntry(result, List.copyOf(tracked.sources)));
        }
      }
    }
    return entries;
  }

  int files() {
    return files.get();
  }

  int links() {
    return links.get();
  }

  int unique() {
    return targets.size();
  }

  int done() {
    return done.get();
  }

  int failed() {
    return failed.get();
  }
}
