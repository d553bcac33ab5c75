package dev.linkcheck.check;

import dev.linkcheck.anchors.Anchors;

/**
 * Settings of fragment checks: {@code maxBodyBytes} bounds how much of a remote page is read for
 * its anchors; {@code localAnchors} reads the anchors of local files. Immutable.
 */
public record FragmentOptions(long maxBodyBytes, AnchorReader localAnchors) {

  private static final FragmentOptions DEFAULTS =
      new FragmentOptions(Quantities.bytes(CheckOptions.Defaults.MAX_BODY_BYTES), Anchors::ofFile);

  /**
   * The documented defaults: {@link CheckOptions.Defaults#MAX_BODY_BYTES}, {@link Anchors#ofFile}.
   */
  public static FragmentOptions defaults() {
    return DEFAULTS;
  }

  /** These settings with another bound on remote page reads. */
  public FragmentOptions withMaxBodyBytes(long bytes) {
    return new FragmentOptions(bytes, localAnchors);
  }

  /** These settings with another reader of local files' anchors. */
  public FragmentOptions withLocalAnchors(AnchorReader reader) {
    return new FragmentOptions(maxBodyBytes, reader);
  }
}
