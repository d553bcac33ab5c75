package dev.linkcheck.check;

import static dev.linkcheck.check.Failure.Kind.TIMEOUT;

import dev.linkcheck.model.HostStat;
import dev.linkcheck.model.Outcome;
import dev.linkcheck.model.UrlNormalizer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse.BodyHandler;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import org.slf4j.Logger;

/**
 * Decides one http(s) URL: HEAD, GET when HEAD's answer is not to be trusted, redirects followed
 * hop by hop, transient failures retried as {@link RetryPolicy} says. Thread-safe.
 */
final class HttpProbe {

  private final CheckOptions options;
  private final HostSettings hosts;
  private final RetryPolicy retries;
  private final HostGates gates;
  private final Admission admission;
  private final Throttle throttle;
  private final RetryTimeouts retryTimeouts;
  private final Exchange exchange;
  private final Logger log;

  HttpProbe(HttpClient client, CheckOptions options, Logger log) {
    this.options = options;
    this.hosts = new HostSettings(options);
    this.retries = new RetryPolicy(options);
    this.gates = new HostGates(hosts::concurrency, hosts::requestInterval);
    this.admission = new Admission(options.maxConcurrency());
    this.throttle = new Throttle(options, gates, log);
    this.retryTimeouts = new RetryTimeouts(options.retryTimeout());
    this.exchange = new Exchange(client, options, hosts, log);
    this.log = log;
  }

  /** Requests, latencies, statuses and waits per host so far, sorted by host. */
  List<HostStat> hostStats() {
    return throttle.snapshot();
  }

  /**
   * Runs {@code check} (a check of {@code uri}) on a thread of {@code executor} once its host has a
   * free start place ({@link StartPlaces#schedule}).
   */
  void schedule(URI uri, Runnable check, Executor executor) {
    StartPlaces.schedule(gates.of(uri), check, executor);
  }

  Verdict check(URI uri) throws InterruptedException {
    return check(uri, hosts.firstMethod(uri, Method.HEAD), null);
  }

  /**
   * Like {@link #check(URI)}, but starting with {@code firstMethod} and reading each answer's body
   * with {@code bodies} (the fragment check's one streamed GET), within the same timeout; null
   * {@code bodies} reads none of a HEAD's body and the start of a GET's.
   */
  Verdict check(URI uri, Method firstMethod, BodyHandler<Void> bodies) throws InterruptedException {
    HostGates.Gate home = gates.of(uri);
    home.register();
    try {
      return decide(Attempt.first(uri, firstMethod, bodies));
    } finally {
      home.unregister();
    }
  }

  private Verdict decide(Attempt first) throws InterruptedException {
    // The link's host sets its retries; each answer's own host, whether it is accepted.
    int maxRetries = hosts.maxRetries(first.uri());
    RetryPolicy.Budget budget = retries.budget(maxRetries);
    Attempt attempt = first;
    // The redirects a HEAD took before its GET: the GET starts where they led.
    List<String> earlierHops = List.of();
    int retried = 0;
    int timeouts = 0;
    while (true) {
      Answer answer = follow(attempt);
      timeouts += answer instanceof Answer.Failed f && f.failure().kind() == TIMEOUT ? 1 : 0;
      List<String> hops = concat(earlierHops, answer.hops());
      RetryPolicy.Next next =
          switch (answer) {
            case Answer.Status s when hosts.accepts(s.finalUri(), s.code()) ->
                new RetryPolicy.Stop();
            case Answer.Walled w -> new RetryPolicy.Stop();
            // The host has had all the pauses it may have: its 429 is the verdict.
            case Answer.Status s when s.code() == 429 && throttle.exhausted(s.finalUri()) ->
                new RetryPolicy.Stop();
            case Answer.Status s ->
                budget.afterStatus(attempt.method(), s.code(), gates.of(s.finalUri()).remaining());
            case Answer.Failed f -> budget.afterFailure(f.failure().kind());
          };
      switch (next) {
        case RetryPolicy.Retry retry -> {
          // Every retry is a follow-up but a timeout's, which has a timeout of its own and goes
          // behind the host's other first tries.
          Attempt again =
              retry.followUp()
                  ? attempt.again(true)
                  : attempt.afterTimeout(
                      retryTimeouts.forRetry(attempt.uri(), hosts.timeout(attempt.uri())));
          logRetry(again, retry.spent() ? ++retried : retried, maxRetries, retry, answer);
          await(retry);
          if (!retry.followUp()) {
            StartPlaces.queueBehindUnstarted();
          }
          attempt = again;
        }
        case RetryPolicy.GetInstead get -> {
          attempt = attempt.getFrom(((Answer.Status) answer).finalUri());
          earlierHops = hops;
        }
        case RetryPolicy.Stop stop -> {
          Outcome outcome = outcome(answer, hops, first.uri());
          return Verdict.of(answer, outcome, attempt.uri(), timeouts, options);
        }
      }
    }
  }

