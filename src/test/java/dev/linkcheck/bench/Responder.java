package dev.linkcheck.bench;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * What the benchmark servers answer, whatever the wire (HTTP/1.1 by hand, or Jetty's HTTP/2): the
 * first path segment picks the {@link Behaviour}; an answer is held for the host's latency, and on
 * a connection younger than its set-up cost ({@link Network#setupRoundTrips} latencies after it was
 * opened) until that cost has passed too, as a real client cannot send before its handshakes end.
 * Counts everything into per-host {@link HostLoad}s. Thread-safe.
 */
final class Responder {

  /** What to do with a request: answer it with a status, hang, or reset its connection. */
  record Reply(Action action, int status, String reason, String headerName, String headerValue) {
    static final Reply HANG = new Reply(Action.HANG, 0, "", null, null);
    static final Reply RESET = new Reply(Action.RESET, 0, "", null, null);

    static Reply status(int status, String reason) {
      return new Reply(Action.ANSWER, status, reason, null, null);
    }
  }

  enum Action {
    ANSWER,
    HANG,
    RESET,
    /** The client gave up (its timeout) while the answer was held: nothing to send. */
    GONE
  }

  /** Holds a request for a time; false when the client went away meanwhile. */
  interface Hold {
    boolean await(long nanos) throws InterruptedException;

    /** A plain sleep, for wires where the client's leaving cannot be seen while holding. */
    Hold SLEEP =
        nanos -> {
          Thread.sleep(Duration.ofNanos(nanos));
          return true;
        };
  }

  /** The body of every answer to a GET (HEAD answers carry its length, no body). */
  static final byte[] BODY =
      "<html><body>benchmark page</body></html>\n"
          .repeat(24)
          .getBytes(java.nio.charset.StandardCharsets.US_ASCII);

  /**
   * A re-send this soon after a reset had no backoff before it: the HTTP client's own retry. Half
   * the run's shortest wait between attempts, at most 500 ms (a TLS re-send needs a handshake).
   */
  private volatile long hangNanos = Duration.ofSeconds(120).toNanos();

  private volatile long resendNanos = Duration.ofMillis(100).toNanos();

  /** Per URL path: what the last request was and how it ended, for {@link RequestKind}. */
  private static final class PathState {
    int count;
    boolean lastHead;
    int lastStatus; // -1 reset, -2 hang
    long lastEnd;
  }

  private final HostLoad[] loads;
  private final Network network;
  private final Map<String, PathState> paths = new ConcurrentHashMap<>();
  private final LongAdder unexpected = new LongAdder();
  private final java.util.Queue<Logged> log = new java.util.concurrent.ConcurrentLinkedQueue<>();

  /** One request as the server saw it, for {@code requests.tsv}. */
  private record Logged(
      long arrived,
      Host host,
      String method,
      String path,
      RequestKind kind,
      long setup,
      int status) {}

  Responder(List<Host> hosts, Network network) {
    this.network = network;
    this.loads = new HostLoad[hosts.size()];
    for (int i = 0; i < loads.length; i++) {
      loads[i] = new HostLoad();
    }
  }

  /** Sets the run's {@code --timeout} (how long a client waits for a hang), before the run. */
  void timeout(Duration timeout) {
    hangNanos = timeout.toNanos();
  }

  /** Sets the re-send window from the run's {@code --retry-wait-time}, before the run. */
  void retryWait(Duration wait) {
    resendNanos = Math.min(Duration.ofMillis(500).toNanos(), wait.toNanos() / 2);
  }

  /** Counts a new connection to {@code host}. */
  void connectionOpened(Host host) {
    loads[host.index()].connections.increment();
  }

  /**
   * Takes a request whose head has arrived on a connection whose first request arrived at {@code
   * firstRequest} (0 until one has: this one is then the first and sets it): counts it, holds it
   * for its latency (and what is left of the connection's set-up cost) and says what to answer. A
   * request counts as in flight from its head until its answer starts, so the count never includes
   * the moment the client may already be sending its next request. For {@link Action#HANG} the
   * request stays in flight until the caller runs {@link Exchange#end} (the client closed), or
   * until the run's timeout has nearly passed since it arrived, whichever comes first.
   */
  Exchange take(
      Host host, String method, String path, AtomicLong firstRequest, boolean http2, Hold hold)
      throws InterruptedException {
    long arrived = System.nanoTime();
    firstRequest.compareAndSet(0, arrived);
    String[] segments = path.split("/");
    Behaviour b = segments.length > 2 ? Behaviour.ofSegment(segments[1]) : null;
    boolean head = method.equals("HEAD");
    boolean hang = b == Behaviour.HANG;
    PathState state = paths.computeIfAbsent(path, k -> new PathState());
    RequestKind kind;
    int nth;
    synchronized (state) {
      nth = ++state.count;
      kind = kind(state, nth, head, segments, arrived, resendNanos);
      state.lastHead = head;
      state.lastStatus = hang ? -2 : 0;
    }
    HostLoad load = loads[host.index()];
    if (http2) {
      load.http2.increment();
    }
    long started = load.enter(hang, kind, b);
    if (hang) {
      log.add(new Logged(arrived, host, method, path, kind, 0, -2));
      AtomicBoolean ended = new AtomicBoolean();
      Runnable end =
          () -> {
            if (ended.compareAndSet(false, true)) {
              load.leave(started, true);
            }
          };
      // The client's close of a timed-out request can reach the server after its next request
      // (another connection, another thread): count the hang out just before the timeout too.
      Thread.ofVirtual()
          .start(
              () -> {
                try {
                  Thread.sleep(Duration.ofNanos(Math.max(0, hangNanos - HANG_MARGIN_NANOS)));
                } catch (InterruptedException e) {
                  // counted out now
                }
                end.run();
              });
      return new Exchange(Reply.HANG, started, end);
    }
    long latency = host.latency().toNanos();
    long setup = Math.max(0, firstRequest.get() + network.setupRoundTrips() * latency - arrived);
    try {
      if (!hold.await(setup + latency)) {
        // Counted out now, so the limit check never sees a request its client has dropped.
        load.abandoned.increment();
        log.add(new Logged(arrived, host, method, path, kind, setup, -3));
        return new Exchange(new Reply(Action.GONE, 0, "", null, null), started, NOTHING);
      }
      load.setupNanos.add(setup);
      load.latencyNanos.add(latency);
      load.overshootNanos.add(System.nanoTime() - arrived - setup - latency);
      load.answers.increment();
    } finally {
      load.leave(started, false);
    }
    Reply reply = reply(b, head, nth, segments);
    synchronized (state) {
      state.lastStatus = reply.action() == Action.RESET ? -1 : reply.status();
      state.lastEnd = System.nanoTime();
    }
    log.add(new Logged(arrived, host, method, path, kind, setup, state.lastStatus));
    return new Exchange(reply, started, NOTHING);
  }

  private static final Runnable NOTHING = () -> {};

  /** How long before the run's timeout a hang is counted out if its client has not closed yet. */
  private static final long HANG_MARGIN_NANOS = Duration.ofMillis(20).toNanos();

  /**
   * A taken request: what to answer, when it started, and (for a hang) what counts it out once the
   * client has given up; running that more than once does nothing.
   */
  record Exchange(Reply reply, long started, Runnable end) {}

  /** Time from an answer to the next request on the same kept connection. */
  void turnaround(Host host, long nanos) {
    loads[host.index()].turnaroundNanos.add(nanos);
    loads[host.index()].turnarounds.increment();
  }

  private static RequestKind kind(
      PathState s, int nth, boolean head, String[] segments, long arrived, long resendNanos) {
    if (nth == 1) {
      boolean hop = segments.length > 2 && segments[2].startsWith("moved-");
      return hop ? RequestKind.REDIRECT_HOP : RequestKind.FIRST;
    }
    if (!head && s.lastHead && s.lastStatus >= 400 && s.lastStatus != 429 && s.lastStatus != 503) {
      return RequestKind.GET_FALLBACK;
    }
    if (s.lastStatus == -1 && arrived - s.lastEnd < resendNanos) {
      return RequestKind.RESEND;
    }
    return RequestKind.RETRY;
  }

  private Reply reply(Behaviour b, boolean head, int nth, String[] segments) {
    if (b == null || b == Behaviour.REFUSED) {
      unexpected.increment();
      return Reply.status(404, "Not Found");
    }
    return switch (b) {
      case OK -> Reply.status(200, "OK");
      case NOT_FOUND -> Reply.status(404, "Not Found");
      case HEAD_405 -> head ? Reply.status(405, "Method Not Allowed") : Reply.status(200, "OK");
      case TOO_MANY ->
          nth == 1
              ? new Reply(
                  Action.ANSWER,
                  429,
                  "Too Many Requests",
                  "Retry-After",
                  Integer.toString(Behaviour.RETRY_AFTER_SECONDS))
              : Reply.status(200, "OK");
      case FLAKY_503 ->
          nth == 1 ? Reply.status(503, "Service Unavailable") : Reply.status(200, "OK");
      case REDIRECT ->
          new Reply(
              Action.ANSWER, 301, "Moved Permanently", "Location", "/ok/moved-" + segments[2]);
      case RESET -> Reply.RESET;
      case HANG, REFUSED -> throw new AssertionError(b);
    };
  }

  /**
   * Writes every request as TSV, in arrival order: seconds since {@code startNanos}, host, method,
   * path, kind, the set-up hold in ms (its connection was new) and the status (-1 reset, -2 hang,
   * -3 the client gave up before the answer).
   */
  void writeLog(java.nio.file.Path file, long startNanos) throws java.io.IOException {
    StringBuilder sb = new StringBuilder("seconds\thost\tmethod\tpath\tkind\tsetup_ms\tstatus\n");
    log.stream()
        .sorted(java.util.Comparator.comparingLong(Logged::arrived))
        .forEach(
            l ->
                sb.append(
                        String.format(
                            java.util.Locale.ROOT, "%.3f", (l.arrived() - startNanos) / 1e9))
                    .append('\t')
                    .append(l.host().name())
                    .append('\t')
                    .append(l.method())
                    .append('\t')
                    .append(l.path())
                    .append('\t')
                    .append(l.kind().name())
                    .append('\t')
                    .append(l.setup() / 1_000_000)
                    .append('\t')
                    .append(l.status())
                    .append('\n'));
    java.nio.file.Files.writeString(file, sb);
  }

  HostLoad load(int host) {
    return loads[host];
  }

  int hosts() {
    return loads.length;
  }

  /** Requests to paths that are no benchmark URL (a checker bug, or a bad corpus). */
  long unexpected() {
    return unexpected.sum();
  }

  long requests() {
    long n = 0;
    for (HostLoad l : loads) {
      n += l.requests();
    }
    return n;
  }

  long requests(RequestKind kind) {
    long n = 0;
    for (HostLoad l : loads) {
      n += l.requests(kind);
    }
    return n;
  }

  long connections() {
    long n = 0;
    for (HostLoad l : loads) {
      n += l.connections.sum();
    }
    return n;
  }

  /** Answers the client gave up on while they were held (its timeout cut them short). */
  long abandoned() {
    long n = 0;
    for (HostLoad l : loads) {
      n += l.abandoned.sum();
    }
    return n;
  }

  long http2Requests() {
    long n = 0;
    for (HostLoad l : loads) {
      n += l.http2.sum();
    }
    return n;
  }

  /** The most requests ever in flight at once on one host, hanging ones included or not. */
  int maxInFlight(boolean withHangs) {
    int m = 0;
    for (HostLoad l : loads) {
      m = Math.max(m, withHangs ? l.max() : l.maxAnswering());
    }
    return m;
  }
}
