package dev.linkcheck.report;

/**
 * Plain ANSI SGR colours, for callers that have no palette of their own (the command line uses
 * picocli's). Immutable.
 */
record Ansi() implements Palette {

  @Override
  public String paint(Role role, String text) {
    String code =
        switch (role) {
          case FAILURE -> "31";
          case SUCCESS -> "32";
          case KNOWN, WARNING -> "33";
          case QUIET -> "2";
          case HEADING -> "1";
        };
    return "\u001b[" + code + "m" + text + "\u001b[0m";
  }
}
