package dev.linkcheck.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/**
 * A throw-away certificate authority and a server certificate for {@code *.bench.test} signed by
 * it, made at run time with the JDK's own keytool (so no key ever lives in the repository and no
 * library is needed), plus the trust store that holds only that CA: linkcheck trusts it through the
 * JVM's standard {@code javax.net.ssl.trustStore} properties, exactly as a user would trust a
 * private CA, never through {@code --insecure}. Immutable once made.
 */
final class Tls {

  private static final String PASSWORD = "bench-only";

  private final Path serverKeys;
  private final Path trustStore;

  private Tls(Path serverKeys, Path trustStore) {
    this.serverKeys = serverKeys;
    this.trustStore = trustStore;
  }

  /** Makes the CA, the server's key and certificate, and the trust store under {@code dir}. */
  static Tls make(Path dir) throws IOException, InterruptedException {
    Files.createDirectories(dir);
    Path ca = dir.resolve("ca.p12");
    Path server = dir.resolve("server.p12");
    Path trust = dir.resolve("trust.p12");
    Path caCert = dir.resolve("ca.pem");
    Path csr = dir.resolve("server.csr");
    Path cert = dir.resolve("server.pem");
    String san = "san=dns:*." + Host.DOMAIN + ",dns:" + Host.DOMAIN;
    keytool(
        ca,
        "-genkeypair",
        "-alias",
        "ca",
        "-keyalg",
        "EC",
        "-groupname",
        "secp256r1",
        "-dname",
        "CN=linkcheck benchmark CA (throw-away)",
        "-ext",
        "bc:c",
        "-validity",
        "2");
    keytool(
        server,
        "-genkeypair",
        "-alias",
        "server",
        "-keyalg",
        "EC",
        "-groupname",
        "secp256r1",
        "-dname",
        "CN=" + Host.DOMAIN,
        "-validity",
        "2");
    keytool(ca, "-exportcert", "-alias", "ca", "-rfc", "-file", caCert.toString());
    keytool(server, "-certreq", "-alias", "server", "-file", csr.toString());
    keytool(
        ca,
        "-gencert",
        "-alias",
        "ca",
        "-infile",
        csr.toString(),
        "-outfile",
        cert.toString(),
        "-rfc",
        "-ext",
        san,
        "-ext",
        "eku=serverAuth",
        "-validity",
        "2");
    // The server's key store needs the CA to accept the signed reply as a chain.
    keytool(server, "-importcert", "-alias", "ca", "-file", caCert.toString(), "-noprompt");
    keytool(server, "-importcert", "-alias", "server", "-file", cert.toString());
    keytool(trust, "-importcert", "-alias", "ca", "-file", caCert.toString(), "-noprompt");
    return new Tls(server, trust);
  }

  /** The JVM options that make a client trust the CA (and nothing else). */
  List<String> clientJvmOptions() {
    return List.of(
        "-Djavax.net.ssl.trustStore=" + trustStore,
        "-Djavax.net.ssl.trustStorePassword=" + PASSWORD,
        "-Djavax.net.ssl.trustStoreType=PKCS12");
  }

  Path serverKeyStore() {
    return serverKeys;
  }

  static String password() {
    return PASSWORD;
  }

  /** A TLS context that presents the server certificate. */
  SSLContext serverContext() {
    try (InputStream in = Files.newInputStream(serverKeys)) {
      KeyStore ks = KeyStore.getInstance("PKCS12");
      ks.load(in, PASSWORD.toCharArray());
      KeyManagerFactory kmf =
          KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
      kmf.init(ks, PASSWORD.toCharArray());
      SSLContext ctx = SSLContext.getInstance("TLSv1.3");
      ctx.init(kmf.getKeyManagers(), null, null);
      return ctx;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("benchmark TLS key store unusable", e);
    }
  }

  private static void keytool(Path store, String... args) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
    cmd.addAll(List.of(args));
    cmd.addAll(
        List.of("-keystore", store.toString(), "-storetype", "PKCS12", "-storepass", PASSWORD));
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    byte[] out = p.getInputStream().readAllBytes();
    if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
      p.destroyForcibly();
      throw new IOException("keytool " + String.join(" ", args) + " failed: " + new String(out));
    }
  }
}
