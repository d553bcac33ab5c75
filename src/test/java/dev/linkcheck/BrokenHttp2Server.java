package dev.linkcheck;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.KeyStore;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;

/**
 * A TLS server on 127.0.0.1 (certificate of the test CA, for localhost) that breaks HTTP/2 and
 * serves HTTP/1.1 well: a client that offers {@code h2} in ALPN gets it, and each request stream is
 * answered with {@code RST_STREAM} (PROTOCOL_ERROR); a client that offers only HTTP/1.1 gets {@code
 * 200 ok}, or with {@link #failHttp1()} a broken status line. A hand-written frame writer: no
 * HPACK, the requests' headers are never read. {@link #requests()} lists each request as {@code h2}
 * or {@code http/1.1 METHOD}. Thread-safe.
 */
public final class BrokenHttp2Server implements AutoCloseable {

  private static final byte[] PREFACE =
      "PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
  private static final int HEADERS = 0x1;
  private static final int RST_STREAM = 0x3;
  private static final int SETTINGS = 0x4;
  private static final int GOAWAY = 0x7;
  private static final int PROTOCOL_ERROR = 0x1;

  private final SSLServerSocket listener;
  private final List<String> requests = new CopyOnWriteArrayList<>();
  private final List<List<String>> offers = new CopyOnWriteArrayList<>();
  private final List<Socket> open = new CopyOnWriteArrayList<>();
  private volatile boolean failHttp1;
  private volatile boolean resetHttp1;
  private volatile boolean goAway;

  private BrokenHttp2Server() throws Exception {
    KeyStore keys = KeyStore.getInstance("PKCS12");
    try (InputStream in = getClass().getResourceAsStream("/tls/server.p12")) {
      keys.load(in, GithubLookalike.PASSWORD.toCharArray());
    }
    KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
    kmf.init(keys, GithubLookalike.PASSWORD.toCharArray());
    SSLContext tls = SSLContext.getInstance("TLS");
    tls.init(kmf.getKeyManagers(), null, null);
    listener =
        (SSLServerSocket)
            tls.getServerSocketFactory()
                .createServerSocket(0, 50, InetAddress.getLoopbackAddress());
    Thread.ofPlatform().daemon().name("broken-h2-accept").start(this::accept);
  }

  public static BrokenHttp2Server start() throws Exception {
    return new BrokenHttp2Server();
  }

  /** From now on, HTTP/1.1 requests get a broken answer too. */
  public BrokenHttp2Server failHttp1() {
    failHttp1 = true;
    return this;
  }

  /** From now on, HTTP/1.1 requests get their connection reset: a failure a retry may clear. */
  public BrokenHttp2Server resetHttp1() {
    resetHttp1 = true;
    return this;
  }

  /**
   * From now on, an HTTP/2 request gets a {@code GOAWAY} (PROTOCOL_ERROR, no stream processed)
   * instead of a stream reset.
   */
  public BrokenHttp2Server goAway() {
    goAway = true;
    return this;
  }

  /** {@code https://localhost:PORT/path}. */
  public String url(String path) {
    return "https://localhost:" + listener.getLocalPort() + path;
  }

  /** Each request received, in order: {@code h2} or {@code http/1.1 METHOD}. */
  public List<String> requests() {
    return List.copyOf(requests);
  }

  /**
   * The ALPN protocols each connection's client offered (none listed for a client that offered
   * none).
   */
  public List<List<String>> offers() {
    return List.copyOf(offers);
  }

  private void accept() {
    while (!listener.isClosed()) {
      try {
        SSLSocket socket = (SSLSocket) listener.accept();
        open.add(socket);
        socket.setHandshakeApplicationProtocolSelector(
            (s, offered) -> {
              offers.add(List.copyOf(offered));
              return offered.contains("h2") ? "h2" : "http/1.1";
            });
        Thread.ofVirtual().start(() -> serve(socket));
      } catch (IOException e) {
        return;
      }
    }
  }

  private void serve(SSLSocket socket) {
    try (socket) {
      socket.startHandshake();
      if ("h2".equals(socket.getApplicationProtocol())) {
        http2(new DataInputStream(socket.getInputStream()), socket.getOutputStream());
      } else {
        http1(socket.getInputStream(), socket.getOutputStream());
        if (resetHttp1) {
          socket.setSoLinger(true, 0); // the close now resets the connection
        }
      }
    } catch (IOException e) {
      // The client went away or the server closed: nothing to answer.
    }
  }

  private void http2(DataInputStream in, OutputStream out) throws IOException {
    byte[] preface = new byte[PREFACE.length];
    in.readFully(preface);
    frame(out, SETTINGS, 0, 0, new byte[0]);
    while (true) {
      int length = in.readUnsignedShort() << 8 | in.readUnsignedByte();
      int type = in.readUnsignedByte();
      int flags = in.readUnsignedByte();
      int stream = in.readInt() & 0x7fffffff;
      in.readFully(new byte[length]);
      if (type == SETTINGS && (flags & 0x1) == 0) {
        frame(out, SETTINGS, 0x1, 0, new byte[0]);
      } else if (type == HEADERS) {
        requests.add("h2");
        if (goAway) {
          // The connection stays open until the client closes it: closing at once would race
          // the GOAWAY against a bare end of stream on the client's side.
          frame(out, GOAWAY, 0, 0, new byte[] {0, 0, 0, 0, 0, 0, 0, PROTOCOL_ERROR});
          continue;
        }
        frame(out, RST_STREAM, 0, stream, new byte[] {0, 0, 0, PROTOCOL_ERROR});
      }
    }
  }

  private void http1(InputStream in, OutputStream out) throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    while (!head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
      int b = in.read();
      if (b < 0) {
        throw new EOFException();
      }
      head.write(b);
    }
    String method = head.toString(StandardCharsets.ISO_8859_1).split(" ", 2)[0];
    requests.add("http/1.1 " + method);
    if (resetHttp1) {
      return;
    }
    if (failHttp1) {
      // A broken status line: an answer the client rejects at once, with no re-send of its own.
      out.write("HTTP/1.1 OK\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
      out.flush();
      return;
    }
    String body = method.equals("HEAD") ? "" : "ok";
    out.write(
        ("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 2\r\n"
                + "Connection: close\r\n\r\n"
                + body)
            .getBytes(StandardCharsets.US_ASCII));
    out.flush();
  }

  private static synchronized void frame(
      OutputStream out, int type, int flags, int stream, byte[] payload) throws IOException {
    int n = payload.length;
    out.write(
        new byte[] {
          (byte) (n >>> 16),
          (byte) (n >>> 8),
          (byte) n,
          (byte) type,
          (byte) flags,
          (byte) (stream >>> 24),
          (byte) (stream >>> 16),
          (byte) (stream >>> 8),
          (byte) stream
        });
    out.write(payload);
    out.flush();
  }

  @Override
  public void close() throws IOException {
    listener.close();
    for (Socket socket : open) {
      socket.close();
    }
  }
}
