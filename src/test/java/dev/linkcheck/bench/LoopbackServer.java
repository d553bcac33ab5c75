package dev.linkcheck.bench;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * A minimal HTTP/1.1 server with one listening socket per live host address (all on one port),
 * every connection on its own virtual thread, so a host's latency is a sleep that holds no carrier
 * thread. What it answers is chosen by the first path segment ({@link Behaviour}); it counts
 * requests and the requests in flight per host. Thread-safe; {@link #close} stops everything.
 */
final class LoopbackServer implements AutoCloseable {

  private static final byte[] BODY =
      "<html><body>benchmark page</body></html>\n".repeat(24).getBytes(StandardCharsets.US_ASCII);

  /** The longest a hanging request is held if the client never gives up. */
  private static final int HANG_LIMIT_MS = 120_000;

  /** Requests in flight at one host: now and at most. */
  static final class HostLoad {
    private final AtomicInteger now = new AtomicInteger();
    private final AtomicInteger max = new AtomicInteger();
    private final AtomicInteger answering = new AtomicInteger();
    private final AtomicInteger maxAnswering = new AtomicInteger();
    private final LongAdder busyNanos = new LongAdder();
    private final LongAdder overshootNanos = new LongAdder();
    private final LongAdder turnaroundNanos = new LongAdder();
    private final LongAdder turnarounds = new LongAdder();
    private final LongAdder answers = new LongAdder();
    private final AtomicLong first = new AtomicLong(Long.MAX_VALUE);
    private final AtomicLong last = new AtomicLong(Long.MIN_VALUE);

    /**
     * Returns the start time, to be passed to {@link #leave}. Requests that hang are counted apart
     * too: their end is the client closing the connection, which may lag its timeout.
     */
    long enter(boolean hang) {
      max.accumulateAndGet(now.incrementAndGet(), Math::max);
      if (!hang) {
        maxAnswering.accumulateAndGet(answering.incrementAndGet(), Math::max);
      }
      long t = System.nanoTime();
      first.accumulateAndGet(t, Math::min);
      return t;
    }

    void leave(long started, boolean hang) {
      now.decrementAndGet();
      if (!hang) {
        answering.decrementAndGet();
      }
      long t = System.nanoTime();
      busyNanos.add(t - started);
      last.accumulateAndGet(t, Math::max);
    }

    /**
     * Mean time the latency sleep overran, and mean time from an answer to the next request on its
     * connection, in ms.
     */
    String timing() {
      long n = Math.max(1, answers.sum());
      long t = Math.max(1, turnarounds.sum());
      return String.format(
          java.util.Locale.ROOT,
          "sleep overrun %.1f ms, answer-to-next-request on a kept connection %.1f ms (mean of %d)",
          overshootNanos.sum() / 1e6 / n,
          turnaroundNanos.sum() / 1e6 / t,
          turnarounds.sum());
    }

    /** Total time requests were in flight here (the sum over requests). */
    long busyNanos() {
      return busyNanos.sum();
    }

    /** When the first request arrived and the last ended (nanoTime), if any came. */
    long firstNanos() {
      return first.get();
    }

    long lastNanos() {
      return last.get();
    }

    int max() {
      return max.get();
    }

    /** The most requests in flight at once, hanging ones left out. */
    int maxAnswering() {
      return maxAnswering.get();
    }
  }

  private final List<ServerSocket> listeners;
  private final Set<Socket> connections = ConcurrentHashMap.newKeySet();
  private final Map<String, AtomicInteger> seen = new ConcurrentHashMap<>();
  private final HostLoad[] loads;
  private final LongAdder requests = new LongAdder();
  private final LongAdder unexpected = new LongAdder();
  private final LongAdder accepted = new LongAdder();
  final int port;

  private LoopbackServer(List<ServerSocket> listeners, int hosts) {
    this.listeners = listeners;
    this.port = listeners.getFirst().getLocalPort();
    this.loads = new HostLoad[hosts];
    for (int i = 0; i < hosts; i++) {
      loads[i] = new HostLoad();
    }
  }

  /** Binds every live host on one free port (retrying with another port on a clash) and serves. */
  static LoopbackServer start(List<Host> hosts) throws IOException {
    IOException last = null;
    for (int attempt = 0; attempt < 20; attempt++) {
      List<ServerSocket> bound = new ArrayList<>();
      try {
        int port = 0;
        for (Host host : hosts) {
          if (host.live()) {
            ServerSocket s = new ServerSocket();
            bound.add(s);
            s.bind(new InetSocketAddress(InetAddress.getByName(host.address()), port), 4096);
            port = s.getLocalPort();
          }
        }
        LoopbackServer server = new LoopbackServer(bound, hosts.size());
        int i = 0;
        for (Host host : hosts) {
          if (host.live()) {
            ServerSocket s = bound.get(i++);
            Thread.ofVirtual().name("accept-" + host.address()).start(() -> server.accept(s, host));
          }
        }
        return server;
      } catch (BindException e) {
        last = e;
        for (ServerSocket s : bound) {
          s.close();
        }
      }
    }
    throw last;
  }

  private void accept(ServerSocket listener, Host host) {
    while (!listener.isClosed()) {
      try {
        Socket s = listener.accept();
        connections.add(s);
        accepted.increment();
        Thread.ofVirtual().start(() -> serve(s, host));
      } catch (IOException e) {
        return; // closed
      }
    }
  }

  private void serve(Socket socket, Host host) {
    try (socket) {
      InputStream in = new BufferedInputStream(socket.getInputStream());
      OutputStream out = new BufferedOutputStream(socket.getOutputStream());
      String requestLine;
      long lastAnswer = 0;
      while ((requestLine = readHead(in)) != null) {
        requests.increment();
        if (lastAnswer != 0) {
          loads[host.index()].turnaroundNanos.add(System.nanoTime() - lastAnswer);
          loads[host.index()].turnarounds.increment();
        }
        if (!answer(requestLine, host, socket, in, out)) {
          return;
        }
        lastAnswer = System.nanoTime();
      }
    } catch (IOException | InterruptedException e) {
      // the client went away, or the server is closing
    } finally {
      connections.remove(socket);
    }
  }

  /**
   * Answers one request; false when the connection is to end. A request counts as in flight from
   * its head until its answer starts (or its connection ends), so the count never includes the
   * moment the client may already be sending its next request.
   */
  private boolean answer(
      String requestLine, Host host, Socket socket, InputStream in, OutputStream out)
      throws IOException, InterruptedException {
    String[] parts = requestLine.split(" ");
    String method = parts[0];
    String path = parts.length > 1 ? parts[1] : "/";
    String[] segments = path.split("/");
    Behaviour b = segments.length > 2 ? Behaviour.ofSegment(segments[1]) : null;
    boolean hang = b == Behaviour.HANG;
    HostLoad load = loads[host.index()];
    long started = load.enter(hang);
    if (b == Behaviour.HANG) {
      // Never answer; hold the request until the client gives up and closes.
      try {
        socket.setSoTimeout(HANG_LIMIT_MS);
        while (in.read() >= 0) {
          // discard
        }
        return false;
      } finally {
        load.leave(started, hang);
      }
    }
    try {
      Thread.sleep(host.latency());
      load.overshootNanos.add(System.nanoTime() - started - host.latency().toNanos());
      load.answers.increment();
    } finally {
      load.leave(started, hang);
    }
    int nth = seen.computeIfAbsent(path, k -> new AtomicInteger()).incrementAndGet();
    boolean get = method.equals("GET");
    if (b == null || b == Behaviour.REFUSED) {
      unexpected.increment();
      return write(out, get, 404, "Not Found", "");
    }
    return switch (b) {
      case OK -> write(out, get, 200, "OK", "");
      case NOT_FOUND -> write(out, get, 404, "Not Found", "");
      case HEAD_405 ->
          get ? write(out, true, 200, "OK", "") : write(out, false, 405, "Method Not Allowed", "");
      case TOO_MANY ->
          nth == 1
              ? write(
                  out,
                  get,
                  429,
                  "Too Many Requests",
                  "Retry-After: " + Behaviour.RETRY_AFTER_SECONDS + "\r\n")
              : write(out, get, 200, "OK", "");
      case FLAKY_503 ->
          nth == 1
              ? write(out, get, 503, "Service Unavailable", "")
              : write(out, get, 200, "OK", "");
      case REDIRECT ->
          write(out, get, 301, "Moved Permanently", "Location: /ok/moved-" + segments[2] + "\r\n");
      case RESET -> {
        socket.setSoLinger(true, 0);
        socket.close();
        yield false;
      }
      case HANG, REFUSED -> throw new AssertionError(b);
    };
  }

  private static boolean write(
      OutputStream out, boolean body, int code, String reason, String headers) throws IOException {
    String head =
        "HTTP/1.1 "
            + code
            + " "
            + reason
            + "\r\nContent-Type: text/html\r\nContent-Length: "
            + BODY.length
            + "\r\n"
            + headers
            + "\r\n";
    out.write(head.getBytes(StandardCharsets.US_ASCII));
    if (body) {
      out.write(BODY);
    }
    out.flush();
    return true;
  }

  /** Reads a request head; returns its first line, or null at the end of the stream. */
  private static String readHead(InputStream in) throws IOException {
    StringBuilder first = new StringBuilder();
    boolean inFirst = true;
    int matched = 0; // of "\r\n\r\n"
    int total = 0;
    int c;
    while ((c = in.read()) >= 0) {
      if (++total > 65_536) {
        throw new IOException("request head too long");
      }
      if (inFirst) {
        if (c == '\r' || c == '\n') {
          inFirst = false;
        } else {
          first.append((char) c);
        }
      }
      matched =
          switch (matched) {
            case 0, 2 -> c == '\r' ? matched + 1 : 0;
            case 1 -> c == '\n' ? 2 : (c == '\r' ? 1 : 0);
            case 3 -> c == '\n' ? 4 : (c == '\r' ? 1 : 0);
            default -> 0;
          };
      if (matched == 4) {
        return first.toString();
      }
    }
    return null;
  }

  /** Connections accepted: requests over connections is the keep-alive reuse. */
  long connections() {
    return accepted.sum();
  }

  long requests() {
    return requests.sum();
  }

  /** Requests to paths that are no benchmark URL (a checker bug, or a bad corpus). */
  long unexpected() {
    return unexpected.sum();
  }

  /** The most requests ever in flight at once on one host. */
  int maxInFlight(int host) {
    return loads[host].max();
  }

  HostLoad load(int host) {
    return loads[host];
  }

  @Override
  public void close() {
    for (ServerSocket s : listeners) {
      try {
        s.close();
      } catch (IOException e) {
        // closing anyway
      }
    }
    for (Socket s : connections) {
      try {
        s.close();
      } catch (IOException e) {
        // closing anyway
      }
    }
  }
}
