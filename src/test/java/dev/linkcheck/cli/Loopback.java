package dev.linkcheck.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A WireMock server on 127.0.0.1 at a free port, for CLI tests. Register it as an extension
 * ({@code @RegisterExtension}) to have it stopped after each test.
 */
final class Loopback implements AutoCloseable, AfterEachCallback {

  final WireMockServer server;

  Loopback() {
    server = new WireMockServer(wireMockConfig().bindAddress("127.0.0.1").dynamicPort());
    server.start();
  }

  /** Answers every request for {@code path} with {@code status} and no body. */
  Loopback status(String path, int status) {
    return stub(any(urlPathEqualTo(path)).willReturn(aResponse().withStatus(status)));
  }

  Loopback stub(MappingBuilder mapping) {
    server.stubFor(mapping);
    return this;
  }

  String url(String path) {
    return "http://127.0.0.1:" + server.port() + path;
  }

  /** Requests received since the start or the last {@link #forget}. */
  int requests() {
    return server.getAllServeEvents().size();
  }

  void forget() {
    server.resetRequests();
  }

  /** A Markdown document with one link per path, one a line. */
  String markdownLinks(String... paths) {
    StringBuilder md = new StringBuilder();
    for (String p : paths) {
      md.append("[x](").append(url(p)).append(")\n");
    }
    return md.toString();
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
