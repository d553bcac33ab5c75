package dev.linkcheck;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A WireMock server on 127.0.0.1 for one test, with the helpers HTTP tests share. Not thread-safe;
 * close it in {@code @AfterEach}.
 */
public final class Loopback implements AutoCloseable {

  private final WireMockServer server;

  private Loopback() {
    server = new WireMockServer(wireMockConfig().bindAddress("127.0.0.1").dynamicPort());
    server.start();
  }

  public static Loopback start() {
    return new Loopback();
  }

  public WireMockServer server() {
    return server;
  }

  public String url(String path) {
    return "http://127.0.0.1:" + server.port() + path;
  }

  /** The methods of the requests made for {@code path} (path and query), in order. */
  public List<String> methods(String path) {
    return server.findAll(anyRequestedFor(urlEqualTo(path))).stream()
        .map(r -> r.getMethod().getName())
        .toList();
  }

  /** Writes {@code content} to {@code dir/name}, creating folders. */
  public static void write(Path dir, String name, String content) {
    Path file = dir.resolve(name);
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, content);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    server.stop();
  }
}
