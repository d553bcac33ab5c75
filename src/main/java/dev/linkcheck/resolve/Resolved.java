package dev.linkcheck.resolve;

import dev.linkcheck.model.Target;

/**
 * A written link resolved: the page to check and the {@code #fragment} to look for in it, as
 * written without {@code #}; {@code fragment} is null when there is none or it is not checked.
 * Immutable.
 */
public record Resolved(Target target, String fragment) {}
