package dev.linkcheck.check;

import dev.linkcheck.model.CheckResult;
import dev.linkcheck.model.HostStat;
import dev.linkcheck.model.Outcome;
import dev.linkcheck.model.Target;
import java.net.Socket;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509ExtendedTrustManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides the outcome of targets: HTTP(S) through one shared HttpClient, local files on disk, and
 * the {@code #fragment}s that point into either. Thread-safe: call {@link #check} from many virtual
 * threads at once; it blocks the caller and enforces the per-host and total concurrency limits
 * itself.
 */
public final class Checker implements AutoCloseable {

  /**
   * The fewest idle kept-alive connections held in all. The pool closes the least recently used
   * first, and the busy hosts, whose next request is near, are the recently used ones.
   */
  private static final int IDLE_CONNECTIONS = 16;

  /**
   * The idle pool a run keeps: {@value #IDLE_PER_REQUEST} per request in flight, so that a host
   * whose next request waits for the global limit still finds its connections (each new one costs
   * one round trip, two with TLS), while open sockets stay bounded by concurrency, not by hosts.
   * With as many as in flight, the pool closed the least recently used of hundreds of hosts' idle
   * connections before their next request: 0.49 new connections per request on the net-20k bench,
   * 0.11 with four times as many (0.10 with sixteen).
   */
  public static int idleConnections(int maxConcurrency) {
    return Math.max(IDLE_CONNECTIONS, IDLE_PER_REQUEST * maxConcurrency);
  }

  /** Idle connections kept per request that {@code --max-concurrency} lets be in flight. */
  static final int IDLE_PER_REQUEST = 4;

  private final HttpClient client;
  private final HttpProbe probe;
  private final RemoteFragments remoteFragments;
  private final LocalFragments localFragments;

  /** A checker with {@code options}; close it to release its connections and threads. */
  public Checker(CheckOptions options) {
    configureHttpClient(options);
    HttpClient.Builder builder =
        HttpClient.newBuilder()
            // Each request names its version (HTTP/2 for https only): see Exchange.
            .version(HttpClient.Version.HTTP_1_1)
            // Redirects are followed by hand, to record each hop and follow https -> http.
            .followRedirects(HttpClient.Redirect.NEVER)
            // Each request bounds itself by its host's timeout; connecting may take the longest.
            .connectTimeout(HostSettings.longestTimeout(options));
    if (options.insecure()) {
      builder.sslContext(trustAll());
    }
    this.client = builder.build();
    Logger log = LoggerFactory.getLogger(Checker.class);
    this.probe = new HttpProbe(client, options, log);
    this.remoteFragments = new RemoteFragments(probe, options.fragments().maxBodyBytes());
    this.localFragments = new LocalFragments(options.fragments().localAnchors());
  }

  /**
   * HttpClient reads these once, when its classes load: bound the idle connection pool (otherwise
   * thousands of hosts keep thousands of sockets open) and, for --insecure, host name checks.
   */
  private static void configureHttpClient(CheckOptions options) {
    setIfAbsent(
        "jdk.httpclient.connectionPoolSize",
        Integer.toString(idleConnections(options.maxConcurrency())));
    setIfAbsent("jdk.httpclient.keepalive.timeout", "10");
    // A refused connection is an error at once (README); the JDK would otherwise connect again
    // unseen.
    setIfAbsent("jdk.httpclient.disableRetryConnect", "true");
    // The JDK also re-sends a GET/HEAD by itself when a reused connection closes before any answer
    // byte, behind --max-retries. Its limit on attempts per request (redirects and retries; this
    // client follows redirects itself) set to one turns that off: every request a server sees is
    // one RetryPolicy decided on.
    setIfAbsent("jdk.httpclient.redirects.retrylimit", "1");
    if (options.insecure()) {
      setIfAbsent("jdk.internal.httpclient.disableHostnameVerification", "true");
    }
  }

  private static void setIfAbsent(String key, String value) {
    if (System.getProperty(key) == null) {
      System.setProperty(key, value);
    }
  }

  /**
   * An extended trust manager on purpose: JSSE wraps a plain {@code X509TrustManager} in one that
   * still checks the host name, which --insecure must not.
   */
  private static SSLContext trustAll() {
    TrustManager trustAll =
        new X509ExtendedTrustManager() {
          @Override
          public void checkClientTrusted(X509Certificate[] chain, String authType) {}

          @Override
          public void checkServerTrusted(X509Certificate[] chain, String authType) {}

          @Override
          public void checkClientTrusted(X509Certificate[] chain, String authType, Socket s) {}

          @Override
          public void checkServerTrusted(X509Certificate[] chain, String authType, Socket s) {}

          @Override
          public void checkClientTrusted(
              X509Certificate[] chain, String authType, SSLEngine engine) {}

          @Override
          public void checkServerTrusted(
              X509Certificate[] chain, String authType, SSLEngine engine) {}

          @Override
          public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
          }
        };
    try {
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(null, new TrustManager[] {trustAll}, new SecureRandom());
      return context;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot set up --insecure TLS", e);
    }
  }

  /** Checks one target; a broken link is a result, never an exception. */
  public CheckResult check(Target target) {
    long start = System.nanoTime();
    Verdict verdict =
        switch (target) {
          case Target.Remote remote -> remote(remote);
          case Target.Local local -> new Verdict(local(local), null);
          case Target.Decided decided -> new Verdict(decided.outcome(), null);
        };
    return new CheckResult(target.key(), verdict.outcome(), (System.nanoTime() - start) / 1_000_000)
        .withHint(verdict.hint());
  }

  /**
   * Runs {@code check}, which checks {@code target}, on a thread of {@code executor} once its host
   * has a free start place (as many as its permits, and two spare); until then it waits as data,
   * not as a parked thread, though it counts in the host's share of the work left. A check gives
   * its place up while it sleeps before a retry and, for a timeout's retry, until the host's URLs
   * queued before it have started. {@code executor} may be given tasks until every check offered
   * has ended.
   */
  public void schedule(Target.Remote target, Runnable check, Executor executor) {
    probe.schedule(target.uri(), check, executor);
  }

  /**
   * Checks {@code #fragment}s that point into one page: a remote page is fetched once (a streamed
   * GET) for all of them, a local file's anchors are parsed once per run. One result per fragment,
   * in the order given, each with the page's key as its URL.
   */
  public List<CheckResult> checkFragments(Target page, List<String> fragments) {
    long start = System.nanoTime();
    Map<String, Verdict> decisions = new LinkedHashMap<>();
    switch (page) {
      case Target.Remote remote -> {
        try {
          decisions.putAll(remoteFragments.decide(remote.uri(), fragments));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          fragments.forEach(
              f -> decisions.put(f, new Verdict(new Outcome.Error("interrupted"), null)));
        }
      }
      case Target.Local local -> {
        Outcome file = local(local);
        fragments.forEach(
            f -> decisions.put(f, new Verdict(localFragments.decide(local, file, f), null)));
      }
      case Target.Decided decided ->
          fragments.forEach(f -> decisions.put(f, new Verdict(decided.outcome(), null)));
    }
    long ms = (System.nanoTime() - start) / 1_000_000;
    List<CheckResult> results = new ArrayList<>(fragments.size());
    decisions.forEach(
        (fragment, v) ->
            results.add(new CheckResult(page.key(), v.outcome(), ms, fragment).withHint(v.hint())));
    return results;
  }

  private static Outcome local(Target.Local local) {
    return Files.exists(local.path())
        ? new Outcome.Ok(null)
        : new Outcome.Broken(new Outcome.MissingFile());
  }

  private Verdict remote(Target.Remote remote) {
    try {
      return probe.check(remote.uri());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Verdict(new Outcome.Error("interrupted"), null);
    }
  }

  /**
   * Per host (with its port when a URL names one), sorted by host: requests sent so far, their
   * latencies, statuses and the waits a rate limit or back-off imposed. For {@code --host-stats}.
   */
  public List<HostStat> hostStats() {
    return probe.hostStats();
  }

  @Override
  public void close() {
    client.shutdownNow();
  }
}
