package dev.linkcheck.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** The version Maven wrote into {@code version.properties} at build time. Thread-safe. */
final class VersionProvider implements IVersionProvider {

  static final String VERSION = load();

  private static String load() {
    try (InputStream in =
        VersionProvider.class.getResourceAsStream("/dev/linkcheck/version.properties")) {
      Properties p = new Properties();
      if (in != null) {
        p.load(in);
      }
      return p.getProperty("version", "dev");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public String[] getVersion() {
    return new String[] {"linkcheck " + VERSION};
  }
}
