package dev.linkcheck;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A WireMock server on 127.0.0.1 that passes for github.com, api.github.com and
 * raw.githubusercontent.com: the test hosts file sends those names to 127.0.0.1 and its HTTPS
 * certificate, for those names, is signed by the test CA in {@code tls/truststore.p12}. Not
 * thread-safe; stopped after each test when registered as an extension.
 */
public final class GithubLookalike implements AutoCloseable, AfterEachCallback {

  public static final String PASSWORD = "changeit";

  private final WireMockServer server;

  private GithubLookalike() {
    server =
        new WireMockServer(
            wireMockConfig()
                .bindAddress("127.0.0.1")
                .dynamicPort()
                .dynamicHttpsPort()
                .keystorePath(resource("server.p12").toString())
                .keystoreType("PKCS12")
                .keystorePassword(PASSWORD)
                .keyManagerPassword(PASSWORD));
    server.start();
  }

  public static GithubLookalike start() {
    return new GithubLookalike();
  }

  public WireMockServer server() {
    return server;
  }

  /** {@code https://HOST:PORT} of the look-alike for one of GitHub's host names. */
  public String https(String host) {
    return "https://" + host + ":" + server.httpsPort();
  }

  /** Answers {@code path}, whichever of GitHub's hosts is asked, with {@code body}. */
  public void serve(String path, int status, String contentType, String body) {
    server.stubFor(
        any(urlEqualTo(path))
            .willReturn(
                aResponse()
                    .withStatus(status)
                    .withHeader("Content-Type", contentType)
                    .withBody(body)));
  }

  /** The JVM options that make a linkcheck process trust the test CA, as a user would. */
  public static List<String> trustingJvmOptions() {
    return List.of(
        "-Djavax.net.ssl.trustStore=" + trustStore(),
        "-Djavax.net.ssl.trustStorePassword=" + PASSWORD,
        "-Djavax.net.ssl.trustStoreType=PKCS12");
  }

  /** The test CA, for a process's {@code -Djavax.net.ssl.trustStore}. */
  public static Path trustStore() {
    return resource("truststore.p12");
  }

  /** A TLS context that trusts the test CA alone. */
  public static SSLContext trustingContext() throws Exception {
    KeyStore store = KeyStore.getInstance("PKCS12");
    try (InputStream in = GithubLookalike.class.getResourceAsStream("/tls/truststore.p12")) {
      store.load(in, PASSWORD.toCharArray());
    }
    TrustManagerFactory tmf =
        TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    tmf.init(store);
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(null, tmf.getTrustManagers(), null);
    return context;
  }

  /**
   * A client as {@code Checker} builds one (no redirects followed, a connect timeout) that trusts
   * the test CA; close it after the test.
   */
  public static java.net.http.HttpClient trustingClient() throws Exception {
    return java.net.http.HttpClient.newBuilder()
        .sslContext(trustingContext())
        .followRedirects(java.net.http.HttpClient.Redirect.NEVER)
        .connectTimeout(java.time.Duration.ofSeconds(5))
        .build();
  }

  private static Path resource(String name) {
    try {
      return Path.of(GithubLookalike.class.getResource("/tls/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    server.stop();
  }

  @Override
  public void afterEach(ExtensionContext context) {
    close();
  }
}
