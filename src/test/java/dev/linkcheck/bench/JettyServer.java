package dev.linkcheck.bench;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import wiremock.jakarta.servlet.AsyncContext;
import wiremock.jakarta.servlet.AsyncEvent;
import wiremock.jakarta.servlet.AsyncListener;
import wiremock.jakarta.servlet.http.HttpServletRequest;
import wiremock.jakarta.servlet.http.HttpServletResponse;
import wiremock.org.eclipse.jetty.alpn.server.ALPNServerConnectionFactory;
import wiremock.org.eclipse.jetty.http2.api.Stream;
import wiremock.org.eclipse.jetty.http2.server.HTTP2ServerConnectionFactory;
import wiremock.org.eclipse.jetty.http2.server.HttpChannelOverHTTP2;
import wiremock.org.eclipse.jetty.io.Connection;
import wiremock.org.eclipse.jetty.io.EndPoint;
import wiremock.org.eclipse.jetty.io.ssl.SslConnection;
import wiremock.org.eclipse.jetty.server.Connector;
import wiremock.org.eclipse.jetty.server.HttpConfiguration;
import wiremock.org.eclipse.jetty.server.HttpConnectionFactory;
import wiremock.org.eclipse.jetty.server.Request;
import wiremock.org.eclipse.jetty.server.Server;
import wiremock.org.eclipse.jetty.server.ServerConnector;
import wiremock.org.eclipse.jetty.server.SslConnectionFactory;
import wiremock.org.eclipse.jetty.server.handler.AbstractHandler;
import wiremock.org.eclipse.jetty.util.ssl.SslContextFactory;
import wiremock.org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The benchmark server where HTTP/2 is offered: Jetty 11 (the copy inside wiremock-standalone, a
 * test dependency already, relocated under {@code wiremock.}), one TLS connector per live host
 * address on one port, ALPN choosing h2 or http/1.1 as the client asks; answers come from the same
 * {@link Responder} as the hand-written server's. A reset is an RST_STREAM on HTTP/2 (the
 * connection's other streams go on, as on a real h2 server) and an abrupt TCP close on HTTP/1.1.
 * Thread-safe; {@link #close} stops it.
 */
final class JettyServer implements BenchServer {

  private static final long HANG_LIMIT_MS = 120_000;

  /**
   * While an HTTP/1.1 request is held, how often to look whether the client closed: short, since
   * the client's next request may follow its close at once and must not find this one counted.
   */
  private static final Duration HANG_POLL = Duration.ofMillis(1);

  /**
   * How often an HTTP/2 hang's stream is looked at: only for the hang's measured length, since each
   * request's arrival sweeps the host's reset ones first; polling each ms cost the server 6 CPU
   * seconds of the bench's two cores.
   */
  private static final Duration H2_HANG_POLL = Duration.ofMillis(25);

  private final Server server;
  private final Responder responder;
  private final int port;

  private JettyServer(Server server, Responder responder, int port) {
    this.server = server;
    this.responder = responder;
    this.port = port;
  }

  static JettyServer start(List<Host> hosts, Network network, Tls tls) throws IOException {
    QueuedThreadPool threads = new QueuedThreadPool(8_192, 8);
    threads.setName("bench-jetty");
    // Handlers sleep through each host's latency: on virtual threads that costs no carrier.
    threads.setVirtualThreadsExecutor(Executors.newVirtualThreadPerTaskExecutor());
    Server server = new Server(threads);
    Responder responder = new Responder(hosts, network);
    Map<Connector, Host> byConnector = new IdentityHashMap<>();
    // Per open connection (client address and port): when its first request came, in nanoTime.
    Map<String, AtomicLong> opened = new ConcurrentHashMap<>();
    int port = 0;
    List<ServerConnector> connectors = new ArrayList<>();
    for (Host host : hosts) {
      if (!host.live()) {
        continue;
      }
      HttpConfiguration config = new HttpConfiguration();
      config.setSendServerVersion(false);
      config.setSendDateHeader(false);
      SslContextFactory.Server ssl = new SslContextFactory.Server();
      ssl.setSslContext(tls.serverContext());
      ssl.setIncludeProtocols("TLSv1.3");
      ALPNServerConnectionFactory alpn = new ALPNServerConnectionFactory("h2", "http/1.1");
      alpn.setDefaultProtocol("http/1.1");
      // No acceptor threads: each connector's one selector accepts, so 2,000 hosts need 2,000
      // threads, not 4,000.
      ServerConnector c =
          new ServerConnector(
              server,
              0,
              1,
              new SslConnectionFactory(ssl, alpn.getProtocol()),
              alpn,
              new HTTP2ServerConnectionFactory(config),
              new HttpConnectionFactory(config));
      c.setHost(host.address());
      c.setAcceptQueueSize(4096);
      c.setIdleTimeout(60_000);
      c.addBean(new Counter(host, responder, opened));
      server.addConnector(c);
      byConnector.put(c, host);
      connectors.add(c);
    }
    server.setHandler(new Handle(byConnector, responder, opened));
    try {
      // The first connector picks a free port; the others bind the same one on their address.
      ServerConnector first = connectors.getFirst();
      first.setPort(0);
      first.open();
      port = first.getLocalPort();
      for (ServerConnector c : connectors) {
        c.setPort(port);
      }
      server.start();
      return new JettyServer(server, responder, port);
    } catch (Exception e) {
      stopQuietly(server);
      throw new IOException("Jetty did not start on port " + port, e);
    }
  }

  /** Counts each TCP connection once (its TLS layer) and keeps its first request's time. */
  private record Counter(Host host, Responder responder, Map<String, AtomicLong> opened)
      implements Connection.Listener {
    @Override
    public void onOpened(Connection connection) {
      if (connection instanceof SslConnection) {
        responder.connectionOpened(host);
        opened.put(key(connection.getEndPoint().getRemoteAddress()), new AtomicLong());
      }
    }

    @Override
    public void onClosed(Connection connection) {
      if (connection instanceof SslConnection) {
        opened.remove(key(connection.getEndPoint().getRemoteAddress()));
      }
    }
  }

  private static String key(InetSocketAddress remote) {
    return remote == null ? "?" : remote.getAddress().getHostAddress() + ":" + remote.getPort();
  }

  /** Every request: the host from its connector, the answer from the responder. */
  private static final class Handle extends AbstractHandler {
    private final Map<Connector, Host> hosts;
    private final Responder responder;
    private final Map<String, AtomicLong> opened;
    // Per host, its HTTP/2 hangs not yet counted out, each with what counts it out.
    private final Map<Host, Map<Stream, Runnable>> openHangs = new ConcurrentHashMap<>();

    Handle(Map<Connector, Host> hosts, Responder responder, Map<String, AtomicLong> opened) {
      this.hosts = hosts;
      this.responder = responder;
      this.opened = opened;
    }

    /**
     * Counts out the host's HTTP/2 hangs whose client has reset them. Run before each request is
     * counted in: a client's RST_STREAM arrives before the HEADERS of the request it sends next on
     * the same connection, so no reset hang is still counted when that request is.
     */
    private static void sweep(Map<Stream, Runnable> open) {
      open.entrySet()
          .removeIf(
              e -> {
                if (e.getKey().isReset() || e.getKey().isClosed()) {
                  e.getValue().run();
                  return true;
                }
                return false;
              });
    }

    @Override
    public void handle(
        String target, Request base, HttpServletRequest request, HttpServletResponse response)
        throws IOException {
      base.setHandled(true);
      Host host = hosts.get(base.getHttpChannel().getConnector());
      boolean h2 = request.getProtocol().startsWith("HTTP/2");
      String remote = request.getRemoteAddr() + ":" + request.getRemotePort();
      AtomicLong since = opened.computeIfAbsent(remote, k -> new AtomicLong());
      Map<Stream, Runnable> hangs = openHangs.computeIfAbsent(host, k -> new ConcurrentHashMap<>());
      if (h2) {
        sweep(hangs);
      }
      Responder.Exchange exchange;
      try {
        exchange =
            responder.take(
                host,
                request.getMethod(),
                request.getRequestURI(),
                since,
                h2,
                Responder.Hold.SLEEP);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
      Responder.Reply reply = exchange.reply();
      switch (reply.action()) {
        case HANG -> hang(base, request, exchange.end(), h2, hangs);
        case RESET -> reset(base, h2);
        case GONE -> base.getHttpChannel().abort(new IOException("client gone"));
        case ANSWER -> {
          response.setStatus(reply.status());
          response.setContentType("text/html");
          response.setContentLength(Responder.BODY.length);
          if (reply.headerName() != null) {
            response.setHeader(reply.headerName(), reply.headerValue());
          }
          if (request.getMethod().equals("GET")) {
            response.getOutputStream().write(Responder.BODY);
          }
        }
      }
    }

    /**
     * Holds the request unanswered until the client gives up: on HTTP/2 it resets the stream, which
     * Jetty does not report to an async request that writes nothing, so the stream joins {@code
     * open} (swept as the host's next request arrives) and a virtual thread looks at its state now
     * and then; on HTTP/1.1 it closes the connection, which Jetty does not read while a request is
     * pending, so a virtual thread watches the socket.
     */
    private static void hang(
        Request base,
        HttpServletRequest request,
        Runnable end,
        boolean h2,
        Map<Stream, Runnable> open) {
      // Set once Jetty has ended the request itself, so the watcher below stops.
      AtomicBoolean ended = new AtomicBoolean();
      AsyncContext async = request.startAsync();
      async.setTimeout(HANG_LIMIT_MS);
      async.addListener(
          new AsyncListener() {
            @Override
            public void onComplete(AsyncEvent event) {
              ended.set(true);
              end.run();
            }

            @Override
            public void onTimeout(AsyncEvent event) {
              end.run();
              event.getAsyncContext().complete();
            }

            @Override
            public void onError(AsyncEvent event) {
              ended.set(true);
              end.run();
            }

            @Override
            public void onStartAsync(AsyncEvent event) {}
          });
      if (h2 && base.getHttpChannel() instanceof HttpChannelOverHTTP2 channel) {
        Stream stream = channel.getHttpTransport().getStream();
        open.put(stream, end);
        Thread.ofVirtual()
            .start(
                () -> {
                  try {
                    while (!ended.get() && !stream.isReset() && !stream.isClosed()) {
                      Thread.sleep(H2_HANG_POLL);
                    }
                  } catch (InterruptedException e) {
                    // the server is closing
                  } finally {
                    open.remove(stream);
                    end.run();
                  }
                });
      }
      if (!h2) {
        EndPoint endPoint = base.getHttpChannel().getEndPoint();
        SocketChannel channel = channel(endPoint);
        Thread.ofVirtual()
            .start(
                () -> {
                  ByteBuffer sink = ByteBuffer.allocate(4096);
                  try {
                    while (!ended.get() && endPoint.isOpen() && channel != null) {
                      sink.clear();
                      // The connection is doomed (this request is never answered and HTTP/1.1
                      // sends nothing else on it), so reading its bytes from under Jetty is safe.
                      if (channel.read(sink) < 0) {
                        break;
                      }
                      Thread.sleep(HANG_POLL);
                    }
                  } catch (IOException | InterruptedException e) {
                    // closed under us: the client is gone
                  } finally {
                    end.run();
                    endPoint.close();
                  }
                });
      }
    }

    /**
     * On HTTP/1.1, holds by sleeping in short slices and reading the raw socket between them: a
     * client waiting for its answer sends nothing, so the read finds nothing (and takes nothing
     * from Jetty) until the client gives up and closes. On HTTP/2 a plain sleep: a client's
     * cancelled stream stays counted until its hold ends.
     */
    private static Responder.Hold hold(Request base, boolean h2) {
      SocketChannel channel = h2 ? null : channel(base.getHttpChannel().getEndPoint());
      if (channel == null) {
        return Responder.Hold.SLEEP;
      }
      return nanos -> {
        long deadline = System.nanoTime() + nanos;
        ByteBuffer probe = ByteBuffer.allocate(1);
        for (long left = nanos; left > 0; left = deadline - System.nanoTime()) {
          Thread.sleep(Duration.ofNanos(Math.min(left, HANG_POLL.toNanos())));
          try {
            probe.clear();
            if (channel.read(probe) < 0) {
              return false;
            }
          } catch (IOException e) {
            return false;
          }
        }
        return true;
      };
    }

    /** RST_STREAM on HTTP/2; on HTTP/1.1 an RST of the TCP connection, as the plain server does. */
    private static void reset(Request base, boolean h2) throws IOException {
      EndPoint endPoint = base.getHttpChannel().getEndPoint();
      if (!h2) {
        SocketChannel channel = channel(endPoint);
        if (channel != null) {
          channel.setOption(StandardSocketOptions.SO_LINGER, 0);
          channel.close();
        }
      }
      base.getHttpChannel().abort(new IOException("benchmark reset"));
    }
  }

  private static SocketChannel channel(EndPoint endPoint) {
    Object t = endPoint;
    for (int i = 0; i < 4 && t instanceof EndPoint e; i++) {
      t =
          e instanceof SslConnection.DecryptedEndPoint d
              ? d.getSslConnection().getEndPoint()
              : e.getTransport();
    }
    return t instanceof SocketChannel s ? s : null;
  }

  private static void stopQuietly(Server server) {
    try {
      server.stop();
    } catch (Exception e) {
      // stopping anyway
    }
  }

  @Override
  public int port() {
    return port;
  }

  @Override
  public Responder responder() {
    return responder;
  }

  @Override
  public void close() {
    stopQuietly(server);
  }
}
