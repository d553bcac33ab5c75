package dev.linkcheck.collect;

/** An input on the command line names nothing that exists: a usage error (exit 2). */
public final class InputNotFoundException extends Exception {

  public InputNotFoundException(String message) {
    super(message);
  }
}
