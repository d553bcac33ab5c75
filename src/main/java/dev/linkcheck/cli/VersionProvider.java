package dev.linkcheck.cli;

import dev.linkcheck.model.Version;
import picocli.CommandLine.IVersionProvider;

/** {@code --version}: the version Maven wrote at build time ({@link Version}). Thread-safe. */
final class VersionProvider implements IVersionProvider {

  static final String VERSION = Version.VERSION;

  @Override
  public String[] getVersion() {
    return new String[] {"linkcheck " + VERSION};
  }
}
