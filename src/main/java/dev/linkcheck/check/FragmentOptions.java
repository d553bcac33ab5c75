package dev.linkcheck.check;

import java.util.Optional;

/**
 * Settings of fragment checks: {@code maxBodyBytes} bounds how much of a remote page is read for
 * its anchors; {@code localAnchors} reads the anchors of local files. Immutable.
 */
public record FragmentOptions(long maxBodyBytes, AnchorReader localAnchors) {

  /** The documented default of {@code --max-body-bytes}: 10 MiB. */
  public static final long DEFAULT_MAX_BODY_BYTES = 10L * 1024 * 1024;

  /** Defaults with no way to read local files: their fragments are skipped. */
  public static FragmentOptions defaults() {
    return new FragmentOptions(DEFAULT_MAX_BODY_BYTES, (file, type) -> Optional.empty());
  }
}
