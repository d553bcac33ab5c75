package dev.linkcheck.cli;

import dev.linkcheck.collect.Collector;
import dev.linkcheck.collect.Source;
import dev.linkcheck.extract.Extractor;
import dev.linkcheck.model.CheckResult;
import dev.linkcheck.model.Document;
import dev.linkcheck.model.Link;
import dev.linkcheck.model.Location;
import dev.linkcheck.model.ResultKey;
import dev.linkcheck.model.Target;
import dev.linkcheck.report.ReportEntry;
import dev.linkcheck.resolve.LinkRewriter;
import dev.linkcheck.resolve.Resolved;
import dev.linkcheck.resolve.TargetResolver;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Reads and extracts inputs on the calling thread while each new unique remote target is handed to
 * the {@link Starter} as soon as it is seen (checked on a virtual thread of its own, at once or
 * when its host has room), so the network is busy from the first link. The fragments of a remote
 * page wait for the end of extraction, then share one fetch of the page. Single use; {@link
 * #snapshot} and the counters may be read from other threads during the run.
 */
final class Pipeline {

  /**
   * Starts the check of a remote target on {@code executor}: at once, or later when the target's
   * host has room ({@code Checker::schedule}), even from another check's thread.
   */
  interface Starter {
    void start(Target.Remote target, Runnable check, Executor executor);

    /** Each check on a thread of its own at once. */
    Starter AT_ONCE = (target, check, executor) -> executor.execute(check);
  }

  /**
   * A unique target or (page, fragment) pair, every place it is written, and its result once
   * decided.
   */
  private static final class Tracked {
    final Target target;
    final String fragment;
    // Guarded by itself: appended by the extracting thread, copied by an interrupted run's report.
    final List<Location> sources = new ArrayList<>(1);
    volatile CheckResult result;
    final AtomicBoolean published = new AtomicBoolean();

    Tracked(Target target, String fragment) {
      this.target = target;
      this.fragment = fragment;
    }
  }

  private final Collector collector;
  private final LinkRewriter rewriter;
  private final TargetResolver resolver;
  private final Function<Target, CheckResult> checker;
  private final BiFunction<Target, List<String>, List<CheckResult>> fragmentChecker;
  private final Starter starter;
  // Remote checks handed to the starter and not ended: the executor must take tasks until none.
  private final AtomicInteger started = new AtomicInteger();
  private final Object allEnded = new Object();
  private final ReportingDiagnostics diagnostics;
  private final Consumer<ReportEntry> onResult;
  private volatile boolean extracted;
  private final Map<ResultKey, Tracked> targets = new ConcurrentHashMap<>();
  // Fragments of remote pages by page key, fetched once extraction is over so that one GET serves
  // every fragment of a page. Touched by the extracting thread only.
  private final Map<String, List<Tracked>> remotePages = new LinkedHashMap<>();
  private final AtomicInteger files = new AtomicInteger();
  private final AtomicInteger links = new AtomicInteger();
  private final AtomicInteger done = new AtomicInteger();
  private final AtomicInteger failed = new AtomicInteger();

  Pipeline(
      Collector collector,
      LinkRewriter rewriter,
      TargetResolver resolver,
      Function<Target, CheckResult> checker,
      BiFunction<Target, List<String>, List<CheckResult>> fragmentChecker,
      Starter starter,
      ReportingDiagnostics diagnostics,
      Consumer<ReportEntry> onResult) {
    this.collector = collector;
    this.rewriter = rewriter;
    this.resolver = resolver;
    this.checker = checker;
    this.fragmentChecker = fragmentChecker;
    this.starter = starter;
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
      for (List<Tracked> page : remotePages.values()) {
        network.execute(() -> decideFragments(page));
      }
      for (Tracked tracked : targets.values()) {
        if (tracked.result != null) {
          publish(tracked);
        }
      }
      synchronized (allEnded) {
        while (started.get() > 0) {
          // every request is bounded by the checker's timeouts: keep waiting
          allEnded.wait();
        }
      }
      network.shutdown();
      while (!network.awaitTermination(1, TimeUnit.HOURS)) {
        // every request is bounded by the checker's timeouts: keep waiting
      }
    }
  }

  private void add(Document doc, Link link, ExecutorService network) {
    Resolved resolved = resolver.resolveLink(doc, rewriter.rewrite(link));
    Target target = resolved.target();
    String fragment = resolved.fragment();
    boolean[] created = {false};
    Tracked tracked =
        targets.computeIfAbsent(
            new ResultKey(target.key(), fragment),
            key -> {
              created[0] = true;
              return new Tracked(target, fragment);
            });
    synchronized (tracked.sources) {
      tracked.sources.add(link.location());
    }
    if (created[0]) {
      // Only the network is worth a thread: local and decided targets are answered at once.
      if (fragment != null && target instanceof Target.Remote) {
        remotePages.computeIfAbsent(target.key(), k -> new ArrayList<>()).add(tracked);
      } else if (fragment != null) {
        decideFragments(List.of(tracked));
      } else if (target instanceof Target.Remote remote) {
        started.incrementAndGet();
        starter.start(remote, () -> decideThenCount(tracked), network);
      } else {
        decide(tracked);
      }
    }
  }

  private void decideThenCount(Tracked tracked) {
    try {
      decide(tracked);
    } finally {
      if (started.decrementAndGet() == 0) {
        synchronized (allEnded) {
          allEnded.notifyAll();
        }
      }
    }
  }

  private void decide(Tracked tracked) {
    finish(tracked, checker.apply(tracked.target));
  }

  /** Decides fragments that point into the same page, with one check of the page. */
  private void decideFragments(List<Tracked> page) {
    List<String> fragments = page.stream().map(t -> t.fragment).toList();
    List<CheckResult> results = fragmentChecker.apply(page.getFirst().target, fragments);
    for (int i = 0; i < page.size(); i++) {
      finish(page.get(i), results.get(i));
    }
  }

  private void finish(Tracked tracked, CheckResult result) {
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
