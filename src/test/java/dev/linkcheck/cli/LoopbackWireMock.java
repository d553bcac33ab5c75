package dev.linkcheck.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;

/** A WireMock server on 127.0.0.1 answering {@code /ok} with 200, for command-line tests. */
final class LoopbackWireMock implements AutoCloseable {

  final WireMockServer server;

  LoopbackWireMock() {
    server = new WireMockServer(wireMockConfig().bindAddress("127.0.0.1").dynamicPort());
    server.start();
    server.stubFor(any(urlPathEqualTo("/ok")).willReturn(aResponse().withStatus(200)));
  }

  /** The URL of {@code path} on {@code host} (a name src/test/hosts maps to 127.0.0.1). */
  String url(String host, String path) {
    return "http://" + host + ":" + server.port() + path;
  }

  String url(String path) {
    return url("127.0.0.1", path);
  }

  @Override
  public void close() {
    server.stop();
  }
}
