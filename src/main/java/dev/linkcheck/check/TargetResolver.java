package dev.linkcheck.check;

import dev.linkcheck.model.Document;
import dev.linkcheck.model.Link;
import dev.linkcheck.model.Target;

/** Turns a written link into the target to check. Stateless and thread-safe. */
public final class TargetResolver {

  private final ResolveOptions options;

  public TargetResolver(ResolveOptions options) {
    this.options = options;
  }

  /** Resolves {@code link}, written in {@code document}, to a target; never throws. */
  public Target resolve(Document document, Link link) {
    throw new UnsupportedOperationException("TODO " + options);
  }
}
