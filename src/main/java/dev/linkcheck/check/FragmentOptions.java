package dev.linkcheck.check;

import dev.linkcheck.anchors.Anchors;

/**
 * Settings of fragment checks: {@code maxBodyBytes} bounds how much of a remote page is read for
 * its anchors; {@code localAnchors} reads the anchors of local files. Immutable.
 */
public record FragmentOptions(long maxBodyBytes, AnchorReader localAnchors) {

  /** The documented default of {@code --max-body-bytes}: 10 MiB. */
  public static final long DEFAULT_MAX_BODY_BYTES = 10L * 1024 * 1024;

  /** The documented defaults: local files' anchors read by {@link Anchors#ofFile}. */
  public static FragmentOptions defaults() {
    return new FragmentOptions(DEFAULT_MAX_BODY_BYTES, Anchors::ofFile);
  }

  /** The defaults with another bound on remote page reads. */
  public static FragmentOptions withMaxBodyBytes(long maxBodyBytes) {
    return new FragmentOptions(maxBodyBytes, Anchors::ofFile);
  }
}
