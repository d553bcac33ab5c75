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
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;

/**
 * A minimal HTTP/1.1 server, plain or over TLS 1.3, with one listening socket per live host address
 * (all on one port), every connection on its own virtual thread, so a host's latency is a wait that
 * holds no carrier thread. What it answers is decided by a {@link Responder}, which also counts.
 * Thread-safe; {@link #close} stops everything.
 */
final class LoopbackServer implements BenchServer {

  private static final byte[] BODY = Responder.BODY;

  /** The longest a hanging request is held if the client never gives up. */
  private static final int HANG_LIMIT_MS = 120_000;

  private final List<ServerSocket> listeners;
  private final Set<Socket> connections = ConcurrentHashMap.newKeySet();
  private final Responder responder;
  private final SSLSocketFactory tls;
  private final int port;

  private LoopbackServer(List<ServerSocket> listeners, Responder responder, SSLSocketFactory tls) {
    this.listeners = listeners;
    this.tls = tls;
    this.port = listeners.getFirst().getLocalPort();
    this.responder = responder;
  }

  /** Plain HTTP/1.1 on bare loopback: a connection costs nothing. */
  static LoopbackServer start(List<Host> hosts) throws IOException {
    return start(hosts, Network.LOOPBACK, null);
  }

  /**
   * Binds every live host on one free port (retrying with another port on a clash) and serves; over
   * TLS 1.3 with {@code tls}'s key when it is not null (HTTP/1.1 only: no ALPN).
   */
  static LoopbackServer start(List<Host> hosts, Network network, Tls tls) throws IOException {
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
        LoopbackServer server =
            new LoopbackServer(
                bound,
                new Responder(hosts, network),
                tls == null ? null : tls.serverContext().getSocketFactory());
        int i = 0;
        for (Host host : hosts) {
          if (host.live()) {
            ServerSocket s = bound.get(i++);
            Thread.ofVirtual().name("accept-" + host.name()).start(() -> server.accept(s, host));
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
        responder.connectionOpened(host);
        Thread.ofVirtual().start(() -> serve(s, host, new AtomicLong()));
      } catch (IOException e) {
        return; // closed
      }
    }
  }

  /**
   * Serves one connection; over TLS the handshake runs here, on the connection's own thread, on a
   * socket layered over the accepted one, so that a reset can close the TCP connection abruptly
   * (RST) without the TLS close_notify a TLS socket's close would send first.
   */
  private void serve(Socket raw, Host host, AtomicLong opened) {
    try (raw;
        Socket socket = tls == null ? raw : serverSide(raw)) {
      InputStream in = new BufferedInputStream(socket.getInputStream());
      OutputStream out = new BufferedOutputStream(socket.getOutputStream());
      String requestLine;
      long lastAnswer = 0;
      while ((requestLine = readHead(in)) != null) {
        if (lastAnswer != 0) {
          responder.turnaround(host, System.nanoTime() - lastAnswer);
        }
        if (!answer(requestLine, host, opened, raw, in, out)) {
          return;
        }
        lastAnswer = System.nanoTime();
      }
    } catch (IOException | InterruptedException e) {
      // the client went away, or the server is closing
    } finally {
      connections.remove(raw);
    }
  }

  private Socket serverSide(Socket raw) throws IOException {
    SSLSocket ssl = (SSLSocket) tls.createSocket(raw, null, false);
    ssl.setUseClientMode(false);
    ssl.setEnabledProtocols(new String[] {"TLSv1.3"});
    return ssl;
  }

  /** Answers one request; false when the connection is to end. */
  private boolean answer(
      String requestLine,
      Host host,
      AtomicLong opened,
      Socket raw,
      InputStream in,
      OutputStream out)
      throws IOException, InterruptedException {
    String[] parts = requestLine.split(" ");
    String method = parts[0];
    String path = parts.length > 1 ? parts[1] : "/";
    Responder.Exchange exchange =
        responder.take(host, method, path, opened, false, nanos -> held(raw, in, nanos));
    Responder.Reply reply = exchange.reply();
    switch (reply.action()) {
      case HANG -> {
        // Never answer; hold the request until the client gives up and closes.
        try {
          raw.setSoTimeout(HANG_LIMIT_MS);
          while (in.read() >= 0) {
            // discard
          }
          return false;
        } finally {
          exchange.end().run();
        }
      }
      case GONE -> {
        return false;
      }
      case RESET -> {
        raw.setSoLinger(true, 0);
        raw.close();
        return false;
      }
      case ANSWER -> {
        String extra =
            reply.headerName() == null
                ? ""
                : reply.headerName() + ": " + reply.headerValue() + "\r\n";
        return write(out, method.equals("GET"), reply.status(), reply.reason(), extra);
      }
    }
    throw new AssertionError(reply);
  }

  /**
   * Holds a request by reading its connection with a timeout instead of sleeping, so that a client
   * that gives up (closes) is seen at once; false then. An HTTP/1.1 client sends nothing while it
   * waits for an answer (the JDK's does not pipeline), so nothing is lost by the read.
   */
  private static boolean held(Socket raw, InputStream in, long nanos) throws InterruptedException {
    long deadline = System.nanoTime() + nanos;
    try {
      for (long left = nanos; left > 0; left = deadline - System.nanoTime()) {
        raw.setSoTimeout((int) Math.max(1, left / 1_000_000));
        try {
          if (in.read() < 0) {
            return false;
          }
        } catch (SocketTimeoutException e) {
          // the hold's time is up, or nearly: loop to sleep off the last fraction of a ms
        }
      }
      raw.setSoTimeout(0);
      return true;
    } catch (IOException e) {
      return false; // reset by the client
    }
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

  @Override
  public int port() {
    return port;
  }

  @Override
  public Responder responder() {
    return responder;
  }

  /** Connections accepted: requests over connections is the keep-alive reuse. */
  long connections() {
    return responder.connections();
  }

  long requests() {
    return responder.requests();
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
