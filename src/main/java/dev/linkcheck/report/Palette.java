package dev.linkcheck.report;

/**
 * How the text report colours its parts. The command line supplies one built on picocli's ANSI
 * support; {@link #NONE} leaves text alone. Implementations are immutable and thread-safe.
 */
@FunctionalInterface
public interface Palette {

  /** What a piece of text is, not which colour it gets. */
  enum Role {
    /** A failure: broken, timeout, error, an unreadable input. */
    FAILURE,
    /** A link that passed. */
    SUCCESS,
    /** A failure already in the baseline. */
    KNOWN,
    /** A link nobody could see: a bot wall answered. */
    WARNING,
    /** Secondary text: positions, excluded and skipped links. */
    QUIET,
    /** A file name heading its links. */
    HEADING
  }

  /** No colour. */
  Palette NONE = (role, text) -> text;

  /** {@code text} styled for {@code role}. */
  String paint(Role role, String text);
}