  /** The verdict of the answer that stands, with every hop taken from {@code start} to reach it. */
  private Outcome outcome(Answer answer, List<String> hops, URI start) {
    return switch (answer) {
      case Answer.Status s when hosts.accepts(s.finalUri(), s.code()) ->
          hops.isEmpty() ? new Outcome.Ok(s.code()) : new Outcome.Redirected(s.code(), hops);
      case Answer.Status s -> new Outcome.Broken(new Outcome.Status(s.code()), hops);
      case Answer.Walled w ->
          new Outcome.Blocked(w.wall().protection(), w.wall().barrier(), w.wall().status(), hops);
      case Answer.Failed f ->
          switch (f.failure().kind()) {
            case TIMEOUT ->
                new Outcome.Timeout(
                    hosts.timeout(hops.isEmpty() ? start : URI.create(hops.getLast())));
            case TRANSIENT, PERMANENT -> new Outcome.Error(f.failure().message());
            case EXCLUDED -> new Outcome.Excluded(f.failure().message());
          };
    };
  }

  /**
   * {@code -vv}: why the next request of a URL ({@code attempt}, the retry itself) waits, and which
   * retry it will be.
   */
  private void logRetry(
      Attempt attempt, int retry, int maxRetries, RetryPolicy.Retry next, Answer answer) {
    if (!log.isDebugEnabled()) {
      return;
    }
    String why =
        switch (answer) {
          case Answer.Status s ->
              "HTTP "
                  + s.code()
                  + (next.hostPaused()
                      ? "; host paused (" + gates.of(s.finalUri()).reason() + ")"
                      : ", backoff");
          case Answer.Failed f when f.failure().kind() == TIMEOUT ->
              f.failure().message()
                  + "; behind the host's first tries, within "
                  + seconds(attempt.timeout());
          case Answer.Failed f -> f.failure().message() + ", backoff";
          case Answer.Walled w -> "bot wall";
        };
    log.debug(
        "{} {}: {} in {} ({})",
        attempt.method(),
        attempt.uri(),
        next.spent() ? "retry " + retry + " of " + maxRetries : "retry (429: no retry spent)",
        seconds(next.delay()),
        why);
  }

  /** A wait in seconds for the debug log: {@code 1s}, {@code 0.25s}. */
  static String seconds(Duration d) {
    return d.toMillis() % 1000 == 0
        ? d.toSeconds() + "s"
        : String.format(Locale.ROOT, "%.2fs", d.toMillis() / 1000.0);
  }

  /** The wait before a retry, holding no slot; a paused host's is waited at its gate instead. */
  private static void await(RetryPolicy.Retry retry) throws InterruptedException {
    if (!retry.hostPaused() && retry.delay().isPositive()) {
      StartPlaces.sleep(retry.delay());
    }
  }

  /** One request with its redirects followed. */
  private Answer follow(Attempt start) throws InterruptedException {
    Set<String> seen = new HashSet<>();
    seen.add(start.uri().toString());
    Attempt attempt = start;
    while (true) {
      Answer answer = send(attempt);
      if (!(answer instanceof Answer.Status s) || !isRedirect(s.code())) {
        return answer;
      }
      String location = s.location();
      if (location == null) {
        return s;
      }
      URI next;
      try {
        next = attempt.uri().resolve(UrlNormalizer.encode(location.strip()));
        next = UrlNormalizer.normalize(next.toString());
      } catch (IllegalArgumentException | UrlNormalizer.MalformedUrlException e) {
        return failed(attempt, "redirect to a malformed Location: " + location);
      }
      String scheme = next.getScheme().toLowerCase(Locale.ROOT);
      if (!scheme.equals("http") && !scheme.equals("https")) {
        return failed(attempt, "redirect to unsupported " + next);
      }
      if (!seen.add(next.toString())) {
        return failed(attempt.redirectedTo(next), "redirect loop at " + next);
      }
      if (attempt.hops().size() >= options.maxRedirects()) {
        return failed(attempt, "too many redirects (more than " + options.maxRedirects() + ")");
      }
      attempt = attempt.redirectedTo(next);
    }
  }

  private static Answer failed(Attempt attempt, String why) {
    return new Answer.Failed(Failure.permanent(why), attempt.hops());
  }

  private static boolean isRedirect(int code) {
    return code == 301 || code == 302 || code == 303 || code == 307 || code == 308;
  }

  /**
   * One HTTP exchange under the host's and the global limits, unless the address policy forbids the
   * host; checked at every hop, so a redirect cannot lead into a forbidden network either. A URL's
   * follow-up requests go before the first requests of other URLs.
   */
  private Answer send(Attempt attempt) throws InterruptedException {
    URI uri = attempt.uri();
    Optional<String> refused = options.addresses().refusal(uri.getHost());
    if (refused.isPresent()) {
      String where = attempt.hops().isEmpty() ? "" : " (after a redirect to " + uri + ")";
      log.debug("{} {} -> {}", attempt.method(), uri, refused.get());
      return new Answer.Failed(Failure.excluded(refused.get() + where), attempt.hops());
    }
    HostGates.Gate gate = gates.of(uri);
    Duration paused = admission.enter(gate, attempt.followUp());
    if (!paused.isZero()) {
      throttle.waited(uri, paused);
      log.debug(
          "{} {}: waited {}: its host is paused ({})",
          attempt.method(),
          uri,
          seconds(paused),
          gate.reason());
    }
    try {
      long sent = System.nanoTime();
      Answer answer = exchange.send(attempt);
      throttle.answered(uri, answer, sent);
      if (!(answer instanceof Answer.Failed)) {
        retryTimeouts.answered(uri, System.nanoTime() - sent);
      }
      return answer;
    } finally {
      admission.leave(gate);
    }
  }

  private static List<String> concat(List<String> a, List<String> b) {
    if (a.isEmpty()) {
      return b;
    }
    List<String> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }
}
