package dev.linkcheck.report;

/** Wraps text in ANSI SGR colour codes when enabled, or leaves it alone. Immutable. */
record Ansi(boolean enabled) {

  String red(String s) {
    return wrap("31", s);
  }

  String green(String s) {
    return wrap("32", s);
  }

  String yellow(String s) {
    return wrap("33", s);
  }

  String dim(String s) {
    return wrap("2", s);
  }

  String bold(String s) {
    return wrap("1", s);
  }

  private String wrap(String code, String s) {
    return enabled ? "\u001b[" + code + "m" + s + "\u001b[0m" : s;
  }
}
