package dev.linkcheck.check;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A raw TCP server on 127.0.0.1 that misbehaves on purpose: each accepted connection is handed to a
 * {@link Behaviour}. It counts the connections still open, so a test can prove the client closed
 * every one of them. Thread-safe; stops when closed.
 */
final class FaultServer implements AutoCloseable {

  /** What the server does with one connection; returning (or throwing) closes it. */
  interface Behaviour {
    void serve(Socket socket) throws IOException, InterruptedException;
  }

  private final ServerSocket server;
  private final AtomicInteger accepted = new AtomicInteger();
  private final AtomicInteger open = new AtomicInteger();

  FaultServer(Behaviour behaviour) throws IOException {
    server = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"));
    Thread.ofVirtual()
        .start(
            () -> {
              while (!server.isClosed()) {
                Socket s;
                try {
                  s = server.accept();
                } catch (IOException e) {
                  return;
                }
                accepted.incrementAndGet();
                open.incrementAndGet();
                Thread.ofVirtual().start(() -> run(behaviour, s));
              }
            });
  }

  private void run(Behaviour behaviour, Socket s) {
    try (s) {
      behaviour.serve(s);
    } catch (IOException | InterruptedException e) {
      // the client went away: that is what most tests wait for
    } finally {
      open.decrementAndGet();
    }
  }

  int port() {
    return server.getLocalPort();
  }

  String url(String scheme, String path) {
    return scheme + "://127.0.0.1:" + port() + path;
  }

  int accepted() {
    return accepted.get();
  }

  /** True once every accepted connection is closed, waiting at most {@code limit}. */
  boolean allClosedWithin(Duration limit) throws InterruptedException {
    long deadline = System.nanoTime() + limit.toNanos();
    while (open.get() > 0) {
      if (System.nanoTime() - deadline > 0) {
        return false;
      }
      Thread.sleep(20);
    }
    return true;
  }

  @Override
  public void close() throws IOException {
    server.close();
  }

  // Behaviours --------------------------------------------------------------------------------

  /** Reads one request head (up to the blank line); returns its first line, null at EOF. */
  static String readHead(Socket s) throws IOException {
    InputStream in = s.getInputStream();
    StringBuilder head = new StringBuilder();
    int c;
    while ((c = in.read()) >= 0) {
      head.append((char) c);
      if (head.length() >= 4 && head.lastIndexOf("\r\n\r\n") == head.length() - 4) {
        return head.substring(0, head.indexOf("\r\n"));
      }
    }
    return null;
  }

  /** Reads until the client closes: a server that accepts and never speaks. */
  static void drain(Socket s) throws IOException {
    InputStream in = s.getInputStream();
    byte[] buffer = new byte[4096];
    while (in.read(buffer) >= 0) {
      // keep the connection open and silent
    }
  }

  static void write(Socket s, String text) throws IOException {
    s.getOutputStream().write(text.getBytes(StandardCharsets.ISO_8859_1));
    s.getOutputStream().flush();
  }

  /** Reads the request head, writes {@code raw} and closes the connection. */
  static Behaviour replying(String raw) {
    return s -> {
      readHead(s);
      write(s, raw);
    };
  }

  /** Writes {@code raw} (headers and the start of a body), then resets the connection. */
  static Behaviour thenReset(String raw) {
    return s -> {
      write(s, raw);
      Thread.sleep(50);
      s.setSoLinger(true, 0); // close() now sends RST
    };
  }

  /** Answers every request on the connection with {@code response}, keeping it alive. */
  static Behaviour answering(String response) {
    return s -> {
      while (readHead(s) != null) {
        write(s, response);
      }
    };
  }

  /** Answers HEAD with 405 (so the checker falls back to GET), GET with {@code onGet}. */
  static Behaviour onGet(Behaviour onGet) {
    return s -> {
      String line;
      while ((line = readHead(s)) != null) {
        if (line.startsWith("HEAD ")) {
          write(s, "HTTP/1.1 405 Method Not Allowed\r\nContent-Length: 0\r\n\r\n");
        } else {
          onGet.serve(s);
          return;
        }
      }
    };
  }

  /** Sends 200 headers without a length, then repeats {@code piece} until the client goes away. */
  static Behaviour endlessBody(String contentType, Behaviour piece) {
    return s -> {
      write(s, "HTTP/1.1 200 OK\r\nContent-Type: " + contentType + "\r\n\r\n");
      while (true) {
        piece.serve(s);
      }
    };
  }

  /** Writes {@code text} one byte every {@code pause}, until the client goes away. */
  static void trickle(Socket s, String text, Duration pause)
      throws IOException, InterruptedException {
    for (byte b : text.getBytes(StandardCharsets.ISO_8859_1)) {
      s.getOutputStream().write(b);
      s.getOutputStream().flush();
      Thread.sleep(pause);
    }
  }
}
