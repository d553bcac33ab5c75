package dev.linkcheck;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A WireMock server on 127.0.0.1 at a free port, with the helpers HTTP tests share. Close it in
 * {@code @AfterEach}, or register it with {@code @RegisterExtension} to have it stopped after each
 * test. Not thread-safe.
 */
public final class Loopback implements AutoCloseable, AfterEachCallback {

  private final WireMockServer server;

  private Loopback(String address) {
    server = new WireMockServer(wireMockConfig().bindAddress(address).dynamicPort());
    server.start();
  }

  public static Loopback start() {
    return new Loopback("127.0.0.1");
  }

  /**
   * A server on another loopback address, e.g. 127.0.0.2 for host-b.test: a second host with its
   * own connections and limits.
   */
  public static Loopback at(String address) {
    return new Loopback(address);
  }

  public WireMockServer server() {
    return server;
  }

  /** Answers every request for {@code path} with {@code status} and no body. */
  public Loopback status(String path, int status) {
    return stub(any(urlPathEqualTo(path)).willReturn(aResponse().withStatus(status)));
  }

  /** Answers every request for {@code path} with a 302 to {@code location}. */
  public Loopback redirect(String path, String location) {
    return stub(
        any(urlPathEqualTo(path))
            .willReturn(aResponse().withStatus(302).withHeader("Location", location)));
  }

  /**
   * Answers every request whose path matches {@code pathRegex} with 200 and a used-up quota, {@code
   * X-RateLimit-Remaining: 0} and {@code X-RateLimit-Reset: reset} (GitHub's fields).
   */
  public Loopback quotaUsedUp(String pathRegex, String reset) {
    return stub(
        any(urlPathMatching(pathRegex))
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("X-RateLimit-Remaining", "0")
                    .withHeader("X-RateLimit-Reset", reset)));
  }

  public Loopback stub(MappingBuilder mapping) {
    server.stubFor(mapping);
    return this;
  }

  public String url(String path) {
    return url("127.0.0.1", path);
  }

  /** The URL of {@code path} on {@code host} (a name src/test/hosts maps to 127.0.0.1). */
  public String url(String host, String path) {
    return "http://" + host + ":" + server.port() + path;
  }

  /** Requests received since the start or the last {@link #forget}. */
  public int requests() {
    return server.getAllServeEvents().size();
  }

  public void forget() {
    server.resetRequests();
  }

  /** The methods of the requests made for {@code path} (path and query), in order. */
  public List<String> methods(String path) {
    return server.findAll(anyRequestedFor(urlEqualTo(path))).stream()
        .map(r -> r.getMethod().getName())
        .toList();
  }

  /** A Markdown document with one link per path, one a line. */
  public String markdownLinks(String... paths) {
    StringBuilder md = new StringBuilder();
    for (String p : paths) {
      md.append("[x](").append(url(p)).append(")\n");
    }
    return md.toString();
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
  public void afterEach(ExtensionContext context) {
    close();
  }

  @Override
  public void close() {
    server.stop();
  }
}
